import { describe, expect, it } from 'vitest';
import { POLICY_PRESETS } from '../programme/policy.ts';
import { checkEligibility, type EligibilityFacts } from './eligibility.ts';

const org = (id: string, overrides: Partial<EligibilityFacts['lead']> = {}) => ({ id, name: `单位${id}`, countryCode: 'CN', regionCode: '330203', isLegalEntity: true, ...overrides });

const facts = (overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  policy: structuredClone(POLICY_PRESETS.ningbo_rd_input.policy.eligibility),
  allocationMode: 'open_challenge',
  designatedOrgId: null,
  lead: org('lead'),
  members: [org('m1'), org('m2')],
  piUserId: 'pi',
  piCommitmentSigned: true,
  budgetShareTotalBp: 10_000,
  otherBidsOfLeadInProgramme: 0,
  previousWinnerOrgIds: new Set(),
  integrityRecords: [],
  ...overrides,
});

const failedRules = (f: EligibilityFacts) => checkEligibility(f).checks.filter((c) => !c.passed).map((c) => c.rule);

describe('eligibility check (形式审查)', () => {
  it('passes a complete consortium bid', () => {
    expect(checkEligibility(facts())).toMatchObject({ eligible: true });
    expect(checkEligibility(facts()).checks).toHaveLength(10);
  });

  it('reports every failing rule at once', () => {
    const report = facts({ piCommitmentSigned: false, budgetShareTotalBp: 9_000 });
    expect(failedRules(report)).toEqual(['budget_split', 'pi_commitment']);
  });

  it('enforces regional scope, with the province matching its cities', () => {
    const policy = { ...facts().policy, regionScope: ['330000'] };
    expect(failedRules(facts({ policy }))).toEqual([]);
    expect(failedRules(facts({ policy, lead: org('lead', { regionCode: '210102' }) }))).toEqual(['region']);
  });

  it('admits foreign organisations only when the policy opens the programme to them', () => {
    const foreignLead = org('lead', { countryCode: 'DE', regionCode: null });
    expect(failedRules(facts({ lead: foreignLead }))).toEqual([]);
    const closed = { ...facts().policy, allowForeignOrganisations: false };
    expect(failedRules(facts({ lead: foreignLead, policy: closed }))).toEqual(['foreign_organisation']);
    expect(failedRules(facts({ lead: foreignLead, policy: { ...facts().policy, regionScope: ['330000'] } }))).toEqual(['region']);
    expect(failedRules(facts({ members: [org('m1', { countryCode: 'DE' })], policy: closed }))).toEqual(['foreign_organisation']);
  });

  it('applies MIIT-style caps: 1 + 4 consortium, ≤ 3 bids, previous winners excluded', () => {
    const miit = structuredClone(POLICY_PRESETS.miit_style.policy.eligibility);
    const five = ['a', 'b', 'c', 'd', 'e'].map((id) => org(id));
    expect(failedRules(facts({ policy: miit, members: five }))).toEqual(['consortium_size']);
    expect(failedRules(facts({ policy: miit, otherBidsOfLeadInProgramme: 3 }))).toEqual(['bid_cap']);
    expect(failedRules(facts({ policy: miit, otherBidsOfLeadInProgramme: 2 }))).toEqual([]);
    expect(failedRules(facts({ policy: miit, previousWinnerOrgIds: new Set(['lead']) }))).toEqual(['repeat_winner']);
  });

  it('lets only the designated organisation take a directly assigned challenge', () => {
    expect(failedRules(facts({ allocationMode: 'direct_assignment', designatedOrgId: 'other' }))).toEqual(['allocation_mode']);
    expect(failedRules(facts({ allocationMode: 'direct_assignment', designatedOrgId: 'lead' }))).toEqual([]);
  });

  it('sees integrity records in force and non-legal-entity members', () => {
    const record = { organisationId: null, userId: 'pi', severity: 'misconduct' as const, summary: '项目失败经调查认定存在科研失信行为' };
    expect(failedRules(facts({ integrityRecords: [record] }))).toEqual(['integrity_record']);
    expect(checkEligibility(facts({ integrityRecords: [record] })).checks.find((c) => c.rule === 'integrity_record')?.message).toContain('科研失信');
    expect(failedRules(facts({ members: [org('m1', { isLegalEntity: false })] }))).toEqual(['legal_entity']);
  });
});
