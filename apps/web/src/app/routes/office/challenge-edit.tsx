import { useParams } from 'react-router';
import { EditChallenge } from '@/features/challenge-office/components/challenge-builder';
import { useChallengeOfficeT } from '@/features/challenge-office/use-challenge-office-t';
import { OfficePage } from './office-page';

export default function OfficeChallengeEditRoute() {
  const { t } = useChallengeOfficeT();
  const { id = '' } = useParams();
  return (
    <OfficePage title={t('pages.edit')}>
      <EditChallenge key={id} challengeId={id} />
    </OfficePage>
  );
}
