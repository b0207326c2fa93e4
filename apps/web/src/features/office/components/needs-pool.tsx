import { Select, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatDate } from '@/lib/dates';
import { formatBudget } from '@/lib/money';
import { useNeedsPool } from '../api/needs';
import { NEED_STATUSES, type NeedStatus } from '../types';
import { useOfficeT } from '../use-office-t';
import { StatusTag, useStatusLabel } from './status-tag';

/** 需求库: the needs of a programme with a status filter; the server shows officers all of them. */
export function NeedsPool({ programmeId, status, onStatus }: { programmeId: string; status: NeedStatus | undefined; onStatus: (status: NeedStatus | undefined) => void }) {
  const { t, language } = useOfficeT();
  const label = useStatusLabel();
  const needs = useNeedsPool(programmeId, status);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('needs.filter')}</Typography.Text>
        <Select<NeedStatus | ''>
          style={{ width: 200 }}
          aria-label={t('needs.filter')}
          value={status ?? ''}
          onChange={(value) => onStatus(value || undefined)}
          options={[{ value: '', label: t('needs.allStatuses') }, ...NEED_STATUSES.map((value) => ({ value, label: label('need', value) }))]}
        />
      </Space>
      {needs.isPending ? (
        <PageLoading />
      ) : needs.isError ? (
        <PageError error={needs.error} onRetry={() => void needs.refetch()} />
      ) : !needs.data.items.length ? (
        <PageEmpty description={status ? t('needs.emptyFiltered') : t('needs.empty')} />
      ) : (
        <Table
          rowKey="id"
          dataSource={needs.data.items}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          columns={[
            { key: 'title', title: t('needs.title'), render: (_, row) => <Link to={`/office/needs/${row.id}`}>{row.title}</Link> },
            { key: 'demander', title: t('needs.demander'), dataIndex: 'demanderOrgName', width: 220 },
            { key: 'category', title: t('needs.category'), width: 130, render: (_, row) => t(`needs.categories.${row.category}`) },
            { key: 'field', title: t('needs.field'), dataIndex: 'field', width: 120 },
            { key: 'coFunding', title: t('needs.coFunding'), width: 110, render: (_, row) => formatBudget(row.coFundingFen, language) },
            { key: 'submitted', title: t('needs.submittedAt'), width: 120, render: (_, row) => (row.submittedAt ? formatDate(row.submittedAt) : '—') },
            { key: 'status', title: t('needs.status'), width: 100, render: (_, row) => <StatusTag kind="need" status={row.status} /> },
          ]}
        />
      )}
    </Space>
  );
}
