import { describe, expect, it } from 'vitest';
import { acceptanceOutcome } from '../acceptance/acceptance.ts';
import { integrityConsequence } from '../failure/failure-review.ts';
import { CHANGE_REQUEST_KINDS, changeRequestNeedsApproval } from './change-request.ts';

describe('autonomy: what is filed and what needs approval', () => {
  it('files route and team changes; approves goal indicators, PI and lead organisation', () => {
    const approval = Object.fromEntries(CHANGE_REQUEST_KINDS.map((kind) => [kind, changeRequestNeedsApproval(kind, true)]));
    expect(approval).toEqual({
      route_adjustment: false,
      team_change: false,
      budget_adjustment: false,
      goal_indicator_change: true,
      pi_change: true,
      lead_org_change: true,
      extension: true,
    });
  });

  it('controls budget adjustments only outside a lump-sum budget', () => {
    expect(changeRequestNeedsApproval('budget_adjustment', false)).toBe(true);
  });
});

describe('acceptance against every indicator', () => {
  const indicators = [{ key: 'a' }, { key: 'b' }];
  it('passes only when every indicator passes', () => {
    expect(acceptanceOutcome(indicators, new Map([['a', 'passed'], ['b', 'passed']]))).toBe('passed');
    expect(acceptanceOutcome(indicators, new Map([['a', 'passed'], ['b', 'passed_with_conditions']]))).toBe('passed_with_conditions');
    expect(acceptanceOutcome(indicators, new Map([['a', 'failed'], ['b', 'passed_with_conditions']]))).toBe('failed');
  });

  it('refuses to conclude with an indicator unjudged', () => {
    expect(() => acceptanceOutcome(indicators, new Map([['a', 'passed']]))).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', details: expect.objectContaining({ rule: 'acceptance.verdicts_missing', missing: ['b'] }) }));
  });
});

describe('failure tolerance (宽容失败)', () => {
  it('leaves no record for a diligent failure, records negligence and misconduct', () => {
    expect(integrityConsequence('diligent_failure')).toBeNull();
    expect(integrityConsequence('negligent_failure')).toEqual({ severity: 'negligence', years: 1 });
    expect(integrityConsequence('misconduct')).toEqual({ severity: 'misconduct', years: 3 });
  });
});
