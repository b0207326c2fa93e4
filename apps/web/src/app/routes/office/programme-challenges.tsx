import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProgrammeChallenges } from '@/features/challenge-office/components/programme-challenges';
import { useChallengeOfficeT } from '@/features/challenge-office/use-challenge-office-t';

export default function OfficeProgrammeChallengesRoute() {
  const { t: g } = useTranslation();
  const { t } = useChallengeOfficeT();
  const { id = '' } = useParams();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('pages.list')} · ${g('app.name')}`}</title>
        <ProgrammeChallenges key={id} programmeId={id} />
      </div>
    </App>
  );
}
