import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BidEntryButton } from '@/features/bids/components/bid-entry-button';
import { ChallengeDetail } from '@/features/challenges/components/challenge-detail';

export default function ChallengeDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <div className="page">
      <title>{`${t('challenge.pageTitle')} · ${t('app.name')}`}</title>
      <ChallengeDetail key={id} id={id} renderAction={(action) => (action === 'bid' ? <BidEntryButton challengeId={id} /> : undefined)} />
    </div>
  );
}
