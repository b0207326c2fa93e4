import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatBasisPoints, formatBudget, formatYuan } from '@/lib/money';
import { useContractsT } from '../use-contracts-t';
import type { ContractView, Milestone, Tranche } from '../types';
import { TermsForm } from './terms-form';

const Tags = ({ items, none }: { items: readonly string[]; none: string }) =>
  items.length ? (
    <Space size={[4, 4]} wrap>
      {items.map((item) => (
        <Tag key={item}>{item}</Tag>
      ))}
    </Space>
  ) : (
    <Typography.Text type="secondary">{none}</Typography.Text>
  );

/** 合同条款: what was agreed; during negotiation the officer (when the server offers edit_terms) edits it here. */
export function TermsTab({ contract }: { contract: ContractView }) {
  const { t, language } = useContractsT();
  const [editing, setEditing] = useState(false);
  const canEdit = contract.actions.includes('edit_terms');
  if (editing && canEdit) return <TermsForm contract={contract} onDone={() => setEditing(false)} />;
  const triggerText = (tranche: Tranche) => (tranche.trigger === 'milestone' && tranche.milestoneSequence !== null ? t('triggerMilestone', { sequence: tranche.milestoneSequence }) : t(`trigger.${tranche.trigger}`));
  return (
    <div>
      {canEdit && (
        <div className="contract-tab-toolbar">
          {contract.tranches.length === 0 ? <Alert type="warning" showIcon title={t('terms.notSet')} /> : <span />}
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('terms.edit')}
          </Button>
        </div>
      )}
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'value', label: t('header.contractValue'), children: `${formatBudget(contract.contractValueFen, language)}（${formatYuan(contract.contractValueFen)}）` },
          { key: 'rd', label: t('header.rdInput'), children: `${formatBudget(contract.rdInputFen, language)}（${formatYuan(contract.rdInputFen)}）` },
          { key: 'ip', label: t('terms.ipTerms'), children: contract.ipTerms ? <span className="contract-prose">{contract.ipTerms}</span> : <Typography.Text type="secondary">{t('terms.noDeliverables')}</Typography.Text> },
          { key: 'deliverables', label: t('terms.deliverables'), children: <Tags items={contract.deliverables} none={t('terms.noDeliverables')} /> },
        ]}
      />
      <Typography.Title level={5} className="contract-section-title">
        {t('terms.milestones')}
      </Typography.Title>
      <Table<Milestone>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={contract.milestones}
        locale={{ emptyText: t('terms.noMilestones') }}
        columns={[
          { key: 'n', title: '#', width: 48, render: (_, milestone) => milestone.sequence },
          { key: 'title', title: t('terms.milestoneTitle'), dataIndex: 'title' },
          { key: 'due', title: t('terms.dueDate'), dataIndex: 'dueDate', width: 120 },
          { key: 'deliverables', title: t('terms.milestoneDeliverables'), render: (_, milestone) => <Tags items={milestone.deliverables} none="—" /> },
        ]}
      />
      <Typography.Title level={5} className="contract-section-title">
        {t('terms.tranches')}
      </Typography.Title>
      <Table<Tranche>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={contract.tranches}
        locale={{ emptyText: t('tranches.empty') }}
        columns={[
          { key: 'n', title: '#', width: 48, render: (_, tranche) => tranche.sequence },
          { key: 'share', title: t('tranches.colShare'), width: 90, align: 'right', render: (_, tranche) => formatBasisPoints(tranche.shareBp) },
          { key: 'amount', title: t('terms.amount'), width: 140, align: 'right', render: (_, tranche) => formatYuan(tranche.amountFen) },
          { key: 'trigger', title: t('terms.trigger'), render: (_, tranche) => triggerText(tranche) },
        ]}
      />
    </div>
  );
}
