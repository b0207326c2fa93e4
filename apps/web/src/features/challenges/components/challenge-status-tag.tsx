import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChallengeStatus } from '../types';

const COLORS: Record<ChallengeStatus, string> = {
  drafting: 'default',
  internal_review: 'processing',
  approved: 'cyan',
  published: 'green',
  closed: 'orange',
  under_review: 'blue',
  awarded: 'red',
  no_award: 'default',
  cancelled: 'default',
};

/** `subtle` for secondary places (the timeline), where a row of solid tags would shout. */
export function ChallengeStatusTag({ status, subtle = false }: { status: ChallengeStatus; subtle?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} variant={subtle ? 'outlined' : 'solid'} className="status-tag">
      {t(`challengeStatus.${status}`)}
    </Tag>
  );
}
