import { Timeline, Typography } from 'antd';
import { EventMeta } from '@/components/event-timeline';
import type { TimelineEntry } from '../types';
import { useOfficeT } from '../use-office-t';

/** An object's audit trail: what happened, when (Beijing time), by whom, and why. */
export function OfficeTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useOfficeT();
  const dynamic = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  if (!entries.length) return <Typography.Text type="secondary">{t('timeline.none')}</Typography.Text>;
  return (
    <Timeline
      items={entries.map((entry) => {
        const reason = typeof entry.payload.reason === 'string' ? entry.payload.reason.trim() : '';
        const opinion = typeof entry.payload.opinion === 'string' ? entry.payload.opinion.trim() : '';
        return {
          key: entry.seq,
          content: (
            <div>
              <Typography.Text strong>{dynamic(`events.${entry.type}`, { defaultValue: t('timeline.other', { type: entry.type }) })}</Typography.Text>
              <div>
                <EventMeta occurredAt={entry.occurredAt} actorName={entry.actorName} />
              </div>
              {reason && <div>{t('timeline.reason', { reason })}</div>}
              {opinion && <div>{t('timeline.opinion', { opinion })}</div>}
            </div>
          ),
        };
      })}
    />
  );
}
