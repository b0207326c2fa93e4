import { describe, expect, it } from 'vitest';
import type { AssignmentInstance } from './instance.ts';
import { solveAssignment } from './solve-assignment.ts';
import { diverseInstance, randomInstance, tableInstance } from './testing/random-instance.ts';
import { checkAssignment, validateAssignment } from './validate-assignment.ts';

const withGroups = (instance: AssignmentInstance, expertGroup: number[], maxPerGroup = 1): AssignmentInstance => ({ ...instance, expertGroup: Int32Array.from(expertGroup), maxPerGroup });
const experts = (instance: AssignmentInstance, chosen: Int32Array): number[] => [...chosen].map((j) => instance.edgeExpert[j]!);

describe('solveAssignment with a panel-diversity rule (maxPerGroup)', () => {
  // Bid A needs 2 experts: e0 and e1 (the best) share organisation 0; bid B needs 1 and prefers e2 (organisation 1).
  // The network optimum A = {e0, e1}, B = {e2} (2.7) puts two of organisation 0 on A. Under the rule A must take e2
  // (its only other candidate), which moves B to e3: A = {e0, e2}, B = {e3} = 1.3 is the unique optimum.
  const instance = withGroups(
    tableInstance(
      [
        [1.0, 0.9, 0.2, null],
        [null, null, 0.8, 0.1],
      ],
      { demand: [2, 1], capacity: 1 },
    ),
    [0, 0, 1, 2],
  );

  it('breaks the rule nowhere and finds the optimum that moves another panel, with its bound', () => {
    const free = solveAssignment({ ...instance, maxPerGroup: undefined });
    expect(free.objective).toBeCloseTo(2.7, 12);
    expect(validateAssignment(instance, free.chosenEdges)).toBe(1); // the relaxation breaks the rule on bid A
    const result = solveAssignment(instance);
    expect(experts(instance, result.chosenEdges)).toEqual([0, 2, 3]);
    expect(result.objective).toBeCloseTo(1.3, 12);
    expect(result.feasible).toBe(true);
    expect(validateAssignment(instance, result.chosenEdges)).toBe(0);
    expect(result.upperBound).toBeGreaterThanOrEqual(result.objective - 1e-12);
    expect(result.upperBound).toBeLessThanOrEqual(result.objective * (1 + 1e-4));
  });

  it('is exact when the rule does not bind: the same assignment as without it, upperBound = objective', () => {
    const loose = { ...instance, maxPerGroup: 2 };
    const result = solveAssignment(loose);
    const free = solveAssignment({ ...instance, maxPerGroup: undefined });
    expect([...result.chosenEdges]).toEqual([...free.chosenEdges]);
    expect(result.upperBound).toBe(result.objective);
    // Experts in no group (−1) are never limited.
    const ungrouped = withGroups(tableInstance([[0.9, 0.8, 0.7]], { demand: 3, capacity: 1 }), [-1, -1, -1]);
    expect(solveAssignment(ungrouped)).toMatchObject({ feasible: true, upperBound: expect.closeTo(2.4, 12) });
  });

  it('leaves a seat empty rather than break the rule, and reports no bound for fewer seats', () => {
    // One bid needs 2, both candidates are of organisation 0: one seat stays empty.
    const short = withGroups(tableInstance([[0.9, 0.8, null]], { demand: 2, capacity: 1 }), [0, 0, 1]);
    const result = solveAssignment(short);
    expect(result).toMatchObject({ feasible: false, shortfall: 1 });
    expect(result.objective).toBeCloseTo(0.9, 12);
    expect(result.upperBound).toBeUndefined();
    expect(validateAssignment(short, result.chosenEdges, { allowShortfall: true })).toBe(0);
    // Caps and the rule together: e2 (the only other organisation) can serve one of the two bids.
    const both = withGroups(tableInstance([[0.9, 0.8, 0.5], [0.7, 0.6, 0.4]], { demand: 2, capacity: [2, 2, 1] }), [0, 0, 1]);
    const shared = solveAssignment(both);
    expect(shared.shortfall).toBe(1);
    expect(shared.objective).toBeCloseTo(0.9 + 0.5 + 0.7, 12);
    expect(validateAssignment(both, shared.chosenEdges, { allowShortfall: true })).toBe(0);
  });

  it('keeps the expert that cannot be replaced when two of one organisation compete for a panel', () => {
    // Roles: e0 is the bid's only finance expert (role 1); e1, e2 technical (role 0). e0 and e1 share organisation 0,
    // e1 is the better technical expert. Keeping e1 would leave the finance seat empty: e0 must stay, e2 goes in.
    const mixed: AssignmentInstance = {
      bidCount: 1,
      expertCount: 3,
      roleCount: 2,
      expertRole: Uint8Array.from([1, 0, 0]),
      expertCapacity: Int32Array.from([1, 1, 1]),
      bidRoleDemand: Int32Array.from([1, 1]),
      edgeStart: Int32Array.from([0, 3]),
      edgeExpert: Int32Array.from([0, 1, 2]),
      edgeAffinity: Float64Array.from([0.2, 1.0, 0.1]),
      expertGroup: Int32Array.from([0, 0, 1]),
      maxPerGroup: 1,
    };
    const result = solveAssignment(mixed);
    expect(experts(mixed, result.chosenEdges)).toEqual([0, 2]);
    expect(result.feasible).toBe(true);
  });

  it('replays a random draw identically from its seed, and draws differently from another', () => {
    const instance = { ...randomInstance(11, { maxBids: 30, maxExperts: 40, maxRoles: 2 }) };
    const grouped = { ...instance, expertGroup: Int32Array.from({ length: instance.expertCount }, (_, e) => e % 4), maxPerGroup: 1 };
    const first = solveAssignment(grouped, { kind: 'random', seed: 20260301 });
    const again = solveAssignment(grouped, { kind: 'random', seed: 20260301 });
    expect([...again.chosenEdges]).toEqual([...first.chosenEdges]);
    expect(again.objective).toBe(first.objective);
    expect([...solveAssignment(grouped, { kind: 'random', seed: 20260302 }).chosenEdges]).not.toEqual([...first.chosenEdges]);
    expect(validateAssignment(grouped, first.chosenEdges, { allowShortfall: true })).toBe(0);
    expect(first.upperBound).toBeUndefined(); // a draw's bound would be on its priorities, not on affinity
    expect(first.shortfall).toBe(solveAssignment(grouped).shortfall);
  });

  it('never breaks the rule in any mode, on 150 random instances where it binds', () => {
    let binding = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const instance = diverseInstance(seed);
      if (validateAssignment(instance, solveAssignment({ ...instance, maxPerGroup: undefined }).chosenEdges, { allowShortfall: true }) > 0) binding++;
      const optimal = solveAssignment(instance);
      for (const mode of [{ kind: 'optimal' }, { kind: 'fair' }, { kind: 'random', seed }] as const) {
        const result = mode.kind === 'optimal' ? optimal : solveAssignment(instance, mode);
        expect({ seed, mode: mode.kind, report: checkAssignment(instance, result.chosenEdges, { allowShortfall: true }) }).toEqual({ seed, mode: mode.kind, report: { violations: 0, messages: [] } });
        let demand = 0;
        for (const d of instance.bidRoleDemand) demand += d;
        expect(result.chosenEdges.length).toBe(demand - result.shortfall);
      }
      if (optimal.upperBound !== undefined) expect(optimal.upperBound).toBeGreaterThanOrEqual(optimal.objective - 1e-9);
    }
    expect(binding).toBeGreaterThan(75); // the generator must make the rule bind
  });

  it('refuses a malformed rule, naming the field', () => {
    const base = tableInstance([[0.5, 0.4]], { demand: 1, capacity: 1 });
    expect(() => solveAssignment({ ...base, expertGroup: Int32Array.from([0, 1]), maxPerGroup: 0 })).toThrow(/maxPerGroup/);
    expect(() => solveAssignment({ ...base, expertGroup: Int32Array.from([0, 1]), maxPerGroup: 1.5 })).toThrow(/maxPerGroup/);
    expect(() => solveAssignment({ ...base, maxPerGroup: 1 })).toThrow(/expertGroup/);
    expect(() => solveAssignment({ ...base, expertGroup: Int32Array.from([0]), maxPerGroup: 1 })).toThrow(/expertGroup: length 1, expected expertCount 2/);
  });
});
