import type { AssignmentInstance, AssignmentMode, AssignmentResult } from './instance.ts';
import { minCostAssignmentFlow, unfillableSeats } from './min-cost-flow.ts';
import { mulberry32 } from './prng.ts';

/**
 * Solves an expert-assignment instance.
 *
 * - `optimal`: the exact maximum total affinity (see min-cost-flow.ts). When not every seat can be filled, the
 *   maximum number of seats is filled and, among those assignments, the total affinity is maximal; `shortfall`
 *   counts the empty seats.
 * - `random` (专家抽取): every candidate edge gets an independent priority drawn from mulberry32(seed), in edge
 *   order, and the assignment maximising the total priority is returned (with the same demands, caps and
 *   conflicts). "Uniform" here means exchangeable: the draw ignores affinity, and any relabelling of eligible
 *   experts that preserves the constraints is equally likely, so no expert is favoured; it is not a uniform
 *   sample over all feasible assignments (counting those is #P-hard). The same seed and instance replay the
 *   identical draw on every platform. `objective` is the true affinity of the drawn panels.
 * - `fair`: a documented heuristic for max–min per-bid affinity (NP-hard in general), see `solveFair`.
 */
export function solveAssignment(instance: AssignmentInstance, mode: AssignmentMode = { kind: 'optimal' }): AssignmentResult {
  const started = performance.now();
  if (mode.kind === 'fair') return { ...solveFair(instance), millis: performance.now() - started };
  let affinity = instance.edgeAffinity;
  if (mode.kind === 'random') {
    const prng = mulberry32(mode.seed);
    affinity = new Float64Array(affinity.length);
    for (let j = 0; j < affinity.length; j++) affinity[j] = prng.next();
  }
  const flow = minCostAssignmentFlow(instance, affinity);
  return { ...summarise(instance, flow.chosen, flow.shortfall), millis: performance.now() - started };
}

type Summary = Omit<AssignmentResult, 'millis'>;

function summarise(instance: AssignmentInstance, chosen: Uint8Array, shortfall: number): Summary {
  let count = 0;
  for (let j = 0; j < chosen.length; j++) count += chosen[j]!;
  const chosenEdges = new Int32Array(count);
  let objective = 0;
  for (let j = 0, k = 0; j < chosen.length; j++) {
    if (!chosen[j]) continue;
    chosenEdges[k++] = j;
    objective += instance.edgeAffinity[j]!;
  }
  return { feasible: shortfall === 0, shortfall, objective, chosenEdges, minBidAffinity: minBidAffinity(instance, chosen) };
}

/** The smallest total affinity of a bid's panel, over bids that demand at least one expert (0 when none do). */
export function minBidAffinity(instance: AssignmentInstance, chosen: Uint8Array): number {
  const { bidCount, roleCount, bidRoleDemand, edgeStart, edgeAffinity } = instance;
  let min = Infinity;
  for (let b = 0; b < bidCount; b++) {
    let demand = 0;
    for (let r = 0; r < roleCount; r++) demand += bidRoleDemand[b * roleCount + r]!;
    if (demand === 0) continue;
    let total = 0;
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) if (chosen[j]) total += edgeAffinity[j]!;
    if (total < min) min = total;
  }
  return min === Infinity ? 0 : min;
}

/** The instance restricted to the edges with keep[j] = 1, and the original index of each kept edge. */
function restrict(instance: AssignmentInstance, keep: Uint8Array): { sub: AssignmentInstance; originalEdge: Int32Array } {
  const { bidCount, edgeStart, edgeExpert, edgeAffinity } = instance;
  let count = 0;
  for (let j = 0; j < keep.length; j++) count += keep[j]!;
  const start = new Int32Array(bidCount + 1);
  const expert = new Int32Array(count);
  const affinity = new Float64Array(count);
  const originalEdge = new Int32Array(count);
  let k = 0;
  for (let b = 0; b < bidCount; b++) {
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) {
      if (!keep[j]) continue;
      expert[k] = edgeExpert[j]!;
      affinity[k] = edgeAffinity[j]!;
      originalEdge[k++] = j;
    }
    start[b + 1] = k;
  }
  return { sub: { ...instance, edgeStart: start, edgeExpert: expert, edgeAffinity: affinity }, originalEdge };
}

/** Upper bound on the max–min per-bid affinity: each bid's best panel of its own, ignoring load caps. */
export function fairnessUpperBound(instance: AssignmentInstance): number {
  const { bidCount, roleCount, expertRole, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity } = instance;
  let bound = Infinity;
  for (let b = 0; b < bidCount; b++) {
    let total = 0;
    let demanded = false;
    for (let r = 0; r < roleCount; r++) {
      const want = bidRoleDemand[b * roleCount + r]!;
      if (want <= 0) continue;
      demanded = true;
      const values: number[] = [];
      for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) if (expertRole[edgeExpert[j]!] === r) values.push(edgeAffinity[j]!);
      values.sort((x, y) => y - x);
      for (let i = 0; i < Math.min(want, values.length); i++) total += values[i]!;
    }
    if (demanded && total < bound) bound = total;
  }
  return bound === Infinity ? 0 : bound;
}

/**
 * Fair mode, a heuristic with a certified bound (max–min per-bid affinity is NP-hard, Garg et al. 2010):
 * 1. the bottleneck threshold τ* — the largest affinity value such that the edges with affinity ≥ τ* still fill as
 *    many seats as the whole instance can — found exactly by binary search over the distinct affinity values with
 *    a max-flow test (the same flow core with equal costs);
 * 2. the exact maximum total affinity using only edges ≥ τ* (so every seat's affinity is ≥ τ*, and every bid's
 *    total is ≥ its panel size × τ*);
 * 3. whichever of that and the unrestricted optimum has the larger worst-off bid (then the larger total).
 * Exact: τ* and the total given τ*. Not exact: the worst-off bid's total, which is reported (`minBidAffinity`)
 * next to an upper bound (`fairnessBound`, each bid's best panel ignoring load caps).
 */
function solveFair(instance: AssignmentInstance): Summary {
  const optimal = minCostAssignmentFlow(instance);
  const best = summarise(instance, optimal.chosen, optimal.shortfall);
  const fairnessBound = fairnessUpperBound(instance);
  const values = Float64Array.from(new Set(instance.edgeAffinity)).sort();
  const keep = new Uint8Array(instance.edgeAffinity.length);
  const fillsAsMany = (threshold: number): boolean => {
    for (let j = 0; j < keep.length; j++) keep[j] = instance.edgeAffinity[j]! >= threshold ? 1 : 0;
    const { sub } = restrict(instance, keep);
    return unfillableSeats(sub) === optimal.shortfall;
  };
  // values[lo] always passes (the smallest value keeps every edge); find the largest passing index.
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fillsAsMany(values[mid]!)) lo = mid;
    else hi = mid - 1;
  }
  if (values.length === 0 || lo === 0) return { ...best, fairnessBound };
  for (let j = 0; j < keep.length; j++) keep[j] = instance.edgeAffinity[j]! >= values[lo]! ? 1 : 0;
  const { sub, originalEdge } = restrict(instance, keep);
  const restricted = minCostAssignmentFlow(sub);
  const chosen = new Uint8Array(instance.edgeAffinity.length);
  for (let k = 0; k < originalEdge.length; k++) if (restricted.chosen[k]) chosen[originalEdge[k]!] = 1;
  const candidate = summarise(instance, chosen, restricted.shortfall);
  const better = candidate.minBidAffinity! > best.minBidAffinity! || (candidate.minBidAffinity === best.minBidAffinity && candidate.objective > best.objective);
  return { ...(better ? candidate : best), fairnessBound };
}
