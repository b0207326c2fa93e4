import { Space } from 'antd';
import { PageError } from '@/components/page-state';
import { useEvaluationChallenge, useRanking } from '../api/ranking';
import { useEvaluationT } from '../use-evaluation-t';
import '../evaluation.css';
import { ChallengeHeading } from './challenge-heading';
import { PanelSection } from './panel-section';
import { RankingSection } from './ranking-section';
import { DefenceSection } from '../defence/defence-section';

/** 评审: the panel (formed, staffed, scoring opened and closed) and the ranking it produces, up to the shortlist. */
export function ReviewBoard({ challengeId, tabs, afterPanel }: { challengeId: string; tabs?: React.ReactNode; afterPanel?: React.ReactNode }) {
  const { t } = useEvaluationT();
  const challenge = useEvaluationChallenge(challengeId);
  const ranking = useRanking(challengeId);
  if (challenge.isError) return <PageError error={challenge.error} onRetry={() => void challenge.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ChallengeHeading challenge={challenge.data} page={t('pages.review')} />
      {tabs}
      <PanelSection challengeId={challengeId} canForm={ranking.data?.actions.includes('form_panel') ?? false} />
      {afterPanel}
      <RankingSection challengeId={challengeId} />
      <DefenceSection challengeId={challengeId} />
    </Space>
  );
}
