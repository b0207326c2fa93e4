import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBidMatrix, singleRoleInstance } from './bid-matrix.ts';
import { solveAssignment } from './solve-assignment.ts';
import { highsReference } from './testing/highs-reference.ts';
import { randomInstance } from './testing/random-instance.ts';
import { validateAssignment } from './validate-assignment.ts';

const DATA = new URL('../../../bench/assignment/data/', import.meta.url);
const relativeGap = (ours: number, reference: number) => Math.abs(ours - reference) / Math.max(1, Math.abs(reference));

describe('solveAssignment against HiGHS', () => {
  it('equals the HiGHS LP optimum on 400 random small instances (conflicts, role quotas, caps, shortfalls)', async () => {
    let infeasible = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const instance = randomInstance(seed);
      const result = solveAssignment(instance);
      const reference = await highsReference(instance);
      let demand = 0;
      for (const d of instance.bidRoleDemand) demand += d;
      expect({ seed, shortfall: result.shortfall }).toEqual({ seed, shortfall: demand - reference.seats });
      expect({ seed, gap: relativeGap(result.objective, reference.objective) <= 1e-9 }).toEqual({ seed, gap: true });
      expect({ seed, violations: validateAssignment(instance, result.chosenEdges, { allowShortfall: true }) }).toEqual({ seed, violations: 0 });
      if (!result.feasible) infeasible++;
    }
    // The generator must exercise both sides.
    expect(infeasible).toBeGreaterThan(20);
    expect(infeasible).toBeLessThan(380);
  });

  it.each([
    ['aamas2016.in', 3, 12],
    ['aamas2016.in', 3, 9],
    ['preflib1.in', 3, 6],
    ['preflib2.in', 3, 7],
  ])('matches HiGHS on the real matrix %s (panel %i, cap %i)', async (file, panel, cap) => {
    const instance = singleRoleInstance(parseBidMatrix(readFileSync(new URL(file, DATA), 'utf8')), panel, cap);
    const result = solveAssignment(instance);
    const reference = await highsReference(instance);
    expect(result.feasible).toBe(true);
    expect(reference.seats).toBe(instance.bidCount * panel);
    expect(relativeGap(result.objective, reference.objective)).toBeLessThanOrEqual(1e-9);
    expect(validateAssignment(instance, result.chosenEdges)).toBe(0);
  });
});
