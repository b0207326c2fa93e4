import { useParams } from 'react-router';
import { ProgrammeChallenges } from '@/features/challenge-office/components/programme-challenges';
import { useChallengeOfficeT } from '@/features/challenge-office/use-challenge-office-t';
import { OfficePage } from './office-page';

export default function OfficeProgrammeChallengesRoute() {
  const { t } = useChallengeOfficeT();
  const { id = '' } = useParams();
  return (
    <OfficePage title={t('pages.list')}>
      <ProgrammeChallenges key={id} programmeId={id} />
    </OfficePage>
  );
}
