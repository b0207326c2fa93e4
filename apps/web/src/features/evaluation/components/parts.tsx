import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EventTimeline } from '@/components/event-timeline';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import type { TimelineEntry } from '../types';
import { useEvaluationT } from '../use-evaluation-t';

const MISSING = '\u0000';

/** The evaluation namespace's `t` for keys built at run time (statuses, event types, rule ids). */
export function useDynamicT() {
  const { t } = useEvaluationT();
  const dynamic = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key: string): string | undefined => {
    const text = dynamic(key, { defaultValue: MISSING });
    return text === MISSING ? undefined : text;
  };
}

/**
 * A refused request in the officer's words: the rule the server names when this feature knows it (回避, an open
 * notice…), otherwise the server's message (translated when the app knows it) after the error class.
 */
export function useErrorText() {
  const lookup = useDynamicT();
  const { t: g } = useTranslation();
  return (error: unknown): string => {
    if (!isApiError(error)) return String(error);
    const ruled = error.rule ? lookup(`rules.${error.rule}`) : undefined;
    if (ruled) return ruled;
    const general = g(`errors.codes.${error.code}`);
    const detail = translateServerMessage(error.message);
    return error.status === 409 && detail ? `${general}（${detail}）` : general;
  };
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
