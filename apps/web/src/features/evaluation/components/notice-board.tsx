import { Card, Space } from 'antd';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { useChallengeNotices } from '../api/notices';
import { useEvaluationChallenge, useRanking } from '../api/ranking';
import { useEvaluationT } from '../use-evaluation-t';
import '../evaluation.css';
import { AwardSection } from './award-section';
import { ChallengeHeading } from './challenge-heading';
import { NoticeCard } from './notice-card';
import { NoticePublishForm } from './notice-publish-form';
import { SectionTitle } from './parts';

/** 公示与立项: publish the proposed result, rule on objections, close the notice, award, open negotiation. */
export function NoticeBoard({ challengeId, tabs }: { challengeId: string; tabs?: React.ReactNode }) {
  const { t } = useEvaluationT();
  const challenge = useEvaluationChallenge(challengeId);
  const ranking = useRanking(challengeId);
  const notices = useChallengeNotices(challengeId);

  if (challenge.isError) return <PageError error={challenge.error} onRetry={() => void challenge.refetch()} />;
  const bidTitles = new Map((ranking.data?.items ?? []).map((item) => [item.bidId, item.title]));
  const shortlisted = (ranking.data?.items ?? []).filter((item) => item.status === 'shortlisted');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ChallengeHeading challenge={challenge.data} page={t('pages.notice')} />
      {tabs}
      {!challenge.data ? (
        <PageLoading />
      ) : (
        <>
          {ranking.data?.actions.includes('publish_notice') && <NoticePublishForm challenge={challenge.data} shortlisted={shortlisted} />}
          <Card title={<SectionTitle>{t('notice.history')}</SectionTitle>}>
            {notices.isPending ? (
              <PageLoading rows={3} />
            ) : notices.isError ? (
              <PageError error={notices.error} onRetry={() => void notices.refetch()} />
            ) : !notices.data.items.length ? (
              <PageEmpty description={t('notice.none')} />
            ) : (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                {notices.data.items.map((notice) => (
                  <NoticeCard key={notice.id} challengeId={challengeId} notice={notice} />
                ))}
              </Space>
            )}
          </Card>
          <AwardSection challenge={challenge.data} bidTitles={bidTitles} />
        </>
      )}
    </Space>
  );
}
