import { describe, expect, it } from 'vitest';
import { yuan } from '../shared/money.ts';
import { computeFunding } from './funding.ts';
import { POLICY_PRESETS } from './policy.ts';

const scheme = (id: keyof typeof POLICY_PRESETS) => POLICY_PRESETS[id].policy.funding;

describe('funding presets reproduce the seed formulas exactly, in fen', () => {
  it.each([
    ['ningbo_rd_input', 20_000_000, 4_000_000, 'bidder_lead_org'],
    ['ningbo_rd_input', 60_000_000, 10_000_000, 'bidder_lead_org'],
    ['shenyang_common_technology', 4_000_000, 2_000_000, 'demander'],
    ['shenyang_common_technology', 8_000_000, 3_000_000, 'demander'],
    ['shenyang_key_technology', 2_000_000, 600_000, 'demander'],
    ['shenyang_key_technology', 5_000_000, 1_000_000, 'demander'],
  ] as const)('%s: base ¥%d → ¥%d to %s', (preset, baseYuan, expectedYuan, recipient) => {
    const outcome = computeFunding(scheme(preset), yuan(baseYuan));
    expect(outcome).toMatchObject({ eligible: true, amountFen: yuan(expectedYuan), recipient });
  });

  it('Shenyang post-subsidy: a contract of ¥900,000 is below the ¥1,000,000 minimum and gets nothing', () => {
    expect(computeFunding(scheme('shenyang_key_technology'), yuan(900_000))).toEqual({
      eligible: false,
      amountFen: 0,
      reason: 'below_minimum_base',
      minimumBaseFen: yuan(1_000_000),
      recipient: 'demander',
      base: 'actual_contract_value',
    });
  });

  it('the cap is reported, and the exact minimum base qualifies', () => {
    expect(computeFunding(scheme('ningbo_rd_input'), yuan(60_000_000))).toMatchObject({ capped: true, uncappedFen: yuan(12_000_000) });
    expect(computeFunding(scheme('shenyang_key_technology'), yuan(1_000_000))).toMatchObject({ eligible: true, amountFen: yuan(300_000) });
  });

  it('rounds down to the fen, never up', () => {
    expect(computeFunding(scheme('shenyang_key_technology'), 333_333_333).amountFen).toBe(99_999_999);
  });
});
