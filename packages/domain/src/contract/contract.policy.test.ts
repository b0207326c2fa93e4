import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import {
  assertContractSchedule,
  assertSchemeRecipientExists,
  assertTermsSet,
  awardOutcomeLifecycle,
  canDecideExpense,
  canOnContract,
  changeRequestActions,
  contractActions,
  milestoneActions,
  pickFallbackBid,
  trancheActions,
  trancheAmounts,
  trancheScheduleIssues,
  tranchesToCancel,
  tranchesToUnlock,
  type ContractFacts,
  type ContractSubject,
} from './contract.policy.ts';
import { trancheLifecycle } from './contract-lifecycle.ts';

const tenantId = 't-1';
const contract: ContractSubject = { status: 'negotiation', programme: { id: 'p-1', tenantId }, leadOrgId: 'lead', demanderOrgId: 'dem', piUserId: 'pi', lumpSumBudget: true };
const actor = (userId: string, grants: Actor['grants']): Actor => ({ userId, displayName: userId, tenantId, grants });
const officer = actor('officer', [{ role: 'programme_owner', tenantId, organisationId: null, programmeId: 'p-1' }]);
const otherOfficer = actor('other', [{ role: 'programme_owner', tenantId, organisationId: null, programmeId: 'p-2' }]);
const pi = actor('pi', [{ role: 'principal_investigator', tenantId, organisationId: 'lead', programmeId: null }]);
const leadStaff = actor('staff', [{ role: 'bidder_org', tenantId, organisationId: 'lead', programmeId: null }]);
const demander = actor('dem-user', [{ role: 'demander', tenantId, organisationId: 'dem', programmeId: null }]);
const stranger = actor('stranger', [{ role: 'bidder_org', tenantId, organisationId: 'elsewhere', programmeId: null }]);
const facts: ContractFacts = { termsSet: true, allMilestonesPassed: false, payoutTiming: 'after_acceptance', payoutOwed: true, hasPayout: false, payoutPaid: false, hasFailureReview: false };

describe('tranche schedule', () => {
  it('accepts shares summing to 10000 with milestone triggers naming existing milestones', () => {
    const tranches = [
      { shareBp: 3000, trigger: 'signing' as const },
      { shareBp: 4000, trigger: 'milestone' as const, milestoneSequence: 1 },
      { shareBp: 3000, trigger: 'acceptance' as const },
    ];
    expect(trancheScheduleIssues(tranches, 2)).toEqual([]);
    expect(() => assertContractSchedule({ milestones: [{ dueDate: '2026-06-30' }, { dueDate: '2026-12-31' }], tranches })).not.toThrow();
  });

  it('names the failing field: missing or unknown milestone, stray sequence, wrong total', () => {
    const issues = trancheScheduleIssues(
      [
        { shareBp: 3000, trigger: 'milestone' },
        { shareBp: 3000, trigger: 'milestone', milestoneSequence: 3 },
        { shareBp: 3000, trigger: 'signing', milestoneSequence: 1 },
      ],
      2,
    );
    expect(issues.map((issue) => issue.path)).toEqual(['tranches.0.milestoneSequence', 'tranches.1.milestoneSequence', 'tranches.2.milestoneSequence', 'tranches']);
    expect(issues[3]?.message).toContain('got 9000');
    expect(trancheScheduleIssues([], 0)).toEqual([{ path: 'tranches', message: 'at least one tranche is required' }]);
  });

  it('throws VALIDATION_FAILED with the prefixed path, milestones out of order first', () => {
    expect(() => assertContractSchedule({ milestones: [{ dueDate: '2026-12-31' }, { dueDate: '2026-06-30' }], tranches: [{ shareBp: 10000, trigger: 'signing' }] }, 'body.')).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ path: 'body.milestones.1.dueDate' })] } }),
    );
    expect(() => assertContractSchedule({ milestones: [], tranches: [{ shareBp: 10000, trigger: 'milestone', milestoneSequence: 1 }] }, 'body.')).toThrowError(
      expect.objectContaining({ details: { issues: [expect.objectContaining({ path: 'body.tranches.0.milestoneSequence' })] } }),
    );
  });

  it('splits the value exactly, and names contractValueFen when it is too large to split', () => {
    expect(trancheAmounts(1001, [3000, 4000, 3000])).toEqual([300, 400, 301]);
    const huge = Number.MAX_SAFE_INTEGER;
    expect(() => trancheAmounts(huge, [5000, 5000], 'body.contractValueFen')).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ path: 'body.contractValueFen' })] } }),
    );
    expect(trancheAmounts(huge, [10_000])).toEqual([huge]);
  });

  it('refuses to sign without terms', () => {
    expect(() => assertTermsSet({ trancheCount: 0 })).toThrowError(expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'contract.terms_unset' } }));
    expect(() => assertTermsSet({ trancheCount: 1 })).not.toThrow();
  });
});

describe('tranche gating', () => {
  const tranches = [
    { id: 'a', status: 'locked' as const, trigger: 'signing' as const, milestoneId: null },
    { id: 'b', status: 'locked' as const, trigger: 'milestone' as const, milestoneId: 'm1' },
    { id: 'c', status: 'locked' as const, trigger: 'milestone' as const, milestoneId: 'm2' },
    { id: 'd', status: 'locked' as const, trigger: 'acceptance' as const, milestoneId: null },
    { id: 'e', status: 'unlocked' as const, trigger: 'milestone' as const, milestoneId: 'm1' },
  ];
  it('keeps a later tranche locked until ITS milestone passed', () => {
    expect(tranchesToUnlock(tranches, { trigger: 'signing' }).map((t) => t.id)).toEqual(['a']);
    expect(tranchesToUnlock(tranches, { trigger: 'milestone', milestoneId: 'm1' }).map((t) => t.id)).toEqual(['b']);
    expect(tranchesToUnlock(tranches, { trigger: 'milestone', milestoneId: 'm2' }).map((t) => t.id)).toEqual(['c']);
    expect(tranchesToUnlock(tranches, { trigger: 'acceptance' }).map((t) => t.id)).toEqual(['d']);
  });
  it('refuses to pay a locked tranche with FORBIDDEN_TRANSITION tranche.pay', () => {
    expect(() => trancheLifecycle.transition('locked', 'pay')).toThrowError(expect.objectContaining({ code: 'FORBIDDEN_TRANSITION', details: expect.objectContaining({ rule: 'tranche.pay' }) }));
    expect(trancheLifecycle.transition('unlocked', 'pay')).toBe('paid');
  });
  it('cancels unpaid tranches on termination, only locked ones on a failed acceptance', () => {
    const mixed = [...tranches, { id: 'f', status: 'paid' as const, trigger: 'signing' as const, milestoneId: null }];
    expect(tranchesToCancel(mixed, 'termination').map((t) => t.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(tranchesToCancel(mixed, 'failed_acceptance').map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('contract policy', () => {
  it('lets officers, the PI, lead-org staff and the demander view; nobody else', () => {
    for (const who of [officer, pi, leadStaff, demander]) expect(canOnContract(who, 'view', contract)).toBe(true);
    for (const who of [otherOfficer, stranger, null]) expect(canOnContract(who, 'view', contract)).toBe(false);
  });
  it('offers negotiation actions to officers only, and sign only once terms are set', () => {
    expect(contractActions(officer, contract, facts)).toEqual(['edit_terms', 'sign', 'fail_negotiation']);
    expect(contractActions(officer, contract, { ...facts, termsSet: false })).toEqual(['edit_terms', 'fail_negotiation']);
    expect(contractActions(pi, contract, facts)).toEqual([]);
  });
  it('gives the PI change requests, expenses and, once every milestone passed, the acceptance request', () => {
    const active = { ...contract, status: 'active' as const };
    expect(contractActions(pi, active, facts)).toEqual(['file_change_request', 'submit_expense']);
    expect(contractActions(pi, active, { ...facts, allMilestonesPassed: true })).toEqual(['file_change_request', 'submit_expense', 'request_acceptance']);
    expect(contractActions(leadStaff, active, facts)).toEqual(['submit_expense']);
  });
  it('offers upfront payout computation after signing, results-based payout after acceptance, close once settled', () => {
    const active = { ...contract, status: 'active' as const };
    expect(contractActions(officer, active, { ...facts, payoutTiming: 'at_signing' })).toContain('compute_payout');
    expect(contractActions(officer, active, facts)).not.toContain('compute_payout');
    const accepted = { ...contract, status: 'accepted' as const };
    expect(contractActions(officer, accepted, facts)).toEqual(['compute_payout']);
    expect(contractActions(officer, accepted, { ...facts, hasPayout: true })).toEqual([]);
    expect(contractActions(officer, accepted, { ...facts, hasPayout: true, payoutPaid: true })).toEqual(['close']);
    expect(contractActions(officer, accepted, { ...facts, payoutOwed: false })).toEqual(['close']);
    expect(contractActions(officer, { ...contract, status: 'failed' }, facts)).toEqual(['open_failure_review']);
  });
  it('under a lump-sum budget only the PI decides expenses; otherwise only the officer', () => {
    expect(canDecideExpense(pi, contract)).toBe(true);
    expect(canDecideExpense(officer, contract)).toBe(false);
    const managed = { ...contract, lumpSumBudget: false };
    expect(canDecideExpense(pi, managed)).toBe(false);
    expect(canDecideExpense(officer, managed)).toBe(true);
  });
  it('offers milestone and tranche actions by role and status', () => {
    const active = { ...contract, status: 'active' as const };
    expect(milestoneActions(pi, active, { status: 'pending' })).toEqual(['report']);
    expect(milestoneActions(pi, active, { status: 'remediation' })).toEqual(['report']);
    expect(milestoneActions(officer, active, { status: 'submitted' })).toEqual(['review']);
    expect(milestoneActions(pi, { ...active, status: 'terminated' }, { status: 'pending' })).toEqual([]);
    expect(trancheActions(officer, active, { status: 'unlocked' })).toEqual(['pay']);
    expect(trancheActions(officer, active, { status: 'locked' })).toEqual([]);
    expect(trancheActions(pi, active, { status: 'unlocked' })).toEqual([]);
  });
  it('offers approving a change request only while the contract is active; rejecting always', () => {
    const active = { ...contract, status: 'active' as const };
    expect(changeRequestActions(officer, active, { status: 'pending_approval' })).toEqual(['approve', 'reject']);
    for (const status of ['under_acceptance', 'accepted', 'terminated'] as const) {
      expect(changeRequestActions(officer, { ...contract, status }, { status: 'pending_approval' })).toEqual(['reject']);
    }
    expect(changeRequestActions(pi, active, { status: 'pending_approval' })).toEqual([]);
  });
  it('refuses to open negotiation under a demander-paid scheme when the challenge has no demander', () => {
    expect(() => assertSchemeRecipientExists({ kind: 'upfront_funding', recipient: 'demander' }, null)).toThrowError(
      expect.objectContaining({ code: 'RULE_VIOLATION', details: expect.objectContaining({ rule: 'contract.no_demander_for_scheme' }) }),
    );
    expect(() => assertSchemeRecipientExists({ kind: 'upfront_funding', recipient: 'demander' }, 'dem')).not.toThrow();
    expect(() => assertSchemeRecipientExists({ kind: 'rd_input_subsidy', recipient: 'bidder_lead_org' }, null)).not.toThrow();
  });
  it('falls back only to a publicly noticed alternate still shortlisted, unawarded and not struck by an objection', () => {
    const bids = [
      { id: 'b2', status: 'shortlisted' },
      { id: 'b3', status: 'shortlisted' },
      { id: 'b4', status: 'shortlisted' },
      { id: 'b5', status: 'rejected' },
    ];
    const none = { awardedBidIds: new Set<string>(), upheldBidIds: new Set<string>() };
    expect(pickFallbackBid(null, bids, none)).toEqual({ bid: null, reason: 'no_closed_notice' });
    expect(pickFallbackBid({ alternateBidIds: [] }, bids, none)).toEqual({ bid: null, reason: 'no_alternates' });
    // b2 is shortlisted but was never named an alternate; the notice order decides, not the array order.
    expect(pickFallbackBid({ alternateBidIds: ['b4', 'b3'] }, bids, none).bid?.id).toBe('b4');
    expect(pickFallbackBid({ alternateBidIds: ['b3', 'b4'] }, bids, { awardedBidIds: new Set(['b3']), upheldBidIds: new Set() }).bid?.id).toBe('b4');
    expect(pickFallbackBid({ alternateBidIds: ['b3', 'b4'] }, bids, { awardedBidIds: new Set(), upheldBidIds: new Set(['b3']) }).bid?.id).toBe('b4');
    expect(pickFallbackBid({ alternateBidIds: ['b5', 'b9'] }, bids, none)).toEqual({ bid: null, reason: 'alternates_exhausted' });
  });
  it('moves an award to contracted or negotiation_failed, once', () => {
    expect(awardOutcomeLifecycle.transition('awarded', 'contract')).toBe('contracted');
    expect(awardOutcomeLifecycle.transition('awarded', 'fail_negotiation')).toBe('negotiation_failed');
    expect(() => awardOutcomeLifecycle.transition('contracted', 'fail_negotiation')).toThrowError(expect.objectContaining({ code: 'FORBIDDEN_TRANSITION' }));
  });
});
