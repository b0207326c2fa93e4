import { Card, Col, Row, Segmented, Select, Space, Statistic, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { useMe } from '@/hooks/use-me';
import { formatYuan } from '@/lib/money';
import { useDashboard, useProgrammes } from '../api/programmes';
import { OFFICER_ROLES, type Dashboard } from '../types';
import { useOfficeT } from '../use-office-t';
import { useStatusLabel, type StatusKind } from './status-tag';

const StatusChart = lazy(() => import('./status-chart'));

type Stage = 'needs' | 'challenges' | 'bids' | 'contracts';
const STAGE_KIND: Record<Stage, StatusKind> = { needs: 'need', challenges: 'challenge', bids: 'bid', contracts: 'contract' };
const sum = (record: Record<string, number>, keys?: string[]) => Object.entries(record).reduce((total, [key, value]) => total + (!keys || keys.includes(key) ? value : 0), 0);

/** 工作台: the officer picks one of the tenant's programmes and sees its stages and money, as the server counts them. */
export function OfficeDashboard() {
  const { t } = useOfficeT();
  const me = useMe();
  const tenantId = me.data?.grants.find((grant) => (OFFICER_ROLES as readonly string[]).includes(grant.role))?.tenantId;
  const programmes = useProgrammes(tenantId, 1, Boolean(tenantId));
  const [chosen, setChosen] = useState<string>();
  const programmeId = chosen ?? programmes.data?.items[0]?.id;
  const dashboard = useDashboard(programmeId);

  if (me.isPending || (tenantId && programmes.isPending)) return <PageLoading />;
  if (me.isError) return <PageError error={me.error} onRetry={() => void me.refetch()} />;
  if (!tenantId) return <PageEmpty description={t('dashboard.notOfficer')} action={<Link to="/sign-in">{t('dashboard.signIn')}</Link>} />;
  if (programmes.isError) return <PageError error={programmes.error} onRetry={() => void programmes.refetch()} />;
  const items = programmes.data?.items ?? [];
  if (!items.length) return <PageEmpty description={t('dashboard.noProgrammes')} />;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('dashboard.programme')}</Typography.Text>
        <Select
          style={{ minWidth: 360 }}
          value={programmeId}
          onChange={setChosen}
          aria-label={t('dashboard.programme')}
          options={items.map((programme) => ({ value: programme.id, label: `${programme.name}（${programme.code}）` }))}
        />
        {programmeId && <Link to={`/office/programmes/${programmeId}`}>{t('dashboard.openProgramme')}</Link>}
        {programmeId && <Link to={`/office/programmes/${programmeId}/needs`}>{t('dashboard.openNeeds')}</Link>}
      </Space>
      {dashboard.isPending ? <PageLoading /> : dashboard.isError ? <PageError error={dashboard.error} onRetry={() => void dashboard.refetch()} /> : <DashboardFigures dashboard={dashboard.data} />}
    </Space>
  );
}

function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useOfficeT();
  const statusLabel = useStatusLabel();
  const [stage, setStage] = useState<Stage>('needs');
  const { counts, money } = dashboard;
  const chart = useMemo(() => {
    const record = counts[stage] as Record<string, number>;
    return { labels: Object.keys(record).map((status) => statusLabel(STAGE_KIND[stage], status)), values: Object.values(record) };
  }, [counts, stage, statusLabel]);
  const cards = [
    { key: 'needs', title: t('dashboard.cards.needsPooled'), value: counts.needs.pooled, suffix: t('dashboard.ofTotal', { total: sum(counts.needs) }) },
    { key: 'challenges', title: t('dashboard.cards.challengesPublic'), value: sum(counts.challenges, ['published', 'closed', 'under_review', 'awarded', 'no_award']), suffix: t('dashboard.ofTotal', { total: sum(counts.challenges) }) },
    { key: 'bids', title: t('dashboard.cards.bidsSubmitted'), value: sum(counts.bids) - counts.bids.draft, suffix: t('dashboard.ofTotal', { total: sum(counts.bids) }) },
    { key: 'contracts', title: t('dashboard.cards.contractsActive'), value: counts.contracts.active + counts.contracts.under_acceptance, suffix: t('dashboard.ofTotal', { total: sum(counts.contracts) }) },
  ];
  const moneyCards = [
    { key: 'budget', title: t('dashboard.money.budgetPublished'), fen: money.budgetPublishedFen },
    { key: 'contracts', title: t('dashboard.money.contractValue'), fen: money.contractValueFen },
    { key: 'tranches', title: t('dashboard.money.tranchesPaid'), fen: money.tranchesFen.paid },
    { key: 'payouts', title: t('dashboard.money.payoutsPaid'), fen: money.payoutsFen.paid, extra: t('dashboard.money.payoutsPending', { amount: formatYuan(money.payoutsFen.computed + money.payoutsFen.approved) }) },
  ];
  // The stage names double as the chart's title; the status labels come from the same table as the tags.
  const stageLabel = (key: Stage) => t(`dashboard.stages.${key}`);
  return (
    <>
      <Row gutter={[16, 16]}>
        {cards.map((card) => (
          <Col key={card.key} xs={24} sm={12} lg={6}>
            <Card style={{ height: '100%' }}>
              <Statistic title={card.title} value={card.value} suffix={<Typography.Text type="secondary">{card.suffix}</Typography.Text>} />
            </Card>
          </Col>
        ))}
        {moneyCards.map((card) => (
          <Col key={card.key} xs={24} sm={12} lg={6}>
            <Card style={{ height: '100%' }}>
              <Statistic title={card.title} value={formatYuan(card.fen)} />
              {card.extra && <Typography.Text type="secondary">{card.extra}</Typography.Text>}
            </Card>
          </Col>
        ))}
      </Row>
      <Card
        title={t('dashboard.chartTitle', { stage: stageLabel(stage) })}
        extra={<Segmented<Stage> value={stage} onChange={setStage} options={(['needs', 'challenges', 'bids', 'contracts'] as const).map((key) => ({ value: key, label: stageLabel(key) }))} />}
      >
        <Suspense fallback={<PageLoading rows={4} />}>
          <StatusChart labels={chart.labels} values={chart.values} title={stageLabel(stage)} />
        </Suspense>
      </Card>
    </>
  );
}
