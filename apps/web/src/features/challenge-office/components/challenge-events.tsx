import { useTranslation } from 'react-i18next';
import { EventTimeline } from '@/components/event-timeline';
import type { TimelineEntry } from '../types';
import { ChallengeStatusTag } from '@/components/challenge-status-tag';

const EVENTS = ['created', 'updated', 'republished', 'submit_for_review', 'return_to_drafting', 'approve', 'publish', 'close_bidding', 'start_review', 'award', 'declare_no_award', 'cancel'] as const;
type EventName = (typeof EVENTS)[number];
const isEvent = (name: string | undefined): name is EventName => (EVENTS as readonly (string | undefined)[]).includes(name);

/** The challenge's audit trail (状态进程) with the app's names for challenge events. */
export function ChallengeEvents({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  const eventLabel = (type: string) => {
    const [aggregate, name] = type.split('.');
    return aggregate === 'challenge' && isEvent(name) ? t(`events.challenge.${name}`) : undefined;
  };
  return <EventTimeline entries={entries} eventLabel={eventLabel} statusTag={(status) => <ChallengeStatusTag status={status} subtle />} />;
}
