import { useParams } from 'react-router';
import { ChallengeOfficeTabs } from '@/components/challenge-office-tabs';
import { PanelAssignmentCard } from '@/features/assignment/components/panel-assignment-card';
import { ReviewBoard } from '@/features/evaluation/components/review-board';
import { useEvaluationT } from '@/features/evaluation/use-evaluation-t';
import { OfficePage } from './office-page';

export default function OfficeChallengeReviewRoute() {
  const { t } = useEvaluationT();
  const { id = '' } = useParams();
  return (
    <OfficePage title={t('pages.review')}>
      <ReviewBoard key={id} challengeId={id} tabs={<ChallengeOfficeTabs challengeId={id} current="review" />} afterPanel={<PanelAssignmentCard challengeId={id} />} />
    </OfficePage>
  );
}
