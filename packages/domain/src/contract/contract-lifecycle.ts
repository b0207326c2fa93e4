import { defineLifecycle } from '../shared/lifecycle.ts';

export const AWARD_STATUSES = ['awarded', 'contracted', 'negotiation_failed'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

export const CONTRACT_STATUSES = ['negotiation', 'negotiation_failed', 'active', 'under_acceptance', 'accepted', 'failed', 'terminated', 'closed'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const CONTRACT_EVENTS = ['sign', 'fail_negotiation', 'request_acceptance', 'accept', 'fail_acceptance', 'terminate', 'close'] as const;
export type ContractEvent = (typeof CONTRACT_EVENTS)[number];

/**
 * 对接洽谈 → 任务书/合同 → execution → acceptance. A failed negotiation sends the challenge to the next-ranked
 * bidder (a new award and contract). A milestone review may terminate an active contract.
 */
export const contractLifecycle = defineLifecycle<ContractStatus, ContractEvent>('contract', CONTRACT_EVENTS, {
  negotiation: { sign: 'active', fail_negotiation: 'negotiation_failed' },
  active: { request_acceptance: 'under_acceptance', terminate: 'terminated' },
  under_acceptance: { accept: 'accepted', fail_acceptance: 'failed' },
  accepted: { close: 'closed' },
  negotiation_failed: {},
  failed: {},
  terminated: {},
  closed: {},
});

export const MILESTONE_STATUSES = ['pending', 'submitted', 'passed', 'remediation', 'terminated'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONE_EVENTS = ['submit_report', 'pass', 'require_remediation', 'terminate'] as const;
export type MilestoneEvent = (typeof MILESTONE_EVENTS)[number];

/** 节点考核: the review decides continue (pass) / remediate (限期整改, then resubmit) / terminate. */
export const milestoneLifecycle = defineLifecycle<MilestoneStatus, MilestoneEvent>('milestone', MILESTONE_EVENTS, {
  pending: { submit_report: 'submitted' },
  submitted: { pass: 'passed', require_remediation: 'remediation', terminate: 'terminated' },
  remediation: { submit_report: 'submitted', terminate: 'terminated' },
  passed: {},
  terminated: {},
});

export const MILESTONE_DECISIONS = ['continue', 'remediate', 'terminate'] as const;
export type MilestoneDecision = (typeof MILESTONE_DECISIONS)[number];
export const milestoneEventFor = (decision: MilestoneDecision): MilestoneEvent =>
  decision === 'continue' ? 'pass' : decision === 'remediate' ? 'require_remediation' : 'terminate';

export const TRANCHE_STATUSES = ['locked', 'unlocked', 'paid', 'cancelled'] as const;
export type TrancheStatus = (typeof TRANCHE_STATUSES)[number];
export const TRANCHE_EVENTS = ['unlock', 'pay', 'cancel'] as const;
export type TrancheEvent = (typeof TRANCHE_EVENTS)[number];

/** 分期拨付: a tranche stays locked until its trigger (signing, its milestone passed, acceptance passed). */
export const trancheLifecycle = defineLifecycle<TrancheStatus, TrancheEvent>('tranche', TRANCHE_EVENTS, {
  locked: { unlock: 'unlocked', cancel: 'cancelled' },
  unlocked: { pay: 'paid', cancel: 'cancelled' },
  paid: {},
  cancelled: {},
});
