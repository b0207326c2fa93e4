import { Tag } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { EventTimeline } from '@/components/event-timeline';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import type { AcceptanceVerdict, FailureFinding, TimelineEntry } from '../types';
import { useOutcomesT } from '../use-outcomes-t';

type Dynamic = (key: string, options?: Record<string, unknown>) => string;

const VERDICT_COLOR: Record<AcceptanceVerdict, string> = { passed: 'success', passed_with_conditions: 'warning', failed: 'error' };
const FINDING_COLOR: Record<FailureFinding, string> = { diligent_failure: 'success', negligent_failure: 'warning', misconduct: 'error' };
const STATUS_COLOR: Record<string, string> = { open: 'processing', concluded: 'default', decided: 'default', computed: 'processing', approved: 'warning', paid: 'success', cancelled: 'default' };

export function VerdictTag({ verdict }: { verdict: AcceptanceVerdict }) {
  const { t } = useOutcomesT();
  return <Tag color={VERDICT_COLOR[verdict]}>{t(`verdict.${verdict}`)}</Tag>;
}

export function FindingTag({ finding }: { finding: FailureFinding }) {
  const { t } = useOutcomesT();
  return <Tag color={FINDING_COLOR[finding]}>{t(`finding.${finding}`)}</Tag>;
}

export type StatusGroup = 'acceptanceStatus' | 'payoutStatus' | 'reviewStatus';

export function StatusTag({ group, status }: { group: StatusGroup; status: string }) {
  const { t } = useOutcomesT();
  return <Tag color={STATUS_COLOR[status] ?? 'default'}>{(t as unknown as Dynamic)(`${group}.${status}`, { defaultValue: status })}</Tag>;
}

/** The audit trail of an acceptance, payout or failure review, in this feature's words. */
export function OutcomeTimeline({ aggregate, group, entries }: { aggregate: 'acceptance' | 'payout' | 'failure_review'; group: StatusGroup; entries: readonly TimelineEntry[] }) {
  const { t } = useOutcomesT();
  const dynamic = t as unknown as Dynamic;
  // Concluding writes the status change and the opinion as two events at once; the opinion says it all.
  const shown = entries.filter((entry) => entry.type !== 'acceptance.conclude');
  return (
    <EventTimeline
      entries={shown}
      eventLabel={(type) => (type.startsWith(`${aggregate}.`) ? dynamic(`events.${type}`, { defaultValue: '' }) || undefined : undefined)}
      statusTag={(status) => <StatusTag group={group} status={status} />}
    />
  );
}

/** A failed request in words: the code's meaning, plus the server's own reason for a refused rule or transition. */
export function useErrorText() {
  const { t } = useTranslation();
  // Codes are looked up by name: a code the app bundle does not know yet still shows something sensible.
  const g = t as unknown as Dynamic;
  return (error: unknown): string => {
    if (!isApiError(error)) return g('errors.codes.NETWORK');
    const base = g(`errors.codes.${error.code}`, { defaultValue: g('errors.codes.INTERNAL') });
    const explains = error.code === 'RULE_VIOLATION' || error.code === 'FORBIDDEN_TRANSITION' || error.code === 'DUPLICATE' || error.code === 'STALE_VERSION';
    return explains && error.message ? `${base}（${translateServerMessage(error.message)}）` : base;
  };
}

/**
 * Puts a 400's field messages next to the form's fields (`rename`: API field → form field); answers false when the error names none of them
 * (the caller then shows it as a message).
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fields: readonly string[], rename: Record<string, string> = {}): boolean {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return false;
  const issues = [...error.fieldIssues()].filter(([field]) => fields.includes(field));
  if (!issues.length) return false;
  form.setFields(issues.map(([field, messages]) => ({ name: rename[field] ?? field, errors: messages.map(translateServerMessage) })));
  return true;
}
