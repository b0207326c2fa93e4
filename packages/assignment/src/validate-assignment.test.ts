import { describe, expect, it } from 'vitest';
import type { AssignmentInstance } from './instance.ts';
import { tableInstance } from './testing/random-instance.ts';
import { checkAssignment, validateAssignment } from './validate-assignment.ts';

// Bid 0: edges 0 (e0), 1 (e1), 2 (e2); bid 1: edges 3 (e0), 4 (e2). One seat per bid, cap 1.
const instance = tableInstance(
  [
    [0.5, 0.6, 0.7],
    [0.4, null, 0.9],
  ],
  { demand: 1, capacity: 1 },
);

describe('validateAssignment', () => {
  it('accepts a valid assignment', () => {
    expect(validateAssignment(instance, [2, 3])).toBe(0);
  });

  it('counts an over-loaded expert, an unfilled and an over-filled panel', () => {
    const report = checkAssignment(instance, [0, 1, 3]);
    // e0 reviews 2 bids (cap 1); bid 0 has 2 experts (demand 1).
    expect(report.violations).toBe(2);
    expect(report.messages.join('\n')).toMatch(/expert 0 reviews 2 bids, cap 1/);
    expect(validateAssignment(instance, [2])).toBe(1); // bid 1 short
    expect(validateAssignment(instance, [2], { allowShortfall: true })).toBe(0);
  });

  it('refuses unlisted edges (a conflict is a missing edge), repeated edges and an expert twice on one panel', () => {
    expect(validateAssignment(instance, [2, 5])).toBe(2); // edge 5 does not exist; bid 1 then short
    expect(validateAssignment(instance, [2, 2, 3])).toBe(1);
    const duplicated: AssignmentInstance = { ...instance, bidRoleDemand: Int32Array.from([2, 0]), expertCapacity: Int32Array.from([2, 2, 2]), edgeExpert: Int32Array.from([0, 0, 2, 0, 2]) };
    expect(checkAssignment(duplicated, [0, 1]).messages).toEqual(['expert 0 sits twice on bid 0\'s panel']);
  });

  it('counts each (bid, group) over the panel-diversity cap once, and ignores experts in no group', () => {
    const panels = tableInstance(
      [
        [0.5, 0.6, 0.7, 0.1],
        [0.4, 0.3, 0.9, 0.2],
      ],
      { demand: 3, capacity: 2 },
    );
    const grouped = { ...panels, expertGroup: Int32Array.from([0, 0, 0, -1]), maxPerGroup: 1 };
    // Bid 0: e0, e1, e2 all of group 0 (one violation); bid 1: e0, e3 and — short of its third seat.
    const report = checkAssignment(grouped, [0, 1, 2, 4, 7], { allowShortfall: true });
    expect(report.messages).toEqual(['bid 0: 3 experts of group 0, at most 1']);
    expect(validateAssignment({ ...grouped, maxPerGroup: 3 }, [0, 1, 2, 4, 7], { allowShortfall: true })).toBe(0);
    expect(validateAssignment({ ...grouped, expertGroup: Int32Array.from([-1, -1, -1, -1]) }, [0, 1, 2, 4, 7], { allowShortfall: true })).toBe(0);
  });
});
