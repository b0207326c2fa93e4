import { Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PageError } from '@/components/page-state';
import { useExperts } from '../api/pool';
import type { Expert } from '../types';
import { useExpertsT } from '../use-experts-t';
import { FieldTags } from './parts';

/** 待审核申请: self-registrations waiting for the office, with what the applicant said; the caller decides. */
export function PendingApplications({ onApprove, onReject, onOpen, busy }: { onApprove: (expert: Expert) => void; onReject: (expert: Expert) => void; onOpen: (expert: Expert) => void; busy: boolean }) {
  const { t } = useExpertsT();
  const pending = useExperts({ status: 'pending', page: 1, pageSize: 100 });
  const columns: ColumnsType<Expert> = [
    { key: 'name', title: t('columns.name'), render: (_, expert) => <Typography.Link onClick={() => onOpen(expert)}>{expert.displayName}</Typography.Link> },
    { key: 'role', title: t('columns.role'), render: (_, expert) => t(`roles.${expert.panelRole}`) },
    { key: 'fields', title: t('columns.fields'), render: (_, expert) => <FieldTags codes={expert.fieldCodes} /> },
    { key: 'expertise', title: t('columns.expertise'), dataIndex: 'expertise' },
    { key: 'organisation', title: t('columns.organisation'), dataIndex: 'organisationName' },
    { key: 'note', title: t('columns.note'), dataIndex: 'applicationNote' },
    {
      key: 'actions',
      title: t('columns.actions'),
      render: (_, expert) => (
        <Space>
          {expert.actions.includes('approve') && (
            <Button type="primary" size="small" loading={busy} onClick={() => onApprove(expert)}>
              {t('actions.approve')}
            </Button>
          )}
          {expert.actions.includes('reject') && (
            <Button danger size="small" onClick={() => onReject(expert)}>
              {t('actions.reject')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  if (pending.isError) return <PageError error={pending.error} onRetry={() => void pending.refetch()} />;
  return <Table<Expert> rowKey="userId" loading={pending.isFetching} columns={columns} dataSource={pending.data?.items ?? []} locale={{ emptyText: t('pool.pendingEmpty') }} pagination={false} scroll={{ x: 'max-content' }} />;
}
