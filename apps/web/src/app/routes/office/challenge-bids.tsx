import { useParams } from 'react-router';
import { ChallengeOfficeTabs } from '@/components/challenge-office-tabs';
import { ChallengeBids } from '@/features/office/components/challenge-bids';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { useOfficeT } from '@/features/office/use-office-t';
import { OfficePage } from './office-page';

export default function OfficeChallengeBidsRoute() {
  const { t } = useOfficeT();
  const { id = '' } = useParams();
  return (
    <OfficePage title={t('pages.bids')}>
      <OfficeNavLinks current="programmes" />
      <ChallengeOfficeTabs challengeId={id} current="bids" />
      <ChallengeBids key={id} challengeId={id} />
    </OfficePage>
  );
}
