import { Tag } from 'antd';
import { useOfficeT } from '../use-office-t';

export type StatusKind = 'need' | 'bid' | 'challenge' | 'contract';

const COLORS: Record<string, string> = {
  draft: 'default',
  drafting: 'default',
  submitted: 'processing',
  screening: 'processing',
  vetting: 'processing',
  eligibility_check: 'processing',
  under_review: 'processing',
  internal_review: 'processing',
  negotiation: 'processing',
  pooled: 'success',
  published: 'success',
  shortlisted: 'success',
  selected: 'success',
  awarded: 'success',
  active: 'success',
  accepted: 'success',
  approved: 'success',
  returned: 'warning',
  under_acceptance: 'warning',
  closed: 'default',
  rejected: 'error',
  ineligible: 'error',
  failed: 'error',
  terminated: 'error',
  negotiation_failed: 'error',
  cancelled: 'default',
  withdrawn: 'default',
  merged: 'default',
  not_selected: 'default',
  no_award: 'default',
};

export function useStatusLabel() {
  const { t } = useOfficeT();
  const dynamic = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (kind: StatusKind, status: string) => dynamic(`status.${kind}.${status}`, { defaultValue: status });
}

export function StatusTag({ kind, status }: { kind: StatusKind; status: string }) {
  const label = useStatusLabel();
  return <Tag color={COLORS[status] ?? 'default'}>{label(kind, status)}</Tag>;
}
