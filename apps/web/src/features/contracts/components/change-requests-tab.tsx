import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Descriptions, Space, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { PageEmpty } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { useDecideChangeRequest } from '../api/contracts';
import { useContractsT } from '../use-contracts-t';
import type { ApprovalDecision, ChangeRequest, ContractView } from '../types';
import { ChangeRequestForm } from './change-request-form';
import { useCommandFeedback } from './command-feedback';
import { DecisionModal } from './decision-modal';
import { ChangeRequestStatusTag } from './status-tags';
import { SupervisionTimeline } from './timelines';
import zhCN from '../i18n/zh-CN.json';

const DETAIL_KEYS = Object.keys(zhCN.changes.detailKey) as (keyof typeof zhCN.changes.detailKey)[];

/** What the applicant wrote in `details`: text as it is, indicator lists as a count; ids are named by the summary. */
function Details({ request }: { request: ChangeRequest }) {
  const { t } = useContractsT();
  const items = Object.entries(request.details).flatMap(([key, value]): { key: string; label: string; children: ReactNode }[] => {
    const known = DETAIL_KEYS.find((candidate) => candidate === key);
    if (Array.isArray(value)) return [{ key, label: known ? t(`changes.detailKey.${known}`) : key, children: t('changes.indicatorCount', { count: value.length }) }];
    if (typeof value !== 'string' || !value.trim() || key.endsWith('Id')) return [];
    return [{ key, label: known ? t(`changes.detailKey.${known}`) : key, children: <span className="contract-prose">{value}</span> }];
  });
  return items.length ? <Descriptions size="small" column={1} items={items} /> : null;
}

/** 变更: change requests with their status; the PI files them, the officer approves or rejects those awaiting approval. */
export function ChangeRequestsTab({ contract }: { contract: ContractView }) {
  const { t } = useContractsT();
  const [filing, setFiling] = useState(false);
  const [deciding, setDeciding] = useState<{ request: ChangeRequest; decision: ApprovalDecision } | null>(null);
  const decide = useDecideChangeRequest();
  const feedback = useCommandFeedback();
  const canFile = contract.actions.includes('file_change_request');
  return (
    <div>
      <div className="contract-tab-toolbar">
        <Alert type="info" showIcon title={t('changes.autonomy')} />
        {canFile && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            {t('changes.file')}
          </Button>
        )}
      </div>
      {contract.changeRequests.length === 0 && <PageEmpty description={t('changes.empty')} />}
      {contract.changeRequests.map((request) => (
        <Card
          key={request.id}
          size="small"
          className="contract-item"
          title={
            <span className="contract-item-title">
              <Typography.Text strong>{t(`changeKind.${request.kind}`)}</Typography.Text>
              <ChangeRequestStatusTag status={request.status} />
              {request.needsApproval && <Tag color="orange">{t('changes.needsApproval')}</Tag>}
            </span>
          }
          extra={
            <Space>
              {(['approve', 'reject'] as const)
                .filter((decision) => request.actions.includes(decision))
                .map((decision) => (
                  <Button key={decision} size="small" type={decision === 'approve' ? 'primary' : 'default'} danger={decision === 'reject'} onClick={() => setDeciding({ request, decision })}>
                    {t(`changes.${decision}`)}
                  </Button>
                ))}
            </Space>
          }
        >
          <Typography.Paragraph strong>{request.summary}</Typography.Paragraph>
          <Details request={request} />
          <Typography.Text type="secondary">
            {t('changes.filedAt', { time: formatDateTime(request.filedAt) })}
            {request.decidedAt ? ` · ${t('changes.decidedAt', { time: formatDateTime(request.decidedAt) })}` : ''}
          </Typography.Text>
          {request.decisionNote && <Typography.Paragraph className="contract-body">{t('changes.decisionNote', { note: request.decisionNote })}</Typography.Paragraph>}
          <Collapse ghost size="small" items={[{ key: 'history', label: t('milestones.history'), children: <SupervisionTimeline aggregate="change_request" entries={request.timeline} /> }]} />
        </Card>
      ))}
      {filing && <ChangeRequestForm contract={contract} onClose={() => setFiling(false)} />}
      {deciding && (
        <DecisionModal
          title={t('changes.decideTitle', { summary: deciding.request.summary })}
          okLabel={t(`changes.${deciding.decision}`)}
          decision={deciding.decision}
          warning={deciding.decision === 'approve' ? t('changes.approveWarning') : undefined}
          pending={decide.isPending}
          onClose={() => setDeciding(null)}
          onDecide={(note, onFieldErrors) =>
            decide.mutate(
              { request: deciding.request, decision: deciding.decision, note },
              {
                onSuccess: () => {
                  feedback.success(t('changes.decideDone'));
                  setDeciding(null);
                },
                onError: (error) => feedback.failure(t(`changes.${deciding.decision}`), error, onFieldErrors),
              },
            )
          }
        />
      )}
    </div>
  );
}

