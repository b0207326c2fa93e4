import { App, Button, Card, Collapse, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { useAwardChallenge, useChallengeAwards, useResults, useStartNegotiation } from '../api/awards';
import type { Challenge } from '../types';
import { useEvaluationT } from '../use-evaluation-t';
import { EvaluationStatusTag, EvaluationTimeline, SectionTitle, useErrorText } from './parts';

/** The published result (公开结果), as the public reads it. */
function PublicResults({ challengeId }: { challengeId: string }) {
  const { t } = useEvaluationT();
  const { t: g } = useTranslation();
  const results = useResults(challengeId, true);
  if (results.isPending) return <PageLoading rows={2} />;
  if (results.isError) return <PageError error={results.error} onRetry={() => void results.refetch()} />;
  if (!results.data.winners.length) return <Typography.Text type="secondary">{t('award.resultsEmpty')}</Typography.Text>;
  return (
    <ol className="evaluation-units">
      {results.data.winners.map((winner) => (
        <li key={`${winner.rank}-${winner.organisationName}`}>
          <Typography.Text strong>
            {winner.rank}. {winner.organisationName}
          </Typography.Text>
          {winner.memberOrgNames.length > 0 && <Typography.Text type="secondary">（{winner.memberOrgNames.join(g('common.listSeparator'))}）</Typography.Text>}
          <div>{winner.bidTitle}</div>
          <Typography.Text type="secondary">
            {t('award.awardedAt')}：{formatDateTime(winner.awardedAt)}
          </Typography.Text>
        </li>
      ))}
    </ol>
  );
}

/** 立项: award the challenge when its actions allow, then open negotiation (对接洽谈) award by award. */
export function AwardSection({ challenge, bidTitles }: { challenge: Challenge; bidTitles: ReadonlyMap<string, string> }) {
  const { t } = useEvaluationT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const awards = useChallengeAwards(challenge.id);
  const award = useAwardChallenge(challenge.id);
  const negotiate = useStartNegotiation(challenge.id);
  const fail = (error: unknown) => void message.error(`${t('common.actionFailed')}：${errorText(error)}`);

  return (
    <Card
      title={
        <Space>
          <SectionTitle>{t('award.title')}</SectionTitle>
          {challenge.raceMode && <Tag color="purple">{t('award.raceMode')}</Tag>}
        </Space>
      }
      extra={
        challenge.actions.includes('award') && (
          <Popconfirm
            title={t('award.awardConfirmTitle')}
            description={<div style={{ maxWidth: 340 }}>{t('award.awardConfirm')}</div>}
            okText={g('common.confirm')}
            cancelText={g('common.cancel')}
            onConfirm={() => award.mutate(challenge.version, { onSuccess: () => void message.success(t('award.awarded')), onError: fail })}
          >
            <Button type="primary" loading={award.isPending}>
              {t('award.award')}
            </Button>
          </Popconfirm>
        )
      }
    >
      {awards.isPending ? (
        <PageLoading rows={3} />
      ) : awards.isError ? (
        <PageError error={awards.error} onRetry={() => void awards.refetch()} />
      ) : !awards.data.items.length ? (
        <PageEmpty description={challenge.actions.includes('award') ? t('award.none') : t('award.awaiting')} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Table
            rowKey="id"
            pagination={false}
            dataSource={awards.data.items}
            scroll={{ x: 860 }}
            expandable={{ expandedRowRender: (item) => <EvaluationTimeline entries={item.timeline} kind="awardStatus" /> }}
            columns={[
              { key: 'rank', title: t('common.rank'), dataIndex: 'rank', width: 64, align: 'center' },
              { key: 'lead', title: t('common.lead'), dataIndex: 'leadOrgName', width: 220 },
              { key: 'bid', title: t('common.bid'), render: (_, item) => bidTitles.get(item.bidId) ?? '—' },
              { key: 'status', title: t('common.status'), width: 120, render: (_, item) => <EvaluationStatusTag kind="awardStatus" status={item.status} /> },
              { key: 'awarded', title: t('award.awardedAt'), width: 150, render: (_, item) => formatDateTime(item.awardedAt) },
              {
                key: 'contract',
                title: t('award.contract'),
                width: 150,
                render: (_, item) =>
                  item.contractId ? (
                    <Link to={`/contracts/${item.contractId}`}>{t('award.openContract')}</Link>
                  ) : (
                    item.actions.includes('start_negotiation') && (
                      <Popconfirm
                        title={t('award.startNegotiation')}
                        description={<div style={{ maxWidth: 320 }}>{t('award.startNegotiationConfirm')}</div>}
                        okText={g('common.confirm')}
                        cancelText={g('common.cancel')}
                        onConfirm={() => negotiate.mutate(item.id, { onSuccess: () => void message.success(t('award.negotiationStarted')), onError: fail })}
                      >
                        <Button size="small" type="primary" loading={negotiate.isPending && negotiate.variables === item.id}>
                          {t('award.startNegotiation')}
                        </Button>
                      </Popconfirm>
                    )
                  ),
              },
            ]}
          />
          <Collapse size="small" items={[{ key: 'results', label: t('award.results'), children: <PublicResults challengeId={challenge.id} /> }]} />
        </Space>
      )}
    </Card>
  );
}
