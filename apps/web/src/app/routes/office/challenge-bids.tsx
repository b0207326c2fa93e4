import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ChallengeOfficeTabs } from '@/components/challenge-office-tabs';
import { ChallengeBids } from '@/features/office/components/challenge-bids';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { useOfficeT } from '@/features/office/use-office-t';

export default function OfficeChallengeBidsRoute() {
  const { t: g } = useTranslation();
  const { t } = useOfficeT();
  const { id = '' } = useParams();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('pages.bids')} · ${g('app.name')}`}</title>
        <OfficeNavLinks current="programmes" />
        <ChallengeOfficeTabs challengeId={id} current="bids" />
        <ChallengeBids key={id} challengeId={id} />
      </div>
    </App>
  );
}
