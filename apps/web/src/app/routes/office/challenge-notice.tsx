import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ChallengeOfficeTabs } from '@/components/challenge-office-tabs';
import { NoticeBoard } from '@/features/evaluation/components/notice-board';
import { useEvaluationT } from '@/features/evaluation/use-evaluation-t';

export default function OfficeChallengeNoticeRoute() {
  const { t: g } = useTranslation();
  const { t } = useEvaluationT();
  const { id = '' } = useParams();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('pages.notice')} · ${g('app.name')}`}</title>
        <NoticeBoard key={id} challengeId={id} tabs={<ChallengeOfficeTabs challengeId={id} current="notice" />} />
      </div>
    </App>
  );
}
