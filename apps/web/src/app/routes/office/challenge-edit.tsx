import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditChallenge } from '@/features/challenge-office/components/challenge-builder';
import { useChallengeOfficeT } from '@/features/challenge-office/use-challenge-office-t';

export default function OfficeChallengeEditRoute() {
  const { t: g } = useTranslation();
  const { t } = useChallengeOfficeT();
  const { id = '' } = useParams();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('pages.edit')} · ${g('app.name')}`}</title>
        <EditChallenge key={id} challengeId={id} />
      </div>
    </App>
  );
}
