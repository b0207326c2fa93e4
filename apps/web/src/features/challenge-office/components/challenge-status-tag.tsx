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

const isStatus = (status: string): status is ChallengeStatus => Object.hasOwn(COLORS, status);

/** `subtle` in the timeline, where a column of solid tags would shout. */
export function ChallengeStatusTag({ status, subtle = false }: { status: string; subtle?: boolean }) {
  const { t } = useTranslation();
  if (!isStatus(status)) return <Tag>{status}</Tag>;
  return (
    <Tag color={COLORS[status]} variant={subtle ? 'outlined' : 'solid'}>
      {t(`challengeStatus.${status}`)}
    </Tag>
  );
}
