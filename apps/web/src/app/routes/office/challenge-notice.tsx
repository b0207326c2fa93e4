import { useParams } from 'react-router';
import { ChallengeOfficeTabs } from '@/components/challenge-office-tabs';
import { NoticeBoard } from '@/features/evaluation/components/notice-board';
import { useEvaluationT } from '@/features/evaluation/use-evaluation-t';
import { OfficePage } from './office-page';

export default function OfficeChallengeNoticeRoute() {
  const { t } = useEvaluationT();
  const { id = '' } = useParams();
  return (
    <OfficePage title={t('pages.notice')}>
      <NoticeBoard key={id} challengeId={id} tabs={<ChallengeOfficeTabs challengeId={id} current="notice" />} />
    </OfficePage>
  );
}
