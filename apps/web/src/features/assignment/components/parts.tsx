import { Tag } from 'antd';
import { useRuleErrorText } from '@/hooks/use-rule-error-text';
import { runtimeLookup } from '@/i18n/namespace';
import { useAssignmentT } from '../use-assignment-t';

/** The assignment namespace's `t` for keys built at run time (modes, statuses, rule ids). */
export function useDynamicT() {
  const { t } = useAssignmentT();
  return runtimeLookup(t);
}

/** A refused request in the officer's words; a 400's message says which input the run could not take. */
export function useErrorText() {
  return useRuleErrorText(useDynamicT(), [409, 400]);
}

const STATUS_COLORS: Record<string, string> = { proposed: 'processing', applied: 'success', discarded: 'default', invited: 'processing', accepted: 'success', declined: 'warning', withdrawn: 'default' };

export function StatusTag({ status }: { status: string }) {
  const lookup = useDynamicT();
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{lookup(`statuses.${status}`) ?? status}</Tag>;
}

/** Affinity 0..1 as the officer reads it: three decimals. */
export const formatAffinity = (affinity: number | null): string => (affinity === null ? '—' : affinity.toFixed(3));
