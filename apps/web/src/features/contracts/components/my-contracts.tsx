import { Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { DISPLAY_TIME_ZONE, dayjs, formatDate } from '@/lib/dates';
import { formatBudget } from '@/lib/money';
import { useMyContracts } from '../api/contracts';
import { useContractsT } from '../use-contracts-t';
import type { ContractStatus, ContractSummary } from '../types';
import { ContractStatusTag } from './status-tags';
import '../contracts.css';

/** When the running contract's next milestone (or 限期整改 deadline) is due; past due in Beijing time reads as overdue. */
function NextMilestone({ date }: { date: string | null }) {
  const { t } = useContractsT();
  if (!date) return <Typography.Text type="secondary">—</Typography.Text>;
  const overdue = date < dayjs().tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');
  return (
    <Space size={4}>
      <span>{date}</span>
      {overdue && <Tag color="error">{t('list.overdue')}</Tag>}
    </Space>
  );
}

/** 我的合同: every contract the caller takes part in, as officer, PI, lead or demanding organisation. */
export function MyContracts() {
  const { t, language } = useContractsT();
  const query = useMyContracts();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ContractStatus | undefined>();
  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const statuses = useMemo(() => [...new Set(items.map((item) => item.status))], [items]);
  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return items.filter(
      (item) => (!status || item.status === status) && (!needle || [item.challengeTitle, item.challengeCode, item.leadOrgName, item.piName, item.demanderOrgName ?? ''].some((field) => field.toLowerCase().includes(needle))),
    );
  }, [items, status, text]);
  if (query.isPending) return <PageLoading rows={8} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) return <PageEmpty description={t('list.empty')} />;
  return (
    <Card>
      <Space wrap className="contracts-filters">
        <Input.Search allowClear placeholder={t('list.searchPlaceholder')} aria-label={t('list.searchPlaceholder')} value={text} onChange={(event) => setText(event.target.value)} className="contracts-search" />
        <Select<ContractStatus>
          allowClear
          placeholder={t('list.statusFilter')}
          aria-label={t('list.statusFilter')}
          value={status}
          onChange={setStatus}
          className="contracts-status-filter"
          options={statuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
      </Space>
      <Table<ContractSummary>
        rowKey="id"
        dataSource={shown}
        scroll={{ x: 1200 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('list.total', { total }) }}
        columns={[
          {
            key: 'challenge',
            title: t('list.colChallenge'),
            width: 240,
            fixed: 'left',
            render: (_, contract) => <Link to={`/contracts/${contract.id}`}>{contract.challengeTitle}</Link>,
          },
          {
            key: 'code',
            title: t('list.colCode'),
            width: 160,
            render: (_, contract) => (
              <Typography.Text type="secondary" className="contract-code">
                {contract.challengeCode}
              </Typography.Text>
            ),
          },
          { key: 'lead', title: t('list.colLead'), dataIndex: 'leadOrgName', width: 200 },
          { key: 'pi', title: t('list.colPi'), dataIndex: 'piName', width: 110 },
          { key: 'status', title: t('list.colStatus'), width: 120, render: (_, contract) => <ContractStatusTag status={contract.status} /> },
          { key: 'value', title: t('list.colValue'), align: 'right', width: 120, render: (_, contract) => formatBudget(contract.contractValueFen, language) },
          {
            key: 'signed',
            title: t('list.colSigned'),
            width: 120,
            render: (_, contract) => (contract.signedAt ? formatDate(contract.signedAt) : <Typography.Text type="secondary">{t('list.notSigned')}</Typography.Text>),
          },
          { key: 'next', title: t('list.colNextMilestone'), width: 130, render: (_, contract) => <NextMilestone date={contract.nextMilestoneDueDate} /> },
          { key: 'actions', title: t('list.colActions'), width: 80, fixed: 'right', render: (_, contract) => <Link to={`/contracts/${contract.id}`}>{t('list.open')}</Link> },
        ]}
      />
    </Card>
  );
}
