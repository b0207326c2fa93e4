import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { useAssignmentRun, useReplayRun, useRunStep, type RunStep } from '../api/assignment';
import { ROLES, type AssignmentRun, type RunPanel } from '../types';
import { useAssignmentT } from '../use-assignment-t';
import { formatAffinity, StatusTag, useErrorText } from './parts';

const LoadChart = lazy(() => import('./load-chart'));
const STEPS: RunStep[] = ['apply', 'discard'];

/** One challenge's proposed panel and its alternates (候补). */
function PanelCard({ panel }: { panel: RunPanel }) {
  const { t } = useAssignmentT();
  const demand = ROLES.filter((role) => panel.demand[role] > 0)
    .map((role) => `${t(`roles.${role}`)} ${panel.demand[role]}`)
    .join(' · ');
  const expertColumns = [
    { key: 'name', title: t('result.expert'), dataIndex: 'displayName' },
    { key: 'org', title: t('result.organisation'), dataIndex: 'organisationName', render: (name: string) => name || '—' },
    { key: 'role', title: t('result.role'), width: 100, render: (_: unknown, seat: RunPanel['seats'][number]) => t(`roles.${seat.panelRole}`) },
    { key: 'affinity', title: t('result.affinity'), width: 90, align: 'right' as const, render: (_: unknown, seat: RunPanel['seats'][number]) => formatAffinity(seat.affinity) },
  ];
  return (
    <Card size="small" title={`${panel.code} ${panel.title}`} extra={<Typography.Text type="secondary">{t('result.demand', { demand: demand || '—' })}</Typography.Text>}>
      {panel.shortfall > 0 && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('result.panelShortfall', { count: panel.shortfall })} />}
      <Table rowKey="expertUserId" size="small" pagination={false} aria-label={t('result.seatsOf', { title: panel.title })} dataSource={panel.seats} locale={{ emptyText: t('result.noSeats') }} columns={expertColumns} />
      <Typography.Text strong style={{ display: 'block', margin: '12px 0 4px' }}>
        {t('result.alternates')}
      </Typography.Text>
      <Table
        rowKey={(row) => `${row.panelRole}:${row.expertUserId}`}
        size="small"
        pagination={false}
        aria-label={t('result.alternatesOf', { title: panel.title })}
        dataSource={panel.alternates}
        locale={{ emptyText: t('result.noAlternates') }}
        columns={[{ key: 'rank', title: t('result.rank'), width: 70, render: (_, row) => `${t(`roles.${row.panelRole}`)} #${row.rank}` }, ...expertColumns.filter((column) => column.key !== 'role')]}
      />
    </Card>
  );
}

function LoadSection({ run }: { run: AssignmentRun }) {
  const { t } = useAssignmentT();
  const labels = useMemo(() => ({ before: t('result.loadBefore'), proposed: t('result.loadProposed'), cap: t('result.loadCap') }), [t]);
  const series = useMemo(
    () => ({ names: run.loads.map((load) => load.displayName), before: run.loads.map((load) => load.openSeats), proposed: run.loads.map((load) => load.proposed), caps: run.loads.map((load) => load.loadCap) }),
    [run.loads],
  );
  if (!run.loads.length) return null;
  return (
    <Card size="small" title={t('result.loads')}>
      <Suspense fallback={<PageLoading rows={3} />}>
        <LoadChart title={t('result.loads')} labels={labels} {...series} />
      </Suspense>
    </Card>
  );
}

/** A run: its record (mode, seed, digest…), the actions the server offers, the panels, loads and exclusions. */
export function RunResult({ programmeId, runId }: { programmeId: string; runId: string }) {
  const { t } = useAssignmentT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const query = useAssignmentRun(runId);
  const step = useRunStep(programmeId);
  const replay = useReplayRun();
  if (query.isPending) return <PageLoading rows={6} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const run = query.data;
  const fail = (error: unknown) => void message.error(`${t('common.actionFailed')}：${errorText(error)}`);
  const replayed = replay.data && replay.variables === run.id ? replay.data : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <span>{t('result.title')}</span>
            <StatusTag status={run.status} />
            <Tag>{t(`modes.${run.mode}`)}</Tag>
          </Space>
        }
        extra={
          <Space>
            {STEPS.filter((name) => run.actions.includes(name)).map((name) => (
              <Popconfirm
                key={name}
                title={t(`result.${name}Confirm`)}
                okText={g('common.confirm')}
                cancelText={g('common.cancel')}
                onConfirm={() => step.mutate({ run, step: name }, { onSuccess: () => void message.success(t(`result.${name}Done`)), onError: fail })}
              >
                <Button type={name === 'apply' ? 'primary' : 'default'} danger={name === 'discard'} loading={step.isPending && step.variables.step === name}>
                  {t(`result.${name}`)}
                </Button>
              </Popconfirm>
            ))}
            {run.actions.includes('replay') && (
              <Button loading={replay.isPending} onClick={() => replay.mutate(run.id, { onError: fail })}>
                {t('result.replay')}
              </Button>
            )}
          </Space>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {replayed &&
            (replayed.identical ? (
              <Alert type="success" showIcon title={t('result.replayIdentical')} description={t('result.replayDigest', { digest: replayed.digest })} />
            ) : (
              <Alert type="error" showIcon title={t('result.replayDiffers')} description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{replayed.differences.map((line) => <li key={line}>{line}</li>)}</ul>} />
            ))}
          {run.shortfall > 0 && <Alert type="warning" showIcon title={t('result.shortfall', { count: run.shortfall })} />}
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Statistic title={t('result.objective')} value={run.objective} precision={3} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('result.seats')} value={run.panels.reduce((sum, panel) => sum + panel.seats.length, 0)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('result.experts')} value={run.expertCount} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('result.candidatePairs')} value={run.candidatePairs} />
            </Col>
          </Row>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t('result.seed')}>{run.seed ?? t('result.noSeed')}</Descriptions.Item>
            <Descriptions.Item label={t('result.algorithm')}>{`${run.algorithmVersion} · ${t('result.solveMs', { ms: run.solveMs.toFixed(1) })}`}</Descriptions.Item>
            <Descriptions.Item label={t('result.digest')} span={{ xs: 1, md: 2 }}>
              <Typography.Text code copyable>
                {run.inputDigest}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('result.window')}>{`${run.reviewWindow.from} ~ ${run.reviewWindow.to}`}</Descriptions.Item>
            <Descriptions.Item label={t('result.createdBy')}>{`${run.createdByName} · ${formatDateTime(run.createdAt)}`}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Text strong>{t('result.exclusions')}</Typography.Text>
            <Space size={[8, 8]} wrap style={{ display: 'flex', marginTop: 4 }} aria-label={t('result.exclusions')}>
              {run.exclusions.map((entry) => (
                <Tag key={entry.reason} color={entry.count ? 'orange' : 'default'}>
                  {t(`exclusions.${entry.reason}`)} {entry.count}
                </Tag>
              ))}
            </Space>
          </div>
        </Space>
      </Card>
      <LoadSection run={run} />
      {run.panels.map((panel) => (
        <PanelCard key={panel.challengeId} panel={panel} />
      ))}
    </Space>
  );
}
