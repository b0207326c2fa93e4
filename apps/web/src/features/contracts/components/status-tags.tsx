import { Tag } from 'antd';
import { useContractsT } from '../use-contracts-t';
import type { ChangeRequestStatus, ContractStatus, ExpenseStatus, MilestoneStatus, TrancheStatus } from '../types';

const CONTRACT: Record<ContractStatus, string> = {
  negotiation: 'processing',
  negotiation_failed: 'default',
  active: 'blue',
  under_acceptance: 'geekblue',
  accepted: 'success',
  failed: 'error',
  terminated: 'error',
  closed: 'default',
};
const MILESTONE: Record<MilestoneStatus, string> = { pending: 'default', submitted: 'processing', passed: 'success', remediation: 'warning', terminated: 'error' };
const TRANCHE: Record<TrancheStatus, string> = { locked: 'default', unlocked: 'processing', paid: 'success', cancelled: 'default' };
const CHANGE: Record<ChangeRequestStatus, string> = { filed: 'cyan', pending_approval: 'processing', approved: 'success', rejected: 'error' };
const EXPENSE: Record<ExpenseStatus, string> = { submitted: 'processing', approved: 'success', rejected: 'error' };

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const { t } = useContractsT();
  return <Tag color={CONTRACT[status]}>{t(`status.${status}`)}</Tag>;
}

export function MilestoneStatusTag({ status }: { status: MilestoneStatus }) {
  const { t } = useContractsT();
  return <Tag color={MILESTONE[status]}>{t(`milestoneStatus.${status}`)}</Tag>;
}

export function TrancheStatusTag({ status }: { status: TrancheStatus }) {
  const { t } = useContractsT();
  return <Tag color={TRANCHE[status]}>{t(`trancheStatus.${status}`)}</Tag>;
}

export function ChangeRequestStatusTag({ status }: { status: ChangeRequestStatus }) {
  const { t } = useContractsT();
  return <Tag color={CHANGE[status]}>{t(`changeStatus.${status}`)}</Tag>;
}

export function ExpenseStatusTag({ status }: { status: ExpenseStatus }) {
  const { t } = useContractsT();
  return <Tag color={EXPENSE[status]}>{t(`expenseStatus.${status}`)}</Tag>;
}
