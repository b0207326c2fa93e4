import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../access/roles.ts';
import { POLICY_PRESETS, POLICY_PRESET_IDS, type ProgrammePolicy } from './policy.ts';
import { canCreateProgramme, programmeActions, validateProgrammePolicy } from './programme.policy.ts';

const actor = (grants: Partial<RoleGrant>[]): Actor => ({
  userId: 'u1',
  displayName: '李科长',
  tenantId: 't1',
  grants: grants.map((grant) => ({ role: 'programme_owner', tenantId: 't1', organisationId: null, programmeId: null, ...grant })),
});
const preset = (): ProgrammePolicy => structuredClone(POLICY_PRESETS.ningbo_rd_input.policy);
const paths = (policy: ProgrammePolicy) => validateProgrammePolicy(policy).map((issue) => issue.path);

describe('programme policy', () => {
  it('lets only a tenant-wide owner create programmes', () => {
    expect(canCreateProgramme(actor([{}]), 't1')).toBe(true);
    expect(canCreateProgramme(actor([{}]), 't2')).toBe(false);
    expect(canCreateProgramme(actor([{ programmeId: 'p1' }]), 't1')).toBe(false);
    expect(canCreateProgramme(actor([{ role: 'management_agency' }]), 't1')).toBe(false);
    expect(canCreateProgramme(null, 't1')).toBe(false);
  });

  it('offers officers the actions that fit the status; the public none', () => {
    const programme = { id: 'p1', tenantId: 't1', status: 'draft' as const };
    expect(programmeActions(actor([{ role: 'management_agency', programmeId: 'p1' }]), programme)).toEqual(['edit_policy', 'create_challenge_group', 'activate', 'close']);
    expect(programmeActions(actor([{}]), { ...programme, status: 'active' })).toEqual(['edit_policy', 'create_challenge', 'create_challenge_group', 'close']);
    expect(programmeActions(actor([{}]), { ...programme, status: 'closed' })).toEqual([]);
    expect(programmeActions(null, { ...programme, status: 'active' })).toEqual([]);
  });

  it('offers demanders create_need while the programme is active, and nothing else', () => {
    const demander = actor([{ role: 'demander', organisationId: 'o1' }]);
    const programme = { id: 'p1', tenantId: 't1', status: 'active' as const };
    expect(programmeActions(demander, programme)).toEqual(['create_need']);
    expect(programmeActions(demander, { ...programme, status: 'closed' })).toEqual([]);
    expect(programmeActions(demander, { ...programme, status: 'draft' })).toEqual([]);
  });

  it.each(POLICY_PRESET_IDS)('accepts the %s preset as it ships', (id) => {
    expect(validateProgrammePolicy(POLICY_PRESETS[id].policy)).toEqual([]);
  });

  it('names the field of each cross-field problem', () => {
    const rubric = preset();
    rubric.review.rubric[0]!.weightBp = 5000;
    rubric.review.rubric[1]!.key = rubric.review.rubric[0]!.key;
    expect(paths(rubric)).toEqual(['review.rubric.1.key', 'review.rubric']);

    const capped = preset();
    capped.funding.capFen = 0;
    expect(paths(capped)).toEqual(['funding.capFen']);

    const reward = structuredClone(POLICY_PRESETS.enterprise_bounty.policy);
    reward.funding.capFen = 100;
    expect(paths(reward)).toEqual(['funding.capFen']);
    reward.funding.fixedAmountFen = null;
    expect(paths(reward)).toEqual(['funding.fixedAmountFen']);

    const selection = preset();
    selection.selection.maxWinners = 6;
    selection.eligibility.regionScope = ['330200', '33'];
    expect(paths(selection)).toEqual(['eligibility.regionScope.1', 'selection.maxWinners']);
  });

  it('needs at least as many panel seats as scores per bid', () => {
    const policy = preset();
    policy.review.panelQuotas = { technical: 1, industry: 1, finance: 0, legal: 0 };
    policy.review.minScoresPerBid = 2;
    expect(paths(policy)).toEqual([]);
    policy.review.minScoresPerBid = 3;
    expect(validateProgrammePolicy(policy)).toEqual([{ path: 'review.panelQuotas', message: expect.stringContaining('(2)') }]);
    policy.review.panelQuotas.legal = 1;
    expect(paths(policy)).toEqual([]);
  });
});
