import { describe, expect, it } from 'vitest';
import { splitByComponent } from './components.ts';
import { generateSynthetic } from './generate.ts';
import { greedyAssignment } from './greedy.ts';
import { capFreeUpperBound, pairsOverCap, validateAssignmentIndependently } from './validate.ts';

const spec = { name: 'tiny', bids: 60, experts: 400, k: 20, seed: 7 };

/** Each bid keeps exactly k non-conflicted experts, with their true affinity, and none left out beats them. */
function expectTopK({ instance, conflicts, affinity }: Pick<ReturnType<typeof generateSynthetic>, 'instance' | 'conflicts' | 'affinity'>, k: number): void {
  for (let b = 0; b < instance.bidCount; b++) {
    const kept = new Set<number>();
    let weakestKept = Infinity;
    for (let edge = instance.edgeStart[b]!; edge < instance.edgeStart[b + 1]!; edge++) {
      const e = instance.edgeExpert[edge]!;
      kept.add(e);
      expect(conflicts(b, e)).toBe(false);
      expect(instance.edgeAffinity[edge]).toBe(affinity(b, e));
      weakestKept = Math.min(weakestKept, instance.edgeAffinity[edge]!);
    }
    expect(kept.size).toBe(k);
    for (let e = 0; e < instance.expertCount; e++) if (!kept.has(e) && !conflicts(b, e)) expect(affinity(b, e)).toBeLessThanOrEqual(weakestKept);
  }
}

describe('bench:assignment harness', () => {
  it('generates the same instance from the same seed, and a different one from another seed', () => {
    const a = generateSynthetic(spec).instance;
    const b = generateSynthetic(spec).instance;
    const c = generateSynthetic({ ...spec, seed: 8 }).instance;
    expect(b).toEqual(a);
    expect(c.edgeAffinity).not.toEqual(a.edgeAffinity);
  });

  it('keeps exactly the top-K non-conflicted experts of each bid’s whole row', () => {
    expectTopK(generateSynthetic(spec), spec.k);
  });

  it('popular regime: cap 1, each field’s experts match its seats role by role, the top-K of a shared ranking', () => {
    const popular = { ...spec, bids: 80, regime: 'popular' as const }; // experts = 5 × bids, as at S, M and L
    const { instance, conflicts, affinity } = generateSynthetic(popular);
    expect(generateSynthetic(popular).instance).toEqual(instance);
    expect(instance.edgeAffinity).not.toEqual(generateSynthetic({ ...popular, regime: 'clustered' }).instance.edgeAffinity);
    expect([...new Set(instance.expertCapacity)]).toEqual([1]);
    const fieldSize = 10 * spec.k;
    const fields = spec.experts / fieldSize;
    for (let field = 0; field < fields; field++) {
      const supply = [0, 0, 0];
      for (let e = field * fieldSize; e < (field + 1) * fieldSize; e++) supply[instance.expertRole[e]!]!++;
      const demand = [0, 0, 0];
      for (let b = field; b < instance.bidCount; b += fields) for (let r = 0; r < 3; r++) demand[r]! += instance.bidRoleDemand[b * 3 + r]!;
      expect(supply).toEqual(demand);
    }
    expectTopK({ instance, conflicts, affinity }, spec.k);
  });

  it('the independent validator counts every kind of violation', () => {
    const generated = generateSynthetic(spec);
    const { conflicts } = generated;
    const instance = { ...generated.instance, expertCapacity: new Int32Array(spec.experts).fill(10) };
    const greedy = greedyAssignment(instance);
    expect(greedy.shortfall).toBe(0);
    expect(validateAssignmentIndependently(instance, greedy.chosenEdges, greedy.objective, conflicts).total).toBe(0);

    const dropped = greedy.chosenEdges.slice(1);
    const v1 = validateAssignmentIndependently(instance, dropped, greedy.objective - instance.edgeAffinity[greedy.chosenEdges[0]!]!);
    expect(v1.demandMismatch).toBe(1);
    expect(v1.total).toBe(1);

    const repeated = Int32Array.from([...greedy.chosenEdges, greedy.chosenEdges[0]!, -1, 1e9]);
    expect(validateAssignmentIndependently(instance, repeated, greedy.objective).notCandidate).toBe(3);

    expect(validateAssignmentIndependently(instance, greedy.chosenEdges, greedy.objective + 1).objectiveMismatch).toBe(1);
    // A reported shortfall must match the empty seats exactly.
    expect(validateAssignmentIndependently(instance, dropped, v1.objective, undefined, 1).total).toBe(0);
    expect(validateAssignmentIndependently(instance, dropped, v1.objective, undefined, 2).demandMismatch).toBe(1);
    expect(validateAssignmentIndependently(instance, greedy.chosenEdges, greedy.objective, () => true).conflicted).toBe(greedy.chosenEdges.length);

    const tight = { ...instance, expertCapacity: new Int32Array(instance.expertCount) };
    expect(validateAssignmentIndependently(tight, greedy.chosenEdges, greedy.objective).overCap).toBe(greedy.chosenEdges.length);
    expect(capFreeUpperBound(instance)).toBeGreaterThanOrEqual(greedy.objective - 1e-9);
  });

  it('diverse regime: the clustered model with 50 organisations as groups, at most one per panel', () => {
    const diverse = generateSynthetic({ ...spec, regime: 'diverse' });
    const { instance } = diverse;
    expect(instance.maxPerGroup).toBe(1);
    expect(instance.expertGroup).toHaveLength(instance.expertCount);
    expect(new Set(instance.expertGroup).size).toBeLessThanOrEqual(50);
    expect(generateSynthetic({ ...spec, regime: 'diverse' }).instance).toEqual(instance);
    // Without a rule the panels are the clustered regime's kind: greedy seats two of one organisation somewhere.
    const greedy = greedyAssignment({ ...instance, maxPerGroup: undefined });
    const over = pairsOverCap(instance, greedy.chosenEdges);
    expect(over).toBeGreaterThan(0);
    const v = validateAssignmentIndependently(instance, greedy.chosenEdges, greedy.objective, diverse.conflicts, greedy.shortfall);
    expect(v.groupOverCap).toBeGreaterThanOrEqual(over);
    expect(v.total).toBe(v.groupOverCap);
    expect(pairsOverCap({ ...instance, maxPerGroup: undefined }, greedy.chosenEdges)).toBe(0);
    // Components keep the groups, so HiGHS's by-component reference keeps the rule's rows.
    for (const part of splitByComponent(instance)) {
      expect(part.maxPerGroup).toBe(1);
      expect(part.expertGroup).toHaveLength(part.expertCount);
    }
  });

  it('splits into independent components that together hold every bid, expert seat and edge', () => {
    const { instance } = generateSynthetic(spec);
    const parts = splitByComponent(instance);
    expect(parts.length).toBe(2);
    expect(parts.reduce((n, p) => n + p.bidCount, 0)).toBe(instance.bidCount);
    expect(parts.reduce((n, p) => n + p.edgeStart[p.bidCount]!, 0)).toBe(instance.edgeStart[instance.bidCount]);
    expect(parts.reduce((n, p) => n + capFreeUpperBound(p), 0)).toBeCloseTo(capFreeUpperBound(instance), 9);
  });
});
