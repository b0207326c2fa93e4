import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ScoringSheet } from '@/features/reviews/components/scoring-sheet';
import { useReviewsT } from '@/features/reviews/use-reviews-t';

export default function ExpertScoringSheetRoute() {
  const { t } = useReviewsT();
  const { t: tApp } = useTranslation();
  const { bidId = '' } = useParams();
  return (
    <div className="page">
      <title>{`${t('sheet.pageTitle')} · ${tApp('app.name')}`}</title>
      <ScoringSheet key={bidId} bidId={bidId} />
    </div>
  );
}
