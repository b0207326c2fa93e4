import { describe, expect, it } from 'vitest';
import { POLICY_PRESETS } from '../programme/policy.ts';
import { yuan } from '../shared/money.ts';
import { assertActualValueRecorded, payoutDueAtSigning, payoutOwed, planPayout, type PayoutContractFacts } from './payout.policy.ts';

const contract = (patch: Partial<PayoutContractFacts> = {}): PayoutContractFacts => ({
  id: 'c-1',
  status: 'accepted',
  rdInputFen: yuan(20_000_000),
  contractValueFen: yuan(4_000_000),
  actualContractValueFen: yuan(2_000_000),
  leadOrgId: 'lead',
  demanderOrgId: 'dem',
  ...patch,
});

describe('payout planning (成果兑现)', () => {
  it('Ningbo: 20% of the R&D input to the lead organisation after acceptance', () => {
    const plan = planPayout(POLICY_PRESETS.ningbo_rd_input.policy.funding, contract());
    expect(plan).toMatchObject({ base: 'rd_input', baseFen: yuan(20_000_000), amountFen: yuan(4_000_000), capped: false, recipientKind: 'bidder_lead_org', recipientOrgId: 'lead', timing: 'after_acceptance' });
    // One key per contract: a scheme edited between two computations must still hit the same key.
    expect(plan.idempotencyKey).toBe('payout:c-1');
    expect(planPayout(POLICY_PRESETS.enterprise_bounty.policy.funding, contract()).idempotencyKey).toBe(plan.idempotencyKey);
    expect(() => planPayout(POLICY_PRESETS.ningbo_rd_input.policy.funding, contract({ status: 'active' }))).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'payout.not_due' }) }));
  });

  it('Ningbo caps at 10 million yuan', () => {
    const plan = planPayout(POLICY_PRESETS.ningbo_rd_input.policy.funding, contract({ rdInputFen: yuan(80_000_000) }));
    expect(plan).toMatchObject({ uncappedFen: yuan(16_000_000), amountFen: yuan(10_000_000), capped: true });
  });

  it('Shenyang upfront: 50% of the contract value to the demander, due once signed', () => {
    const plan = planPayout(POLICY_PRESETS.shenyang_common_technology.policy.funding, contract({ status: 'active' }));
    expect(plan).toMatchObject({ timing: 'at_signing', baseFen: yuan(4_000_000), amountFen: yuan(2_000_000), recipientOrgId: 'dem' });
    expect(() => planPayout(POLICY_PRESETS.shenyang_common_technology.policy.funding, contract({ status: 'negotiation' }))).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'payout.not_due' }) }));
  });

  it('Shenyang post-subsidy: 30% of the actual value to the demander, refused below 1 million', () => {
    const scheme = POLICY_PRESETS.shenyang_key_technology.policy.funding;
    expect(planPayout(scheme, contract())).toMatchObject({ baseFen: yuan(2_000_000), amountFen: yuan(600_000), recipientOrgId: 'dem' });
    expect(() => planPayout(scheme, contract({ actualContractValueFen: yuan(900_000) }))).toThrowError(
      expect.objectContaining({ code: 'RULE_VIOLATION', details: expect.objectContaining({ rule: 'payout.not_eligible', reason: 'below_minimum_base' }) }),
    );
    expect(() => planPayout(scheme, contract({ actualContractValueFen: null }))).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'payout.actual_value_missing' }) }));
    expect(() => planPayout(scheme, contract({ demanderOrgId: null }))).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'payout.no_demander' }) }));
    expect(payoutOwed(scheme, contract({ actualContractValueFen: yuan(900_000) }))).toBe(false);
    expect(payoutOwed(scheme, contract())).toBe(true);
  });

  it('signing computes a payout only for an upfront scheme that owes the contract something', () => {
    const upfront = POLICY_PRESETS.shenyang_common_technology.policy.funding;
    const signed = contract({ status: 'active' });
    expect(payoutDueAtSigning(upfront, signed)).toBe(true);
    expect(payoutDueAtSigning({ ...upfront, minimumBaseFen: yuan(5_000_000) }, signed)).toBe(false);
    expect(payoutDueAtSigning(POLICY_PRESETS.ningbo_rd_input.policy.funding, signed)).toBe(false);
  });

  it('fixed reward: the published amount after acceptance', () => {
    expect(planPayout(POLICY_PRESETS.enterprise_bounty.policy.funding, contract())).toMatchObject({ base: 'none', baseFen: 0, amountFen: yuan(2_000_000), recipientOrgId: 'lead' });
  });

  it('requires the actual contract value when a post-completion subsidy will be paid', () => {
    expect(() => assertActualValueRecorded('post_completion_subsidy', true, undefined, 'body.actualContractValueFen')).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ path: 'body.actualContractValueFen' })] } }),
    );
    expect(() => assertActualValueRecorded('post_completion_subsidy', false, undefined)).not.toThrow();
    expect(() => assertActualValueRecorded('rd_input_subsidy', true, undefined)).not.toThrow();
    expect(() => assertActualValueRecorded('post_completion_subsidy', true, yuan(1))).not.toThrow();
  });
});
