import { hasRole, OFFICER_ROLES, type Caller } from '../access/roles.ts';
import { isContractOfficer, type ContractSubject } from '../contract/contract.policy.ts';
import type { ContractStatus } from '../contract/contract-lifecycle.ts';
import { ruleViolation } from '../shared/domain-error.ts';
import { failureReviewLifecycle, integrityConsequence, type FailureFinding, type FailureReviewStatus, type IntegritySeverity } from './failure-review.ts';

/** Only a project that ended badly (failed acceptance, terminated at a milestone) gets a diligence review. */
export function assertFailureReviewable(contract: { status: ContractStatus }): void {
  if (contract.status !== 'failed' && contract.status !== 'terminated') {
    throw ruleViolation('failure_review.contract_not_failed', `The contract is ${contract.status}; only a failed or terminated project is reviewed for diligence`);
  }
}

export function failureReviewActions(actor: Caller, contract: ContractSubject, review: { status: FailureReviewStatus }): 'decide'[] {
  return isContractOfficer(actor, contract) ? failureReviewLifecycle.eventsFrom(review.status) : [];
}

export interface IntegrityRecordPlan {
  subject: { kind: 'organisation'; organisationId: string } | { kind: 'user'; userId: string };
  severity: IntegritySeverity;
  effectiveFrom: Date;
  effectiveUntil: Date;
}

/** `from` plus whole calendar years, in UTC (29 February falls to 1 March in a common year). */
export function addYears(from: Date, years: number): Date {
  const until = new Date(from.getTime());
  until.setUTCFullYear(until.getUTCFullYear() + years);
  return until;
}

/**
 * The integrity records a finding creates: none for a diligent failure (免责, no negative record, ever);
 * otherwise one for the lead organisation and one for the PI, for the consequence's number of years.
 */
export function integrityRecordsFor(finding: FailureFinding, parties: { leadOrgId: string; piUserId: string }, now: Date): IntegrityRecordPlan[] {
  const consequence = integrityConsequence(finding);
  if (consequence === null) return [];
  const effectiveUntil = addYears(now, consequence.years);
  return [
    { subject: { kind: 'organisation', organisationId: parties.leadOrgId }, severity: consequence.severity, effectiveFrom: now, effectiveUntil },
    { subject: { kind: 'user', userId: parties.piUserId }, severity: consequence.severity, effectiveFrom: now, effectiveUntil },
  ];
}

/** Integrity records (信用管理) are read by programme officers and the audit administrator, in the tenants they serve. */
export function integrityReaderTenants(actor: Caller): string[] {
  if (!actor) return [];
  const tenants = actor.grants.filter((grant) => OFFICER_ROLES.includes(grant.role) || grant.role === 'audit_admin').map((grant) => grant.tenantId);
  return [...new Set(tenants)];
}

export const canReadIntegrityRecords = (actor: Caller): boolean => OFFICER_ROLES.some((role) => hasRole(actor, role)) || hasRole(actor, 'audit_admin');

export const isIntegrityRecordActive = (record: { effectiveFrom: Date; effectiveUntil: Date | null }, now: Date): boolean =>
  record.effectiveFrom.getTime() <= now.getTime() && (record.effectiveUntil === null || record.effectiveUntil.getTime() > now.getTime());
