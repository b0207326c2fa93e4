import { WarningFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { useRanking, useShortlist } from '../api/ranking';
import type { Ranking, RankingItem } from '../types';
import { useEvaluationT } from '../use-evaluation-t';
import { EvaluationStatusTag, SectionTitle, useErrorText } from './parts';

const score = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** Every expert's sheet for one bid: the rubric criteria, the weighted total and the comment. */
function ScoreSheets({ item, ranking }: { item: RankingItem; ranking: Ranking }) {
  const { t } = useEvaluationT();
  const rubric = ranking.panel?.rubric ?? [];
  if (!item.scores.length) return <Typography.Text type="secondary">{t('ranking.noScores')}</Typography.Text>;
  return (
    <Table
      rowKey="expertUserId"
      size="small"
      pagination={false}
      dataSource={item.scores}
      aria-label={t('ranking.sheets')}
      columns={[
        { key: 'expert', title: t('panel.expert'), dataIndex: 'expertName', width: 160 },
        ...rubric.map((criterion) => ({
          key: criterion.key,
          title: `${criterion.label}（${criterion.weightBp / 100}%）`,
          width: 130,
          align: 'right' as const,
          render: (_: unknown, sheet: RankingItem['scores'][number]) => sheet.criterionScores[criterion.key] ?? '—',
        })),
        { key: 'total', title: t('ranking.total'), width: 80, align: 'right', render: (_, sheet) => <Typography.Text strong>{sheet.total.toFixed(2)}</Typography.Text> },
        { key: 'comment', title: t('ranking.comment'), dataIndex: 'comment' },
        { key: 'submitted', title: t('ranking.submittedAt'), width: 150, render: (_, sheet) => formatDateTime(sheet.submittedAt) },
      ]}
    />
  );
}

/** The merit ranking, live while scoring runs, with the shortlist (入围) when the server offers it. */
export function RankingSection({ challengeId }: { challengeId: string }) {
  const { t } = useEvaluationT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const ranking = useRanking(challengeId);
  const shortlist = useShortlist(challengeId);

  if (ranking.isPending) return <PageLoading rows={4} />;
  if (ranking.isError) return <PageError error={ranking.error} onRetry={() => void ranking.refetch()} />;
  const data = ranking.data;
  const panel = data.panel;

  const runShortlist = () =>
    shortlist.mutate(undefined, {
      onSuccess: (result) => void message.success(t('ranking.shortlisted', { shortlisted: result.shortlisted.length, notSelected: result.notSelected.length })),
      onError: (error) => void message.error(`${t('common.actionFailed')}：${errorText(error)}`),
    });

  return (
    <Card
      title={<SectionTitle>{t('ranking.title')}</SectionTitle>}
      extra={
        data.actions.includes('shortlist') && (
          <Popconfirm title={t('ranking.shortlistConfirmTitle')} description={<div style={{ maxWidth: 320 }}>{t('ranking.shortlistConfirm')}</div>} okText={g('common.confirm')} cancelText={g('common.cancel')} onConfirm={runShortlist}>
            <Button type="primary" loading={shortlist.isPending}>
              {t('ranking.shortlist')}
            </Button>
          </Popconfirm>
        )
      }
    >
      {!data.items.length ? (
        <PageEmpty description={panel ? t('ranking.empty') : t('ranking.noPanel')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {panel?.status === 'scoring' && <Alert type="info" showIcon title={t('ranking.live')} />}
          <Table
            rowKey="bidId"
            pagination={false}
            dataSource={data.items}
            scroll={{ x: 980 }}
            expandable={{ expandedRowRender: (item) => <ScoreSheets item={item} ranking={data} />, rowExpandable: () => true }}
            columns={[
              { key: 'rank', title: t('common.rank'), dataIndex: 'rank', width: 64, align: 'center' },
              { key: 'title', title: t('common.bid'), dataIndex: 'title' },
              { key: 'lead', title: t('common.lead'), dataIndex: 'leadOrgName', width: 220 },
              { key: 'mean', title: t('ranking.mean'), width: 90, align: 'right', render: (_, item) => <Typography.Text strong>{score(item.mean)}</Typography.Text> },
              { key: 'trimmed', title: t('ranking.trimmedMean'), width: 130, align: 'right', render: (_, item) => score(item.trimmedMean) },
              {
                key: 'spread',
                title: t('ranking.spread'),
                width: 120,
                render: (_, item) => (
                  <Space size={4}>
                    {score(item.spread)}
                    {item.disagreement && (
                      <Tooltip title={t('ranking.disagreementHint', { threshold: panel?.disagreementThreshold ?? '' })}>
                        <Tag color="warning" icon={<WarningFilled />}>
                          {t('ranking.disagreement')}
                        </Tag>
                      </Tooltip>
                    )}
                  </Space>
                ),
              },
              { key: 'count', title: t('ranking.scoreCount'), width: 80, align: 'right', render: (_, item) => t('ranking.scoreCountOf', { count: item.scoreCount, min: panel?.minScoresPerBid ?? '—' }) },
              { key: 'status', title: t('common.status'), width: 100, render: (_, item) => <EvaluationStatusTag kind="bidStatus" status={item.status} /> },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
