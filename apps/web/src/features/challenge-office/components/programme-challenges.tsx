import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { formatBudget } from '@/lib/money';
import { useProgrammeChallenges } from '../api/challenges';
import { useProgramme } from '../api/programme';
import { CHALLENGE_STATUSES, type ChallengeListItem, type ChallengeStatus } from '../types';
import '../challenge-office.css';
import { useChallengeOfficeT } from '../use-challenge-office-t';
import { ChallengeStatusTag } from '@/components/challenge-status-tag';
import { OfficeBreadcrumb } from './office-breadcrumb';

/** Statuses grouped the way an officer works through them. */
const STAGES: Record<'all' | 'preparing' | 'open' | 'reviewing' | 'finished', readonly ChallengeStatus[] | null> = {
  all: null,
  preparing: ['drafting', 'internal_review', 'approved'],
  open: ['published'],
  reviewing: ['closed', 'under_review'],
  finished: ['awarded', 'no_award', 'cancelled'],
};
type Stage = keyof typeof STAGES;

/** Every challenge of a programme, in every status, for its officers; a new one is drafted when the programme offers it. */
export function ProgrammeChallenges({ programmeId }: { programmeId: string }) {
  const { t, language } = useChallengeOfficeT();
  const { t: g } = useTranslation();
  const navigate = useNavigate();
  const programme = useProgramme(programmeId);
  const challenges = useProgrammeChallenges(programmeId);
  const [stage, setStage] = useState<Stage>('all');
  if (programme.isPending) return <PageLoading />;
  if (programme.isError) return <PageError error={programme.error} onRetry={() => void programme.refetch()} />;
  const p = programme.data;
  const canCreate = p.actions.includes('create_challenge');
  const createButton = canCreate && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(`/office/programmes/${p.id}/challenges/new`)}>
      {t('list.create')}
    </Button>
  );
  const items = challenges.data?.items ?? [];
  const inStage = (key: Stage) => items.filter((item) => STAGES[key]?.includes(item.status) ?? true);
  const shown = inStage(stage);

  return (
    <Space orientation="vertical" size={16} className="co-full">
      <div>
        <OfficeBreadcrumb programme={{ id: p.id, name: p.name }} trail={[]} />
        <div className="co-heading">
          <div className="co-heading-text">
            <Typography.Title level={2} className="co-title">
              {t('list.title')}
            </Typography.Title>
            <Typography.Text type="secondary">
              {p.name} · {p.tenantName}
            </Typography.Text>
          </div>
          {createButton}
        </div>
      </div>
      <Card>
        {challenges.isPending ? (
          <PageLoading />
        ) : challenges.isError ? (
          <PageError error={challenges.error} onRetry={() => void challenges.refetch()} />
        ) : !items.length ? (
          <PageEmpty description={canCreate ? t('list.emptyCanCreate') : t('list.empty')} action={createButton} />
        ) : (
          <Space orientation="vertical" size={12} className="co-full">
            <Segmented<Stage> value={stage} onChange={setStage} options={(Object.keys(STAGES) as Stage[]).map((key) => ({ value: key, label: `${t(`list.stages.${key}`)} ${inStage(key).length}` }))} />
            <Table<ChallengeListItem>
              rowKey="id"
              size="middle"
              dataSource={shown}
              scroll={{ x: 960 }}
              pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              locale={{ emptyText: t('list.emptyStage') }}
              columns={[
                { key: 'code', title: t('list.code'), dataIndex: 'code', width: 170, render: (code: string, row) => (row.versionNo > 1 ? `${code} · ${t('detail.versionNo', { version: row.versionNo })}` : code) },
                { key: 'title', title: t('fields.title'), render: (_, row) => <Link to={`/office/challenges/${row.id}`}>{row.title}</Link> },
                { key: 'field', title: t('fields.field'), dataIndex: 'field', width: 120 },
                { key: 'mode', title: t('fields.allocationMode'), width: 100, render: (_, row) => g(`allocationMode.${row.allocationMode}`) },
                { key: 'budget', title: t('fields.budget'), width: 110, align: 'right', render: (_, row) => formatBudget(row.budgetFen, language) },
                { key: 'deadline', title: t('fields.bidDeadline'), width: 150, render: (_, row) => (row.bidDeadline ? formatDateTime(row.bidDeadline) : '—') },
                {
                  key: 'status',
                  title: t('list.status'),
                  width: 110,
                  filters: CHALLENGE_STATUSES.map((status) => ({ text: g(`challengeStatus.${status}`), value: status })),
                  onFilter: (value, row) => row.status === value,
                  render: (_, row) => <ChallengeStatusTag status={row.status} />,
                },
                { key: 'bids', title: t('list.bids'), width: 90, render: (_, row) => (row.publishedAt ? <Link to={`/office/challenges/${row.id}/bids`}>{t('list.viewBids')}</Link> : '—') },
              ]}
            />
          </Space>
        )}
      </Card>
    </Space>
  );
}
