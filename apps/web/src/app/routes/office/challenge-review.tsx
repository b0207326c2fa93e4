import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ChallengeOfficeTabs } from '@/components/challenge-office-tabs';
import { ReviewBoard } from '@/features/evaluation/components/review-board';
import { useEvaluationT } from '@/features/evaluation/use-evaluation-t';

export default function OfficeChallengeReviewRoute() {
  const { t: g } = useTranslation();
  const { t } = useEvaluationT();
  const { id = '' } = useParams();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('pages.review')} · ${g('app.name')}`}</title>
        <ReviewBoard key={id} challengeId={id} tabs={<ChallengeOfficeTabs challengeId={id} current="review" />} />
      </div>
    </App>
  );
}
