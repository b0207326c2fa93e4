import { assertNever } from '../shared/domain-error.ts';
import { defineLifecycle } from '../shared/lifecycle.ts';

export const CHANGE_REQUEST_KINDS = [
  /** 技术路线调整: the PI decides and files (备案). */
  'route_adjustment',
  /** 团队调整 (members other than the PI): filed by the unit. */
  'team_change',
  /** 预算调整: free under 包干制, approval otherwise. */
  'budget_adjustment',
  /** 考核指标变更: changes what acceptance will judge, so the owner must approve. */
  'goal_indicator_change',
  /** 负责人变更. */
  'pi_change',
  /** 牵头单位变更. */
  'lead_org_change',
  /** 延期. */
  'extension',
] as const;
export type ChangeRequestKind = (typeof CHANGE_REQUEST_KINDS)[number];

/**
 * Autonomy (科研自主权): route and team changes are only filed; the goal indicators, the PI and the lead
 * organisation are what the programme bought, so changing them needs the owner's approval.
 */
export function changeRequestNeedsApproval(kind: ChangeRequestKind, lumpSumBudget: boolean): boolean {
  switch (kind) {
    case 'route_adjustment':
    case 'team_change':
      return false;
    case 'budget_adjustment':
      return !lumpSumBudget;
    case 'goal_indicator_change':
    case 'pi_change':
    case 'lead_org_change':
    case 'extension':
      return true;
    default:
      return assertNever(kind, 'change request kind');
  }
}

export const CHANGE_REQUEST_STATUSES = ['filed', 'pending_approval', 'approved', 'rejected'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];
export const CHANGE_REQUEST_EVENTS = ['approve', 'reject'] as const;
export type ChangeRequestEvent = (typeof CHANGE_REQUEST_EVENTS)[number];

/** `filed` is terminal (备案 takes effect at once); `pending_approval` waits for the owner. */
export const changeRequestLifecycle = defineLifecycle<ChangeRequestStatus, ChangeRequestEvent>('change_request', CHANGE_REQUEST_EVENTS, {
  filed: {},
  pending_approval: { approve: 'approved', reject: 'rejected' },
  approved: {},
  rejected: {},
});

export const EXPENSE_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export type ExpenseStatus = (typeof EXPENSE_STATUSES)[number];
export const EXPENSE_EVENTS = ['approve', 'reject'] as const;
export type ExpenseEvent = (typeof EXPENSE_EVENTS)[number];

/** 经费包干制: the PI, not the programme office, approves each expense. */
export const expenseLifecycle = defineLifecycle<ExpenseStatus, ExpenseEvent>('expense', EXPENSE_EVENTS, {
  submitted: { approve: 'approved', reject: 'rejected' },
  approved: {},
  rejected: {},
});
