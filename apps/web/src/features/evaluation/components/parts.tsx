import { Tag, Typography } from 'antd';
import { EventTimeline } from '@/components/event-timeline';
import { useRuleErrorText } from '@/hooks/use-rule-error-text';
import { runtimeLookup } from '@/i18n/namespace';
import type { TimelineEntry } from '../types';
import { useEvaluationT } from '../use-evaluation-t';

/** The evaluation namespace's `t` for keys built at run time (statuses, event types, rule ids). */
export function useDynamicT() {
  const { t } = useEvaluationT();
  return runtimeLookup(t);
}

/** A refused request in the officer's words: the rule when this feature knows it, else the error and the server's reason. */
export function useErrorText() {
  return useRuleErrorText(useDynamicT());
}

const COLORS: Record<string, string> = {
  forming: 'default',
  scoring: 'processing',
  under_review: 'processing',
  open: 'processing',
  filed: 'warning',
  closed: 'default',
  shortlisted: 'success',
  selected: 'success',
  awarded: 'success',
  contracted: 'success',
  ruled_out: 'default',
  upheld: 'error',
  withdrawn: 'default',
  not_selected: 'default',
  rejected: 'error',
  negotiation_failed: 'error',
  no_award: 'default',
  cancelled: 'default',
};

export type StatusKind = 'panelStatus' | 'bidStatus' | 'noticeStatus' | 'objectionStatus' | 'awardStatus' | 'challengeStatus';

export function EvaluationStatusTag({ kind, status }: { kind: StatusKind; status: string }) {
  const lookup = useDynamicT();
  return <Tag color={COLORS[status] ?? 'default'}>{lookup(`${kind}.${status}`) ?? status}</Tag>;
}

/** An evaluation object's audit trail; transition payloads name the status reached. */
export function EvaluationTimeline({ entries, kind }: { entries: readonly TimelineEntry[]; kind?: StatusKind }) {
  const lookup = useDynamicT();
  return <EventTimeline entries={entries} eventLabel={(type) => lookup(`events.${type}`)} {...(kind ? { statusTag: (status: string) => <EvaluationStatusTag kind={kind} status={status} /> } : {})} />;
}

export function SectionTitle({ children }: { children: React.ReactNode }) {
  return (
    <Typography.Title level={4} style={{ margin: 0 }}>
      {children}
    </Typography.Title>
  );
}
