import { useParams } from 'react-router';
import { NewChallenge } from '@/features/challenge-office/components/challenge-builder';
import { useChallengeOfficeT } from '@/features/challenge-office/use-challenge-office-t';
import { OfficePage } from './office-page';

export default function OfficeChallengeNewRoute() {
  const { t } = useChallengeOfficeT();
  const { id = '' } = useParams();
  return (
    <OfficePage title={t('pages.new')}>
      <NewChallenge key={id} programmeId={id} />
    </OfficePage>
  );
}
