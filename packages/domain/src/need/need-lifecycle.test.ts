import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.ts';
import { assertMergeTarget, assertNeedPoolable, NEED_EVENTS, NEED_STATUSES, needLifecycle } from './need-lifecycle.ts';

describe('need lifecycle', () => {
  it.each([
    ['draft', 'submit', 'submitted'],
    ['submitted', 'start_screening', 'screening'],
    ['screening', 'start_vetting', 'vetting'],
    ['vetting', 'pool', 'pooled'],
    ['vetting', 'return', 'returned'],
    ['returned', 'submit', 'submitted'],
    ['screening', 'reject', 'rejected'],
    ['pooled', 'merge', 'merged'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(needLifecycle.transition(from, event)).toBe(to);
  });

  it('refuses every edge the table does not list, with FORBIDDEN_TRANSITION', () => {
    let refused = 0;
    for (const status of NEED_STATUSES) {
      for (const event of NEED_EVENTS) {
        if (needLifecycle.next(status, event) !== undefined) continue;
        expect(() => needLifecycle.transition(status, event)).toThrowError(
          expect.objectContaining({ code: 'FORBIDDEN_TRANSITION', details: expect.objectContaining({ rule: `need.${event}` }) }),
        );
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(40);
  });

  it('treats rejected and merged as terminal', () => {
    expect(needLifecycle.isTerminal('rejected')).toBe(true);
    expect(needLifecycle.isTerminal('merged')).toBe(true);
    expect(needLifecycle.isTerminal('pooled')).toBe(false);
  });

  it('keeps basic research out of the pool', () => {
    expect(() => assertNeedPoolable({ isBasicResearch: true })).toThrow(DomainError);
    expect(() => assertNeedPoolable({ isBasicResearch: false })).not.toThrow();
  });

  it('merges only into another open need', () => {
    expect(() => assertMergeTarget({ id: 'a' }, { id: 'a', status: 'pooled' })).toThrow(/itself/);
    expect(() => assertMergeTarget({ id: 'a' }, { id: 'b', status: 'rejected' })).toThrow(/rejected/);
    expect(() => assertMergeTarget({ id: 'a' }, { id: 'b', status: 'pooled' })).not.toThrow();
  });
});
