import { Timeline, Typography } from 'antd';
import { formatDateTime } from '@/lib/dates';
import { useBidsT } from '../i18n';
import type { BidStatus, BidTimelineEntry } from '../types';
import { BidStatusTag } from './bid-status-tag';

const EVENTS = [
  'created',
  'updated',
  'pi_commitment_requested',
  'pi_commitment_signed',
  'submit',
  'withdraw',
  'return_for_revision',
  'returned',
  'eligibility_checked',
  'eligibility_passed',
  'eligibility_failed',
  'start_eligibility_check',
  'pass_eligibility',
  'fail_eligibility',
  'shortlist',
  'select',
  'reject',
  'attachment_added',
  'attachment_removed',
] as const;
type EventName = (typeof EVENTS)[number];
const isKnown = (name: string | undefined): name is EventName => (EVENTS as readonly (string | undefined)[]).includes(name);
const STATUSES: readonly string[] = ['draft', 'submitted', 'eligibility_check', 'returned', 'ineligible', 'under_review', 'shortlisted', 'selected', 'not_selected', 'withdrawn'] satisfies BidStatus[];

const COLORS: Partial<Record<EventName, string>> = { submit: '#1d5fbf', pi_commitment_signed: '#52c41a', select: '#c0262d', eligibility_failed: '#8c8c8c', withdraw: '#8c8c8c', return_for_revision: '#fa8c16', returned: '#fa8c16' };

/** The bid's audit trail: what happened, when (Beijing time), by whom, and the status it led to. */
export function BidTimeline({ entries }: { entries: BidTimelineEntry[] }) {
  const { t } = useBidsT();
  if (!entries.length) return <Typography.Text type="secondary">{t('detail.noTimeline')}</Typography.Text>;
  return (
    <Timeline
      items={entries.map((entry) => {
        const [aggregate, name] = entry.type.split('.');
        const known = aggregate === 'bid' && isKnown(name);
        const to = typeof entry.payload.to === 'string' && STATUSES.includes(entry.payload.to) ? (entry.payload.to as BidStatus) : null;
        const reason = typeof entry.payload.reason === 'string' ? entry.payload.reason.trim() : '';
        const fileName = known && name.startsWith('attachment_') && typeof entry.payload.fileName === 'string' ? entry.payload.fileName : '';
        return {
          key: entry.seq,
          color: known ? (COLORS[name] ?? '#bfbfbf') : '#bfbfbf',
          content: (
            <div className="timeline-entry">
              <div className="timeline-event">
                <Typography.Text strong>{known ? t(`events.${name}`) : t('events.other', { type: entry.type })}</Typography.Text> {to && <BidStatusTag status={to} />}
              </div>
              <Typography.Text type="secondary" className="timeline-meta">
                {formatDateTime(entry.occurredAt)}
                {entry.actorName ? ` · ${entry.actorName}` : ''}
              </Typography.Text>
              {reason && <div className="timeline-reason">{reason}</div>}
              {fileName && <div className="timeline-reason">{fileName}</div>}
            </div>
          ),
        };
      })}
    />
  );
}
