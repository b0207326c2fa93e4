import { describe, expect, it } from 'vitest';
import { splitByComponent } from './components.ts';
import { generateSynthetic } from './generate.ts';
import { greedyAssignment } from './greedy.ts';
import { capFreeUpperBound, validateAssignmentIndependently } from './validate.ts';

const spec = { name: 'tiny', bids: 60, experts: 400, k: 20, seed: 7 };

describe('bench:assignment harness', () => {
  it('generates the same instance from the same seed, and a different one from another seed', () => {
    const a = generateSynthetic(spec).instance;
    const b = generateSynthetic(spec).instance;
    const c = generateSynthetic({ ...spec, seed: 8 }).instance;
    expect(b).toEqual(a);
    expect(c.edgeAffinity).not.toEqual(a.edgeAffinity);
  });

  it('keeps exactly the top-K non-conflicted experts of each bid’s whole row', () => {
    const { instance, conflicts, affinity } = generateSynthetic(spec);
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
      expect(kept.size).toBe(spec.k);
      for (let e = 0; e < instance.expertCount; e++) if (!kept.has(e) && !conflicts(b, e)) expect(affinity(b, e)).toBeLessThanOrEqual(weakestKept);
    }
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
    expect(validateAssignmentIndependently(instance, greedy.chosenEdges, greedy.objective, () => true).conflicted).toBe(greedy.chosenEdges.length);

    const tight = { ...instance, expertCapacity: new Int32Array(instance.expertCount) };
    expect(validateAssignmentIndependently(tight, greedy.chosenEdges, greedy.objective).overCap).toBe(greedy.chosenEdges.length);
    expect(capFreeUpperBound(instance)).toBeGreaterThanOrEqual(greedy.objective - 1e-9);
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
