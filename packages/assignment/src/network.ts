import type { AssignmentInstance } from './instance.ts';

/**
 * The assignment network in the solver's own layout, built once per component and shared by the max-flow, shortest-path
 * and primal–dual stages (min-cost-flow.ts): node u = bid * roleCount + role (supply = demand), expert e (capacity =
 * load cap), a sink and, when not every seat can be filled, a spare node. Each candidate edge becomes a "permuted"
 * edge p, grouped by u (uStart), with its expert, its u, its instance index and an integer cost ≥ 0.
 *
 * Costs are exact integers held in doubles: cost = (max affinity − affinity) × scale, rounded (see costScale).
 */
export interface AssignmentNetwork {
  uCount: number;
  expertCount: number;
  edgeCount: number;
  /** Units each u must send (demands clamped at 0), and their sum. */
  demand: Int32Array;
  totalDemand: number;
  /** Load caps clamped at 0. */
  capacity: Int32Array;
  uStart: Int32Array;
  pExpert: Int32Array;
  pU: Int32Array;
  /** Permuted edge → instance edge. */
  original: Int32Array;
  cost: Float64Array;
  maxCost: number;
  /** Affinity units per cost unit is 1 / scale; `exact` says the rounding lost nothing (a grid was found). */
  scale: number;
  exact: boolean;
  /** Each expert's assigned edges fit in slots slotStart[e] .. slotStart[e + 1] (min(cap, degree) of them). */
  slotStart: Int32Array;
}

/** Edges by expert (CSR of permuted edge ids), built only by the stages that walk an expert's edges. */
export interface ExpertEdges {
  start: Int32Array;
  edges: Int32Array;
}

/**
 * The cost scale. Every distance and potential stays an exact integer when the costs' range times (totalDemand + 2)
 * is below 2^49 (a shortest path has at most totalDemand + 1 arcs in the cost direction; the stages throw rather than
 * leave the range). Within that budget:
 * - if every affinity is a multiple of 10^-d (d ≤ 6: the generator's thousandths, ratings in hundredths) or of 2^-k
 *   (k ≤ 40: the real data's quarters, the random draw's 2^-32 steps), the smallest such grid is used, so costs are
 *   the exact integer differences and the result is the exact optimum;
 * - otherwise the largest power of two fits, each cost is off by at most 1/(2·scale), and the result is within
 *   totalDemand/scale of the optimum (still the optimum whenever totals that differ do so by more than that).
 */
/** 10^0..10^6 and 2^1..2^40, ascending: the first grid that fits is the smallest. */
const GRID_SCALES = [...Array.from({ length: 7 }, (_, d) => 10 ** d), ...Array.from({ length: 40 }, (_, k) => 2 ** (k + 1))].sort((a, b) => a - b);

export function costScale(affinity: Float64Array, minA: number, maxA: number, totalDemand: number): { scale: number; exact: boolean } {
  const range = maxA - minA;
  if (!(range > 0)) return { scale: 1, exact: true };
  const budget = 2 ** 49 / (totalDemand + 2);
  const fits = (scale: number): boolean => range * scale <= budget;
  const onGrid = (scale: number): boolean => {
    for (let j = 0; j < affinity.length; j++) {
      const a = affinity[j]!;
      if (Math.round(a * scale) / scale !== a) return false;
    }
    return true;
  };
  for (const scale of GRID_SCALES) {
    if (!fits(scale)) break;
    if (onGrid(scale)) return { scale, exact: true };
  }
  const exponent = Math.min(40, Math.floor(Math.log2(budget / range)));
  return { scale: 2 ** exponent, exact: false };
}

export function buildNetwork(instance: AssignmentInstance, affinity: Float64Array): AssignmentNetwork {
  const { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert } = instance;
  const edgeCount = edgeStart[bidCount]!;
  const uCount = bidCount * roleCount;

  let minA = Infinity;
  let maxA = -Infinity;
  for (let j = 0; j < edgeCount; j++) {
    const a = affinity[j]!;
    if (!Number.isFinite(a)) throw new Error(`edge ${j}: affinity ${a} is not a finite number`);
    if (a < minA) minA = a;
    if (a > maxA) maxA = a;
  }
  const demand = new Int32Array(uCount);
  let totalDemand = 0;
  for (let u = 0; u < uCount; u++) totalDemand += demand[u] = Math.max(0, bidRoleDemand[u]!);
  const capacity = new Int32Array(expertCount);
  for (let e = 0; e < expertCount; e++) capacity[e] = Math.max(0, expertCapacity[e]!);
  const { scale, exact } = edgeCount > 0 ? costScale(affinity.subarray(0, edgeCount), minA, maxA, totalDemand) : { scale: 1, exact: true };

  // Group each bid's edges by the expert's role: u owns permuted edges uStart[u] .. uStart[u + 1].
  const uStart = new Int32Array(uCount + 1);
  for (let b = 0; b < bidCount; b++) {
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) uStart[b * roleCount + expertRole[edgeExpert[j]!]! + 1]!++;
  }
  for (let u = 0; u < uCount; u++) uStart[u + 1]! += uStart[u]!;
  const fill = uStart.slice(0, uCount);
  const original = new Int32Array(edgeCount);
  const pExpert = new Int32Array(edgeCount);
  const pU = new Int32Array(edgeCount);
  const cost = new Float64Array(edgeCount);
  const top = exact ? Math.round(maxA * scale) : 0;
  let maxCost = 0;
  for (let b = 0; b < bidCount; b++) {
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) {
      const e = edgeExpert[j]!;
      const u = b * roleCount + expertRole[e]!;
      const p = fill[u]!++;
      original[p] = j;
      pExpert[p] = e;
      pU[p] = u;
      const c = exact ? top - Math.round(affinity[j]! * scale) : Math.round((maxA - affinity[j]!) * scale);
      cost[p] = c;
      if (c > maxCost) maxCost = c;
    }
  }

  const slotStart = new Int32Array(expertCount + 1);
  for (let p = 0; p < edgeCount; p++) slotStart[pExpert[p]! + 1]!++;
  for (let e = 0; e < expertCount; e++) slotStart[e + 1] = slotStart[e]! + Math.min(capacity[e]!, slotStart[e + 1]!);
  return { uCount, expertCount, edgeCount, demand, totalDemand, capacity, uStart, pExpert, pU, original, cost, maxCost, scale, exact, slotStart };
}

export function expertEdges(net: AssignmentNetwork): ExpertEdges {
  const { expertCount, edgeCount, pExpert } = net;
  const start = new Int32Array(expertCount + 1);
  for (let p = 0; p < edgeCount; p++) start[pExpert[p]! + 1]!++;
  for (let e = 0; e < expertCount; e++) start[e + 1]! += start[e]!;
  const fill = start.slice(0, expertCount);
  const edges = new Int32Array(edgeCount);
  for (let p = 0; p < edgeCount; p++) edges[fill[pExpert[p]!]!++] = p;
  return { start, edges };
}
