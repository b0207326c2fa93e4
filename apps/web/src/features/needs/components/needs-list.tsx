import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { useMe } from '@/hooks/use-me';
import { formatDateTime } from '@/lib/dates';
import { formatBudget } from '@/lib/money';
import { usePickableProgrammes } from '../api/list-programmes';
import { useProgrammeNeeds } from '../api/list-needs';
import type { Need, Programme } from '../types';
import { useNeedsT } from '../use-needs-t';
import { NeedStatusTag } from './need-status-tag';
import '../needs.css';

function NeedsTable({ programme }: { programme: Programme }) {
  const { t, language } = useNeedsT();
  const needs = useProgrammeNeeds(programme.id);
  if (needs.isPending) return <PageLoading />;
  if (needs.isError) return <PageError error={needs.error} onRetry={() => void needs.refetch()} />;
  if (!needs.data.items.length) return <PageEmpty description={t('empty')} />;
  return (
    <Table<Need>
      rowKey="id"
      dataSource={needs.data.items}
      pagination={needs.data.items.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 800 }}
      columns={[
        {
          title: t('columns.title'),
          dataIndex: 'title',
          render: (title: string, need) => (
            <Space size={4} wrap>
              <Link to={`/demander/needs/${need.id}`}>{title}</Link>
              {need.isBasicResearch && <Tag color="warning">{t('basicResearch')}</Tag>}
            </Space>
          ),
        },
        { title: t('columns.category'), dataIndex: 'category', render: (category: Need['category']) => t(`category.${category}`) },
        { title: t('columns.status'), dataIndex: 'status', render: (status: Need['status']) => <NeedStatusTag status={status} /> },
        { title: t('columns.coFunding'), dataIndex: 'coFundingFen', align: 'right', render: (fen: number) => formatBudget(fen, language) },
        { title: t('columns.submittedAt'), dataIndex: 'submittedAt', render: (at: string | null) => (at ? formatDateTime(at) : '—') },
      ]}
    />
  );
}

/** 我的需求: pick a programme, see this demander's needs in it, start a new one when the server offers `create_need`. */
export function NeedsList() {
  const { t } = useNeedsT();
  const { t: tApp } = useTranslation();
  const [params, setParams] = useSearchParams();
  const programmes = usePickableProgrammes();
  const me = useMe();
  if (programmes.isPending || me.isPending) return <PageLoading />;
  if (programmes.isError) return <PageError error={programmes.error} onRetry={() => void programmes.refetch()} />;
  const items = programmes.data.items;
  if (!items.length) return <PageEmpty description={t('noProgrammes')} />;
  // Without a choice in the URL: a programme collecting needs in the demander's own tenant, else any collecting one.
  const ownTenants = new Set((me.data?.grants ?? []).filter((grant) => grant.role === 'demander').map((grant) => grant.tenantId));
  const collecting = items.filter((programme) => programme.actions.includes('create_need'));
  const chosen =
    items.find((programme) => programme.id === params.get('programme')) ?? collecting.find((programme) => ownTenants.has(programme.tenantId)) ?? collecting[0] ?? items.find((programme) => ownTenants.has(programme.tenantId)) ?? items[0];
  if (!chosen) return null;
  const canCreate = chosen.actions.includes('create_need');
  return (
    <Card
      title={
        <Space wrap>
          <label htmlFor="needs-programme">{t('programme')}</label>
          <Select
            id="needs-programme"
            className="programme-select"
            value={chosen.id}
            placeholder={t('programmePlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(id: string) => setParams({ programme: id })}
            options={items.map((programme) => ({ value: programme.id, label: `${programme.name}（${programme.tenantName}）` }))}
            popupMatchSelectWidth={false}
          />
        </Space>
      }
      extra={
        canCreate ? (
          <Link to={`/demander/programmes/${chosen.id}/needs/new`}>
            <Button type="primary" icon={<PlusOutlined />}>
              {t('create')}
            </Button>
          </Link>
        ) : null
      }
    >
      {!canCreate && <Alert type="info" showIcon className="needs-note" title={t('notCollecting')} />}
      <NeedsTable key={chosen.id} programme={chosen} />
      <Typography.Text type="secondary" className="needs-footnote">
        {chosen.code} · {tApp('challenge.issuer')}：{chosen.tenantName}
      </Typography.Text>
    </Card>
  );
}
