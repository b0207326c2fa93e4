import { describe, expect, it } from 'vitest';
import { maximumFlow } from './max-flow.ts';
import { buildNetwork, expertEdges } from './network.ts';
import { randomInstance, tableInstance } from './testing/random-instance.ts';

const flowOf = (instance: Parameters<typeof buildNetwork>[0], keep?: Uint8Array) => {
  const net = buildNetwork(instance, instance.edgeAffinity);
  return maximumFlow(net, expertEdges(net), keep);
};

describe('maximumFlow', () => {
  it('finds the augmenting path a greedy start misses', () => {
    // Greedy gives bid 0 expert 0 and leaves bid 1 (which only knows expert 0) empty; the maximum moves bid 0 to 1.
    const result = flowOf(tableInstance([[0.5, 0.5], [0.5, null]], { demand: 1, capacity: 1 }));
    expect(result.value).toBe(2);
    expect([...result.flow]).toEqual([0, 1, 1]);
  });

  it('respects caps, demands and the edge mask', () => {
    const instance = tableInstance([[1, 1, 1], [1, 1, 1]], { demand: 2, capacity: [2, 1, 0] });
    expect(flowOf(instance).value).toBe(3);
    expect(flowOf(instance, Uint8Array.from([1, 0, 0, 1, 0, 0])).value).toBe(2);
    expect(flowOf(instance, new Uint8Array(6)).value).toBe(0);
  });

  it('equals a plain Ford–Fulkerson (one depth-first augmenting path per unit) on random instances', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const instance = randomInstance(seed);
      const net = buildNetwork(instance, instance.edgeAffinity);
      const { value, flow, load } = maximumFlow(net, expertEdges(net));
      expect({ seed, value }).toEqual({ seed, value: fordFulkerson(instance) });
      // The flow itself is valid: loads match the used edges and stay within caps.
      const counted = new Int32Array(instance.expertCount);
      flow.forEach((used, p) => void (used && counted[net.pExpert[p]!]!++));
      expect([...counted]).toEqual([...load]);
      load.forEach((units, e) => expect(units).toBeLessThanOrEqual(instance.expertCapacity[e]!));
    }
  });
});

/** Textbook maximum b-matching, written without the solver's data structures: edge lists and recursion. */
function fordFulkerson(instance: ReturnType<typeof randomInstance>): number {
  const { bidCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert } = instance;
  const used = new Set<number>(); // instance edges carrying a unit
  const load = new Array<number>(instance.expertCount).fill(0);
  const bidOf = (j: number): number => {
    let b = 0;
    while (edgeStart[b + 1]! <= j) b++;
    return b;
  };
  // From (bid, role) u, find an unused edge to an expert that has room, or whose user can move elsewhere.
  const augment = (u: number, seen: Set<number>): boolean => {
    const b = Math.floor(u / roleCount);
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) {
      const e = edgeExpert[j]!;
      if (used.has(j) || expertRole[e]! !== u % roleCount || seen.has(e)) continue;
      seen.add(e);
      if (load[e]! < expertCapacity[e]!) {
        used.add(j);
        load[e]!++;
        return true;
      }
      for (const k of [...used]) {
        if (edgeExpert[k] !== e) continue;
        const owner = bidOf(k) * roleCount + expertRole[e]!;
        used.delete(k);
        if (augment(owner, seen)) {
          used.add(j);
          return true;
        }
        used.add(k);
      }
    }
    return false;
  };
  let total = 0;
  for (let u = 0; u < bidCount * roleCount; u++) for (let unit = 0; unit < bidRoleDemand[u]!; unit++) if (augment(u, new Set())) total++;
  return total;
}
