import { Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { useMe } from '@/hooks/use-me';
import { useProgrammes } from '../api/programmes';
import { OFFICER_ROLES } from '../types';
import { useOfficeT } from '../use-office-t';

/** Programmes of the officer's tenant (drafts included: the server shows them to their officers only). */
export function ProgrammeList() {
  const { t } = useOfficeT();
  const me = useMe();
  const tenantId = me.data?.grants.find((grant) => (OFFICER_ROLES as readonly string[]).includes(grant.role))?.tenantId ?? me.data?.tenantId;
  const [page, setPage] = useState(1);
  const programmes = useProgrammes(tenantId, page, Boolean(tenantId));
  if (me.isPending || (tenantId && programmes.isPending)) return <PageLoading />;
  if (me.isError) return <PageError error={me.error} />;
  if (programmes.isError) return <PageError error={programmes.error} onRetry={() => void programmes.refetch()} />;
  const data = programmes.data;
  if (!data?.items.length) return <PageEmpty description={t('programmes.empty')} />;
  return (
    <Table
      rowKey="id"
      dataSource={data.items}
      pagination={{ current: page, pageSize: data.pageSize, total: data.total, onChange: setPage, showSizeChanger: false }}
      columns={[
        { key: 'code', title: t('programmes.code'), dataIndex: 'code', width: 160 },
        { key: 'name', title: t('programmes.name'), render: (_, row) => <Link to={`/office/programmes/${row.id}`}>{row.name}</Link> },
        { key: 'year', title: t('programmes.year'), dataIndex: 'year', width: 80 },
        { key: 'mode', title: t('programmes.mode'), width: 140, render: (_, row) => t(`programmes.modes.${row.mode}`) },
        { key: 'status', title: t('programmes.status'), width: 100, render: (_, row) => t(`programmes.statuses.${row.status}`) },
        {
          key: 'links',
          title: t('programmes.open'),
          width: 200,
          render: (_, row) => (
            <Space>
              <Link to={`/office/programmes/${row.id}`}>{t('programmes.policy')}</Link>
              <Link to={`/office/programmes/${row.id}/needs`}>{t('programmes.needs')}</Link>
            </Space>
          ),
        },
      ]}
      footer={() => <Typography.Text type="secondary">{t('programmes.total', { count: data.total })}</Typography.Text>}
    />
  );
}
