import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ChallengeOfficeDetail } from '@/features/challenge-office/components/challenge-office-detail';
import { useChallengeOfficeT } from '@/features/challenge-office/use-challenge-office-t';

export default function OfficeChallengeRoute() {
  const { t: g } = useTranslation();
  const { t } = useChallengeOfficeT();
  const { id = '' } = useParams();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('pages.detail')} · ${g('app.name')}`}</title>
        <ChallengeOfficeDetail key={id} challengeId={id} />
      </div>
    </App>
  );
}
