import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { PageError } from '@/components/page-state';
import { useExperts } from '../api/pool';
import { EXPERT_ROLES, EXPERT_STATUSES, EXPERT_TIERS, type Expert, type ExpertFilter } from '../types';
import { useExpertsT } from '../use-experts-t';
import { REGION } from './expert-form-items';
import { ExpertStatusTag, FieldCodeSelect, FieldTags } from './parts';

/** The columns both tables share; `actions` renders what the caller may do with each row. */
function useExpertColumns(actions: (expert: Expert) => ReactNode): ColumnsType<Expert> {
  const { t } = useExpertsT();
  return [
    {
      key: 'name',
      title: t('columns.name'),
      render: (_, expert) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{expert.displayName}</Typography.Text>
          {expert.professionalTitle && <Typography.Text type="secondary">{expert.professionalTitle}</Typography.Text>}
        </Space>
      ),
    },
    { key: 'role', title: t('columns.role'), render: (_, expert) => t(`roles.${expert.panelRole}`) },
    { key: 'tier', title: t('columns.tier'), render: (_, expert) => <Tag color={expert.tier === 'major' ? 'purple' : 'blue'}>{t(`tiers.${expert.tier}`)}</Tag> },
    { key: 'fields', title: t('columns.fields'), render: (_, expert) => <FieldTags codes={expert.fieldCodes} /> },
    { key: 'organisation', title: t('columns.organisation'), dataIndex: 'organisationName' },
    { key: 'region', title: t('columns.region'), dataIndex: 'regionCode' },
    { key: 'load', title: t('columns.load'), render: (_, expert) => <Typography.Text type={expert.currentLoad >= expert.loadCap ? 'danger' : undefined}>{`${expert.currentLoad} / ${expert.loadCap}`}</Typography.Text> },
    { key: 'rating', title: t('columns.rating'), dataIndex: 'rating' },
    { key: 'status', title: t('columns.status'), render: (_, expert) => <ExpertStatusTag status={expert.status} /> },
    { key: 'actions', title: t('columns.actions'), render: (_, expert) => actions(expert) },
  ];
}

/** 专家列表: filters (kept while paging), the page of experts, and a click opens the expert. */
export function ExpertTable({ onOpen, rowActions }: { onOpen: (expert: Expert) => void; rowActions: (expert: Expert) => ReactNode }) {
  const { t } = useExpertsT();
  const [filter, setFilter] = useState<ExpertFilter>({ page: 1, pageSize: 20 });
  const [region, setRegion] = useState('');
  const experts = useExperts(filter);
  const set = (patch: Partial<ExpertFilter>) => setFilter((current) => ({ ...current, ...patch, page: 1 }));
  const columns = useExpertColumns((expert) => (
    <Space wrap>
      <Button size="small" onClick={() => onOpen(expert)}>
        {expert.actions.includes('edit') ? t('actions.edit') : t('actions.view')}
      </Button>
      {rowActions(expert)}
    </Space>
  ));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <Input.Search allowClear placeholder={t('filters.q')} aria-label={t('filters.q')} style={{ width: 280 }} onSearch={(q) => set({ q: q.trim() || undefined })} />
          <Select allowClear placeholder={t('filters.panelRole')} aria-label={t('filters.panelRole')} style={{ width: 130 }} options={EXPERT_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} onChange={(panelRole) => set({ panelRole })} />
          <Select allowClear placeholder={t('filters.tier')} aria-label={t('filters.tier')} style={{ width: 140 }} options={EXPERT_TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))} onChange={(tier) => set({ tier })} />
          <Select allowClear placeholder={t('filters.status')} aria-label={t('filters.status')} style={{ width: 120 }} options={EXPERT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))} onChange={(status) => set({ status })} />
          <FieldCodeSelect mode="single" placeholder={t('filters.field')} onChange={((fieldCode: string | undefined) => set({ fieldCode })) as never} />
          <Input
            allowClear
            placeholder={t('filters.region')}
            aria-label={t('filters.region')}
            maxLength={6}
            style={{ width: 130 }}
            status={region && !REGION.test(region) ? 'error' : undefined}
            value={region}
            onChange={(event) => {
              const value = event.target.value.trim();
              setRegion(value);
              if (!value || REGION.test(value)) set({ regionCode: value || undefined });
            }}
          />
        </Space>
      </Card>
      {experts.isError ? (
        <PageError error={experts.error} onRetry={() => void experts.refetch()} />
      ) : (
        <Table<Expert>
          rowKey="userId"
          size="middle"
          loading={experts.isFetching}
          columns={columns}
          dataSource={experts.data?.items ?? []}
          locale={{ emptyText: t('pool.empty') }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: experts.data?.total ?? 0,
            showTotal: (count) => t('pool.total', { count }),
            onChange: (page, pageSize) => setFilter((current) => ({ ...current, page, pageSize })),
          }}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Space>
  );
}
