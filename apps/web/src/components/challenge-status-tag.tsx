import type { ChallengeView } from '@jiebang/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

type ChallengeStatus = z.infer<typeof ChallengeView>['status'];

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

/**
 * A challenge's status, in its colour. `subtle` for secondary places (the timeline), where a column of solid tags
 * would shout; a status this build does not know (a timeline entry's payload) shows as it came.
 */
export function ChallengeStatusTag({ status, subtle = false, className }: { status: string; subtle?: boolean; className?: string | undefined }) {
  const { t } = useTranslation();
  if (!isStatus(status)) return <Tag className={className}>{status}</Tag>;
  return (
    <Tag color={COLORS[status]} variant={subtle ? 'outlined' : 'solid'} className={className}>
      {t(`challengeStatus.${status}`)}
    </Tag>
  );
}
