import { Timeline, Typography } from 'antd';
import { EventMeta } from '@/components/event-timeline';
import { PageError, PageLoading } from '@/components/page-state';
import { useExpertHistory } from '../api/pool';
import type { HistoryEntry } from '../types';
import { useExpertsT } from '../use-experts-t';
import '../experts.css';

const EVENTS = ['created', 'registered', 'imported', 'updated', 'approve', 'reject', 'suspend', 'reactivate'] as const;
const FIELDS = ['status', 'displayName', 'phone', 'email', 'panelRole', 'tier', 'fieldCodes', 'expertise', 'professionalTitle', 'organisationId', 'organisationName', 'regionCode', 'loadCap', 'rating', 'unavailable'] as const;

/** A changed value as people read it: statuses, roles and tiers translated, lists and periods joined. */
function useValueText() {
  const { t } = useExpertsT();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('history.none');
    if (field === 'status' && typeof value === 'string') return t(`status.${value as 'active'}`);
    if (field === 'panelRole' && typeof value === 'string') return t(`roles.${value as 'technical'}`);
    if (field === 'tier' && typeof value === 'string') return t(`tiers.${value as 'general'}`);
    if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' && item !== null ? `${(item as { from: string }).from}~${(item as { to: string }).to}` : String(item))).join('、') || t('history.none');
    return String(value);
  };
}

export function HistoryTimeline({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t } = useExpertsT();
  const valueText = useValueText();
  if (!entries.length) return <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>;
  return (
    <Timeline
      items={[...entries].reverse().map((entry) => {
        const event = entry.type.replace(/^expert_profile\./, '');
        return {
          key: entry.seq,
          content: (
            <div className="expert-history-entry">
              <Typography.Text strong>{(EVENTS as readonly string[]).includes(event) ? t(`history.events.${event as 'updated'}`) : entry.type}</Typography.Text>
              <div>
                <EventMeta occurredAt={entry.occurredAt} actorName={entry.actorName} />
              </div>
              <ul className="expert-history-changes">
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    {(FIELDS as readonly string[]).includes(change.field) ? t(`history.fields.${change.field as 'status'}`) : change.field}：{valueText(change.field, change.from)} → {valueText(change.field, change.to)}
                  </li>
                ))}
              </ul>
              {entry.reason && <Typography.Text>{t('history.reason', { reason: entry.reason })}</Typography.Text>}
            </div>
          ),
        };
      })}
    />
  );
}

/** 变更记录 of one profile, newest first (pool officers). */
export function ExpertHistory({ userId }: { userId: string }) {
  const history = useExpertHistory(userId, true);
  if (history.isPending) return <PageLoading rows={3} />;
  if (history.isError) return <PageError error={history.error} onRetry={() => void history.refetch()} />;
  return <HistoryTimeline entries={history.data.items} />;
}
