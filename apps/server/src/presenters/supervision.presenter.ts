import {
  changeRequestActions,
  expenseActions,
  milestoneActions,
  trancheActions,
  type Caller,
  type ChangeRequestKind,
  type ChangeRequestStatus,
  type ContractSubject,
  type ExpenseStatus,
  type MilestoneStatus,
  type TrancheStatus,
  type TrancheTrigger,
} from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { TrailEntry } from '../repositories/supervision-trail.repository.ts';

/** Views of a contract's parts; each carries what this caller may do with it and its own audit trail. */

export const presentMilestone = (actor: Caller, contract: ContractSubject, row: Row<'milestone'>, trail: TrailEntry[] = []) => ({
  id: row.id,
  contractId: row.contract_id,
  sequence: row.sequence,
  title: row.title,
  dueDate: row.due_date,
  deliverables: row.deliverables as string[],
  status: row.status as MilestoneStatus,
  report: row.report,
  reviewOpinion: row.review_opinion,
  reviewedAt: row.reviewed_at?.toISOString() ?? null,
  remediationDueDate: row.remediation_due_date,
  version: row.version,
  actions: milestoneActions(actor, contract, { status: row.status as MilestoneStatus }),
  timeline: trail,
});

export const presentTranche = (actor: Caller, contract: ContractSubject, row: Row<'tranche'>, milestoneSequences: ReadonlyMap<string, number>, trail: TrailEntry[] = []) => ({
  id: row.id,
  contractId: row.contract_id,
  sequence: row.sequence,
  shareBp: row.share_bp,
  amountFen: row.amount_fen,
  trigger: row.trigger as TrancheTrigger,
  milestoneId: row.milestone_id,
  milestoneSequence: row.milestone_id ? (milestoneSequences.get(row.milestone_id) ?? null) : null,
  status: row.status as TrancheStatus,
  paidAt: row.paid_at?.toISOString() ?? null,
  version: row.version,
  actions: trancheActions(actor, contract, { status: row.status as TrancheStatus }),
  timeline: trail,
});

export const presentChangeRequest = (actor: Caller, contract: ContractSubject, row: Row<'change_request'>, trail: TrailEntry[] = []) => ({
  id: row.id,
  contractId: row.contract_id,
  kind: row.kind as ChangeRequestKind,
  summary: row.summary,
  details: row.details as Record<string, unknown>,
  status: row.status as ChangeRequestStatus,
  needsApproval: row.status !== 'filed',
  filedAt: row.filed_at.toISOString(),
  decidedAt: row.decided_at?.toISOString() ?? null,
  decisionNote: row.decision_note,
  version: row.version,
  actions: changeRequestActions(actor, contract, { status: row.status as ChangeRequestStatus }),
  timeline: trail,
});

export const presentExpense = (actor: Caller, contract: ContractSubject, row: Row<'expense'>, trail: TrailEntry[] = []) => ({
  id: row.id,
  contractId: row.contract_id,
  category: row.category,
  description: row.description,
  amountFen: row.amount_fen,
  incurredOn: row.incurred_on,
  status: row.status as ExpenseStatus,
  submittedAt: row.submitted_at.toISOString(),
  decidedAt: row.decided_at?.toISOString() ?? null,
  version: row.version,
  actions: expenseActions(actor, contract, { status: row.status as ExpenseStatus }),
  timeline: trail,
});
