import { Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';

export interface EventTimelineEntry {
  seq: number;
  type: string;
  occurredAt: string;
  actorName: string | null;
  payload: Record<string, unknown>;
}

/** When (Beijing time) and by whom an audited event happened, as the line under its name. */
export function EventMeta({ occurredAt, actorName, className }: { occurredAt: string; actorName: string | null; className?: string }) {
  return (
    <Typography.Text type="secondary" className={className}>
      {formatDateTime(occurredAt)}
      {actorName ? ` · ${actorName}` : ''}
    </Typography.Text>
  );
}

/**
 * An object's audit trail (its `timeline`) as a timeline: what happened, when (Beijing time) and by whom. The
 * caller names the events and statuses of its aggregate; unknown events show their type.
 */
export function EventTimeline({ entries, eventLabel, statusTag }: { entries: readonly EventTimelineEntry[]; eventLabel: (type: string) => string | undefined; statusTag?: (status: string) => ReactNode }) {
  const { t } = useTranslation();
  if (!entries.length) return <Typography.Text type="secondary">{t('events.none')}</Typography.Text>;
  return (
    <Timeline
      items={entries.map((entry) => {
        const to = typeof entry.payload.to === 'string' ? entry.payload.to : null;
        const reason = typeof entry.payload.reason === 'string' ? entry.payload.reason.trim() : '';
        return {
          key: entry.seq,
          content: (
            <div className="timeline-entry">
              <div className="timeline-event">
                <Typography.Text strong>{eventLabel(entry.type) ?? t('events.other', { type: entry.type })}</Typography.Text> {to && statusTag?.(to)}
              </div>
              <EventMeta occurredAt={entry.occurredAt} actorName={entry.actorName} className="timeline-meta" />
              {reason && <div className="timeline-reason">{t('events.reason', { reason })}</div>}
            </div>
          ),
        };
      })}
    />
  );
}
