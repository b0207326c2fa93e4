/**
 * The audit-event catalogue. Every state change writes one of these in the same transaction as the change.
 *
 * STORED DATA: `type` strings and payload shapes are persisted in `audit_event` (append-only, hash-chained).
 * Never rename or remove a type; add a new one. Lifecycle transitions are recorded as `<aggregate>.<event>`
 * (e.g. `challenge.publish`) with `{ from, to }` in the payload, so the table and the trail use one vocabulary.
 */
export const AUDITED_AGGREGATES = [
  'tenant',
  'organisation',
  'user',
  'programme',
  'need',
  'challenge',
  'challenge_group',
  'bid',
  'review_panel',
  'review_score',
  'expert_profile',
  'expert_relation',
  'assignment_run',
  'defence_slot',
  'public_notice',
  'objection',
  'award',
  'contract',
  'milestone',
  'tranche',
  'change_request',
  'expense',
  'acceptance',
  'payout',
  'failure_review',
  'integrity_record',
  /** The audit trail itself: exports (`audit.exported`) are audited too. */
  'audit',
] as const;
export type AuditedAggregate = (typeof AUDITED_AGGREGATES)[number];

/** Events that are not a lifecycle transition (creation, edits, sign-in…). */
export const NON_TRANSITION_AUDIT_TYPES = [
  'tenant.created',
  'user.signed_in',
  'user.sign_in_failed',
  'user.signed_out',
  'user.created',
  'organisation.registered',
  'programme.created',
  'programme.policy_updated',
  'need.created',
  'need.updated',
  'need.attachment_added',
  'need.attachment_removed',
  'challenge.created',
  'challenge.updated',
  'challenge.republished',
  'challenge_group.created',
  'bid.created',
  'bid.updated',
  'bid.eligibility_checked',
  'bid.pi_commitment_signed',
  'bid.attachment_added',
  'bid.attachment_removed',
  'review_panel.created',
  'review_panel.expert_assigned',
  'review_panel.expert_removed',
  'review_score.submitted',
  'expert_profile.created',
  'expert_profile.registered',
  'expert_profile.imported',
  'expert_profile.updated',
  'expert_relation.declared',
  'expert_relation.removed',
  'assignment_run.created',
  'assignment_run.replayed',
  'review_panel.assignment_overridden',
  'review_panel.expert_replaced',
  'review_panel.invitation_accepted',
  'review_panel.invitation_declined',
  'review_panel.defences_scheduled',
  'defence_slot.scheduled',
  'defence_slot.updated',
  'bid.ranked',
  'public_notice.created',
  'objection.filed',
  'award.created',
  'award.negotiation_failed',
  'award.contracted',
  'contract.created',
  'contract.terms_updated',
  'contract.change_applied',
  'milestone.reviewed',
  'change_request.filed',
  'expense.submitted',
  'acceptance.requested',
  'acceptance.verdict_recorded',
  'acceptance.concluded',
  'payout.computed',
  'failure_review.opened',
  'integrity_record.created',
  'audit.exported',
] as const;

export type AuditEventType = `${AuditedAggregate}.${string}`;

export interface AuditEventInput {
  tenantId: string;
  type: AuditEventType;
  aggregateType: AuditedAggregate;
  aggregateId: string;
  payload: Record<string, unknown>;
}
