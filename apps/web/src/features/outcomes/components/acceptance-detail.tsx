import { Button, Card, Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { useAcceptance } from '../api/acceptance';
import type { Acceptance, Contract, IndicatorVerdict } from '../types';
import { useOutcomesT } from '../use-outcomes-t';
import { ConcludeModal } from './conclude-modal';
import { formatLimit, formatMeasure } from './indicator-format';
import { OutcomeTimeline, StatusTag, VerdictTag } from './shared';
import { VerdictModal } from './verdict-modal';

/**
 * One acceptance by id: its indicators with the "record measured value" dialog when the server offers it, then its
 * history. The contract page passes the contract (concluding needs its funding scheme) and the materials, which sit
 * between the indicators and the history, where the panel reads them; the tester's page has neither.
 */
export function AcceptanceDetail({ acceptanceId, contract, materials }: { acceptanceId: string; contract?: Contract | undefined; materials?: ReactNode }) {
  const { t } = useOutcomesT();
  const query = useAcceptance(acceptanceId);
  const [measuring, setMeasuring] = useState<IndicatorVerdict | null>(null);
  const [concluding, setConcluding] = useState(false);
  if (query.isPending) return <PageLoading rows={5} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const acceptance = query.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('acceptance.title')}
        extra={
          contract &&
          acceptance.actions.includes('conclude') && (
            <Button type="primary" onClick={() => setConcluding(true)}>
              {t('acceptance.conclude')}
            </Button>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('acceptance.status')}>
            <StatusTag group="acceptanceStatus" status={acceptance.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('acceptance.outcome')}>{acceptance.outcome ? <VerdictTag verdict={acceptance.outcome} /> : t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('acceptance.requestedAt')}>{formatDateTime(acceptance.requestedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('acceptance.concludedAt')}>{acceptance.concludedAt ? formatDateTime(acceptance.concludedAt) : t('common.none')}</Descriptions.Item>
          {acceptance.summary && (
            <Descriptions.Item label={t('acceptance.summary')} span={2}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{acceptance.summary}</Typography.Paragraph>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Title level={5}>{t('acceptance.indicators')}</Typography.Title>
        <IndicatorTable acceptance={acceptance} onMeasure={setMeasuring} />
      </Card>
      {materials}
      <Card title={t('common.timeline')} size="small">
        <OutcomeTimeline aggregate="acceptance" group="acceptanceStatus" entries={acceptance.timeline} />
      </Card>
      {measuring && <VerdictModal contractId={acceptance.contractId} acceptance={acceptance} line={measuring} onClose={() => setMeasuring(null)} />}
      {concluding && contract && <ConcludeModal contract={contract} acceptance={acceptance} onClose={() => setConcluding(false)} />}
    </Space>
  );
}

function IndicatorTable({ acceptance, onMeasure }: { acceptance: Acceptance; onMeasure: (line: IndicatorVerdict) => void }) {
  const { t } = useOutcomesT();
  const canRecord = acceptance.actions.includes('record_verdict');
  return (
    <Table<IndicatorVerdict>
      rowKey={(line) => line.indicator.key}
      dataSource={acceptance.indicators}
      pagination={false}
      size="middle"
      scroll={{ x: 640 }}
      columns={[
        {
          key: 'indicator',
          title: t('acceptance.indicator'),
          render: (_, { indicator }) => (
            <div>
              <Typography.Text strong>{indicator.name}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {indicator.testMethod}
                </Typography.Text>
              </div>
            </div>
          ),
        },
        { key: 'target', title: t('acceptance.target'), width: 100, render: (_, { indicator }) => formatLimit(indicator, indicator.target) },
        { key: 'threshold', title: t('acceptance.threshold'), width: 110, render: (_, { indicator }) => (indicator.threshold === null ? t('common.none') : formatLimit(indicator, indicator.threshold)) },
        {
          key: 'measured',
          title: t('acceptance.measured'),
          width: 200,
          render: (_, line) =>
            line.measuredValue === null ? (
              <Typography.Text type="secondary">{t('acceptance.notMeasured')}</Typography.Text>
            ) : (
              <div>
                <Typography.Text strong>{formatMeasure(line.indicator, line.measuredValue)}</Typography.Text>
                {(line.evidence || line.recordedAt) && (
                  <div style={{ display: 'flex', flexDirection: 'column', fontSize: 12 }}>
                    {line.evidence && <Typography.Text type="secondary">{line.evidence}</Typography.Text>}
                    {line.recordedAt && <Typography.Text type="secondary">{formatDateTime(line.recordedAt)}</Typography.Text>}
                  </div>
                )}
              </div>
            ),
        },
        {
          key: 'verdict',
          title: t('acceptance.verdict'),
          width: 120,
          render: (_, line) =>
            line.verdict ? (
              <Space size={4} wrap>
                <VerdictTag verdict={line.verdict} />
                {line.judged && line.judged !== line.verdict && (
                  <Tooltip title={t('acceptance.overrideTip', { judged: t(`verdict.${line.judged}`), verdict: t(`verdict.${line.verdict}`), note: line.conditionNote ?? '' })}>
                    <Tag bordered={false} color="purple">
                      {t('acceptance.override')}
                    </Tag>
                  </Tooltip>
                )}
              </Space>
            ) : (
              t('common.none')
            ),
        },
        ...(canRecord
          ? [
              {
                key: 'actions',
                title: t('acceptance.actions'),
                width: 110,
                render: (_: unknown, line: IndicatorVerdict) => (
                  <Button size="small" type={line.measuredValue === null ? 'primary' : 'default'} onClick={() => onMeasure(line)} aria-label={t('acceptance.recordTitle', { name: line.indicator.name })}>
                    {line.measuredValue === null ? t('acceptance.record') : t('acceptance.rerecord')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
