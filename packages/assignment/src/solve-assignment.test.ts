import { describe, expect, it } from 'vitest';
import type { AssignmentInstance } from './instance.ts';
import { fairnessUpperBound, solveAssignment } from './solve-assignment.ts';
import { randomInstance, tableInstance } from './testing/random-instance.ts';
import { validateAssignment } from './validate-assignment.ts';

const chosenExperts = (instance: AssignmentInstance, chosen: Int32Array): number[][] => {
  const panels: number[][] = Array.from({ length: instance.bidCount }, () => []);
  for (let b = 0; b < instance.bidCount; b++) for (let j = instance.edgeStart[b]!; j < instance.edgeStart[b + 1]!; j++) if (chosen.includes(j)) panels[b]!.push(instance.edgeExpert[j]!);
  return panels;
};

describe('solveAssignment (optimal)', () => {
  it('gives up the locally best expert when that frees a better total (needs an augmenting path)', () => {
    // Greedy takes bid 0 → expert 0 (1.0) and leaves bid 1 with expert 1 (0.1): 1.1. The optimum swaps: 0.9 + 0.8.
    const instance = tableInstance(
      [
        [1.0, 0.9],
        [0.8, 0.1],
      ],
      { demand: 1, capacity: 1 },
    );
    const result = solveAssignment(instance);
    expect(result.objective).toBeCloseTo(1.7, 12);
    expect(chosenExperts(instance, result.chosenEdges)).toEqual([[1], [0]]);
    expect(result.feasible).toBe(true);
    expect(validateAssignment(instance, result.chosenEdges)).toBe(0);
  });

  it('never assigns a conflicted expert (a missing edge), even when that expert is best everywhere', () => {
    const instance = tableInstance(
      [
        [null, 0.2, 0.1],
        [1.0, 0.3, null],
      ],
      { demand: 2, capacity: 2 },
    );
    const result = solveAssignment(instance);
    expect(chosenExperts(instance, result.chosenEdges)).toEqual([[1, 2], [0, 1]]);
    expect(result.objective).toBeCloseTo(1.6, 12);
  });

  it('fills per-role quotas: 2 technical + 1 finance, no finance expert on a technical seat', () => {
    // Experts 0–2 technical (role 0), 3–4 finance (role 1); the finance expert 3 has the highest affinity overall.
    const instance: AssignmentInstance = {
      bidCount: 1,
      expertCount: 5,
      roleCount: 2,
      expertRole: Uint8Array.from([0, 0, 0, 1, 1]),
      expertCapacity: Int32Array.from([1, 1, 1, 1, 1]),
      bidRoleDemand: Int32Array.from([2, 1]),
      edgeStart: Int32Array.from([0, 5]),
      edgeExpert: Int32Array.from([0, 1, 2, 3, 4]),
      edgeAffinity: Float64Array.from([0.5, 0.2, 0.4, 0.9, 0.8]),
    };
    const result = solveAssignment(instance);
    expect([...result.chosenEdges]).toEqual([0, 2, 3]);
    expect(result.objective).toBeCloseTo(1.8, 12);
  });

  it('reports the shortfall and still maximises seats first, then affinity, when the pool is too small', () => {
    // Two bids want 2 each; three experts of cap 1 → one seat stays empty. Best: fill 3 seats with the top total.
    const instance = tableInstance(
      [
        [0.9, 0.8, null],
        [0.7, null, 0.1],
      ],
      { demand: 2, capacity: 1 },
    );
    const result = solveAssignment(instance);
    expect(result.feasible).toBe(false);
    expect(result.shortfall).toBe(1);
    expect(result.objective).toBeCloseTo(0.9 + 0.8 + 0.1, 12);
    expect(validateAssignment(instance, result.chosenEdges, { allowShortfall: true })).toBe(0);
    expect(validateAssignment(instance, result.chosenEdges)).toBe(1);
  });

  it('handles empty instances and zero demands', () => {
    const empty = tableInstance([], { demand: 0, capacity: 0 });
    expect(solveAssignment(empty)).toMatchObject({ feasible: true, shortfall: 0, objective: 0 });
    const idle = tableInstance([[0.5, 0.7]], { demand: 0, capacity: 1 });
    expect(solveAssignment(idle).chosenEdges).toHaveLength(0);
  });
});

describe('solveAssignment (random, 专家抽取)', () => {
  it('replays the identical draw from the same seed and draws differently from another', () => {
    const instance = randomInstance(11, { maxBids: 30, maxExperts: 40, maxRoles: 2 });
    const first = solveAssignment(instance, { kind: 'random', seed: 20260301 });
    const again = solveAssignment(instance, { kind: 'random', seed: 20260301 });
    expect([...again.chosenEdges]).toEqual([...first.chosenEdges]);
    expect(again.objective).toBe(first.objective);
    const other = solveAssignment(instance, { kind: 'random', seed: 20260302 });
    expect([...other.chosenEdges]).not.toEqual([...first.chosenEdges]);
    // A draw fills as many seats as the optimum does: randomness never costs a seat.
    expect(first.shortfall).toBe(solveAssignment(instance).shortfall);
    expect(validateAssignment(instance, first.chosenEdges, { allowShortfall: true })).toBe(0);
  });

  it('picks each of four eligible experts about a quarter of the time, whatever their affinity', () => {
    const instance = tableInstance([[1, 0.5, 0.25, 0]], { demand: 1, capacity: 1 });
    const counts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) counts[solveAssignment(instance, { kind: 'random', seed }).chosenEdges[0]!]!++;
    for (const count of counts) expect(count).toBeGreaterThan(850); // expected 1000, sd ≈ 27
  });

  // The marginal probabilities the draw gives (documented in solveAssignment; no cap on them yet).
  const marginals = (instance: AssignmentInstance, draws: number): number[] => {
    const counts = new Array<number>(instance.edgeExpert.length).fill(0);
    for (let seed = 0; seed < draws; seed++) for (const j of solveAssignment(instance, { kind: 'random', seed }).chosenEdges) counts[j]!++;
    return counts.map((count) => count / draws);
  };

  it('gives each eligible expert demand ÷ eligible of a lone bid, whatever their affinities', () => {
    const shares = marginals(tableInstance([[0.9, 0.1, 0.5, 0.3, 0.7, 0.2]], { demand: 2, capacity: 1 }), 6000);
    for (const share of shares) expect(share).toBeCloseTo(1 / 3, 1); // sd ≈ 0.006
  });

  it('draws an uncontested expert more often than the quota implies when caps bind (no marginal cap)', () => {
    // Bid A may take x or y, bid B x, y or z; one seat each, caps 1. Quotas imply ½ for A's experts and ⅓ for B's,
    // but z is B's only expert nobody else wants: drawn for B in ≈ 43 % of draws, x and y in ≈ 28 % each.
    const [ax, ay, bx, by, bz] = marginals(tableInstance([[0.5, 0.5, null], [0.5, 0.5, 0.5]], { demand: 1, capacity: 1 }), 8000);
    expect(ax! + ay!).toBe(1);
    expect(ax).toBeCloseTo(0.5, 1);
    expect(bx).toBeGreaterThan(0.25);
    expect(bx).toBeLessThan(0.31);
    expect(by).toBeGreaterThan(0.25);
    expect(by).toBeLessThan(0.31);
    expect(bz).toBeGreaterThan(0.4);
    expect(bz).toBeLessThan(0.47);
  });
});

describe('solveAssignment (fair)', () => {
  it('trades total affinity for a better worst-off bid', () => {
    // Optimal: bid 0 → e0 (1.0), bid 1 → e2 (0.3): total 1.3, worst bid 0.3.
    // Fair: bid 0 → e1 (0.4), bid 1 → e0 (0.5): total 0.9, worst bid 0.4.
    const instance = tableInstance(
      [
        [1.0, 0.4, null],
        [0.5, null, 0.3],
      ],
      { demand: 1, capacity: 1 },
    );
    expect(solveAssignment(instance).minBidAffinity).toBeCloseTo(0.3, 12);
    const fair = solveAssignment(instance, { kind: 'fair' });
    expect(fair.minBidAffinity).toBeCloseTo(0.4, 12);
    expect(fair.objective).toBeCloseTo(0.9, 12);
    expect(fair.fairnessBound).toBeCloseTo(0.5, 12);
  });

  it('is never worse than the optimum on the worst-off bid, stays under its bound and is valid', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const instance = randomInstance(seed);
      const optimal = solveAssignment(instance);
      const fair = solveAssignment(instance, { kind: 'fair' });
      expect(fair.shortfall).toBe(optimal.shortfall);
      expect(fair.minBidAffinity!).toBeGreaterThanOrEqual(optimal.minBidAffinity! - 1e-12);
      if (fair.feasible) expect(fair.minBidAffinity!).toBeLessThanOrEqual(fairnessUpperBound(instance) + 1e-12);
      expect(fair.objective).toBeLessThanOrEqual(optimal.objective + 1e-9);
      expect(validateAssignment(instance, fair.chosenEdges, { allowShortfall: true })).toBe(0);
    }
  });
});
