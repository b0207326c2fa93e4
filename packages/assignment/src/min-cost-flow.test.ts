import { describe, expect, it } from 'vitest';
import type { AssignmentInstance } from './instance.ts';
import { type FlowStrategy, minCostAssignmentFlow } from './min-cost-flow.ts';
import { popularInstance, randomInstance } from './testing/random-instance.ts';

const total = (instance: AssignmentInstance, chosen: Uint8Array): number => chosen.reduce((sum, picked, j) => sum + (picked ? instance.edgeAffinity[j]! : 0), 0);

/** Two instances side by side (no shared expert), plus one bid with `orphanDemand` seats and no candidate at all. */
function union(a: AssignmentInstance, b: AssignmentInstance, orphanDemand: number): AssignmentInstance {
  const roleCount = Math.max(a.roleCount, b.roleCount);
  const demand = (x: AssignmentInstance): number[] => Array.from({ length: x.bidCount * roleCount }, (_, i) => {
    const [bid, role] = [Math.floor(i / roleCount), i % roleCount];
    return role < x.roleCount ? x.bidRoleDemand[bid * x.roleCount + role]! : 0;
  });
  const edges = a.edgeStart[a.bidCount]!;
  return {
    bidCount: a.bidCount + b.bidCount + 1,
    expertCount: a.expertCount + b.expertCount,
    roleCount,
    expertRole: Uint8Array.from([...a.expertRole, ...b.expertRole]),
    expertCapacity: Int32Array.from([...a.expertCapacity, ...b.expertCapacity]),
    bidRoleDemand: Int32Array.from([...demand(a), ...demand(b), orphanDemand, ...new Array<number>(roleCount - 1).fill(0)]),
    edgeStart: Int32Array.from([...a.edgeStart, ...[...b.edgeStart].slice(1).map((s) => s + edges), b.edgeStart[b.bidCount]! + edges]),
    edgeExpert: Int32Array.from([...a.edgeExpert, ...[...b.edgeExpert].map((e) => e + a.expertCount)]),
    edgeAffinity: Float64Array.from([...a.edgeAffinity, ...b.edgeAffinity]),
  };
}

describe('minCostAssignmentFlow', () => {
  it('solves a disjoint union as the sum of its parts, counting a bid without candidates as empty seats', () => {
    const strategies: FlowStrategy[] = ['auto', 'shortest-paths', 'primal-dual'];
    for (let seed = 1; seed <= 120; seed++) {
      const a = seed % 2 ? randomInstance(seed) : popularInstance(seed);
      const b = popularInstance(seed + 1000);
      const whole = union(a, b, 2);
      for (const strategy of strategies) {
        const [ra, rb, rw] = [minCostAssignmentFlow(a, a.edgeAffinity, strategy), minCostAssignmentFlow(b, b.edgeAffinity, strategy), minCostAssignmentFlow(whole, whole.edgeAffinity, strategy)];
        expect({ seed, strategy, shortfall: rw.shortfall }).toEqual({ seed, strategy, shortfall: ra.shortfall + rb.shortfall + 2 });
        const gap = Math.abs(total(whole, rw.chosen) - total(a, ra.chosen) - total(b, rb.chosen));
        expect({ seed, strategy, gap: gap <= 1e-9 }).toEqual({ seed, strategy, gap: true });
      }
    }
  });
});
