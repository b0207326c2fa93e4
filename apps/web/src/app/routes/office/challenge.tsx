import { useParams } from 'react-router';
import { ChallengeOfficeDetail } from '@/features/challenge-office/components/challenge-office-detail';
import { useChallengeOfficeT } from '@/features/challenge-office/use-challenge-office-t';
import { OfficePage } from './office-page';

export default function OfficeChallengeRoute() {
  const { t } = useChallengeOfficeT();
  const { id = '' } = useParams();
  return (
    <OfficePage title={t('pages.detail')}>
      <ChallengeOfficeDetail key={id} challengeId={id} />
    </OfficePage>
  );
}
