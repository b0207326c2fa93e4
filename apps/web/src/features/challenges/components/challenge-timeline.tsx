import { Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import type { ChallengeStatus, TimelineEntry } from '../types';
import { ChallengeStatusTag } from '@/components/challenge-status-tag';

const CHALLENGE_EVENTS = [
  'created',
  'updated',
  'republished',
  'submit_for_review',
  'return_to_drafting',
  'approve',
  'publish',
  'close_bidding',
  'start_review',
  'award',
  'declare_no_award',
  'cancel',
] as const;
type ChallengeEventName = (typeof CHALLENGE_EVENTS)[number];
const STATUSES: readonly string[] = ['drafting', 'internal_review', 'approved', 'published', 'closed', 'under_review', 'awarded', 'no_award', 'cancelled'] satisfies ChallengeStatus[];

const isChallengeEvent = (name: string | undefined): name is ChallengeEventName => (CHALLENGE_EVENTS as readonly (string | undefined)[]).includes(name);

function eventLabel(type: string, t: TFunction): string {
  const [aggregate, name] = type.split('.');
  return aggregate === 'challenge' && isChallengeEvent(name) ? t(`events.challenge.${name}`) : t('events.other', { type });
}

// Explicit colours: antd's named 'blue' follows the (red) primary colour.
const COLORS: Partial<Record<ChallengeEventName, string>> = {
  publish: '#52c41a',
  award: '#c0262d',
  close_bidding: '#fa8c16',
  start_review: '#1d5fbf',
  return_to_drafting: '#fa8c16',
  cancel: '#8c8c8c',
  declare_no_award: '#8c8c8c',
};
const DEFAULT_COLOR = '#bfbfbf';

/** The challenge's audit trail as a timeline: what happened, when (Beijing time) and by whom. */
export function ChallengeTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  if (!entries.length) return <Typography.Text type="secondary">{t('events.none')}</Typography.Text>;
  return (
    <Timeline
      className="challenge-timeline"
      items={entries.map((entry) => {
        const [, name] = entry.type.split('.');
        const to = typeof entry.payload.to === 'string' && STATUSES.includes(entry.payload.to) ? (entry.payload.to as ChallengeStatus) : null;
        const reason = typeof entry.payload.reason === 'string' ? entry.payload.reason.trim() : '';
        return {
          key: entry.seq,
          color: isChallengeEvent(name) ? (COLORS[name] ?? DEFAULT_COLOR) : DEFAULT_COLOR,
          content: (
            <div className="timeline-entry">
              <div className="timeline-event">
                <Typography.Text strong>{eventLabel(entry.type, t)}</Typography.Text>
                {to && <ChallengeStatusTag status={to} subtle className="status-tag" />}
              </div>
              <Typography.Text type="secondary" className="timeline-meta">
                {formatDateTime(entry.occurredAt)}
                {entry.actorName ? ` · ${entry.actorName}` : ''}
              </Typography.Text>
              {reason && <div className="timeline-reason">{t('events.reason', { reason })}</div>}
            </div>
          ),
        };
      })}
    />
  );
}
