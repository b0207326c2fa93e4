import type { AssignmentInstance, AssignmentMode, AssignmentResult } from './instance.ts';
import { maximumFlow } from './max-flow.ts';
import { diverseAssignmentFlow } from './diversity.ts';
import { type DiversityRule, diversityRule } from './group-pairs.ts';
import { type FlowSolution, minCostAssignmentFlow } from './min-cost-flow.ts';
import { buildNetwork, expertEdges } from './network.ts';
import { mulberry32 } from './prng.ts';

/**
 * Solves an expert-assignment instance.
 *
 * - `optimal`: the exact maximum total affinity (see min-cost-flow.ts). When not every seat can be filled, the
 *   maximum number of seats is filled and, among those assignments, the total affinity is maximal; `shortfall`
 *   counts the empty seats.
 * - `random` (专家抽取): every candidate edge gets an independent priority drawn from mulberry32(seed), in edge
 *   order, and the assignment maximising the total priority is returned (with the same demands, caps and
 *   conflicts; it fills as many seats as the optimum). "Uniform" here means exchangeable: the draw ignores affinity,
 *   and any relabelling of eligible experts that preserves the constraints is equally likely, so no expert is
 *   favoured; it is not a uniform sample over all feasible assignments (counting those is #P-hard). The same seed
 *   and instance replay the identical draw on every platform. `objective` is the true affinity of the drawn panels.
 *   Marginals (tested): a (bid, role) whose experts nobody else competes for draws each of its n eligible experts
 *   with probability demand ÷ n. When load caps bind, an expert that fewer bids can use is drawn more often than
 *   that for the bids that can (e.g. ≈ 43 % instead of ⅓), and an expert that is some bid's only option is always
 *   drawn for it. There is no cap on a pair's marginal probability: that needs a fractional assignment with capped
 *   marginals (an LP) and a Birkhoff–von Neumann-style sampler (Jecmen et al. 2020), which is not implemented.
 * - `fair`: a documented heuristic for max–min per-bid affinity (NP-hard in general), see `solveFair`.
 *
 * With a panel-diversity rule (`maxPerGroup`, see instance.ts) every mode solves through diversity.ts: the result
 * never breaks the rule; it is exact when the rule binds nowhere, and otherwise a feasible assignment with, in
 * optimal mode, a proven `upperBound` (reported when it fills as many seats as the rule-free relaxation).
 */
export function solveAssignment(instance: AssignmentInstance, mode: AssignmentMode = { kind: 'optimal' }): AssignmentResult {
  const started = performance.now();
  const rule = diversityRule(instance);
  if (mode.kind === 'fair') return { ...solveFair(instance, rule), millis: performance.now() - started };
  let affinity = instance.edgeAffinity;
  if (mode.kind === 'random') {
    const prng = mulberry32(mode.seed);
    affinity = new Float64Array(affinity.length);
    for (let j = 0; j < affinity.length; j++) affinity[j] = prng.next();
  }
  if (!rule) {
    const flow = minCostAssignmentFlow(instance, affinity);
    return { ...summarise(instance, flow.chosen, flow.shortfall), millis: performance.now() - started };
  }
  // The bound is on the weights solved: the affinity in optimal mode only (a draw maximises its priorities).
  const flow = diverseAssignmentFlow(instance, affinity, rule);
  const summary = summarise(instance, flow.chosen, flow.shortfall);
  const upperBound = mode.kind !== 'optimal' || flow.upperBound === null ? {} : { upperBound: flow.exact ? summary.objective : Math.max(summary.objective, flow.upperBound) };
  return { ...summary, ...upperBound, millis: performance.now() - started };
}

/** The flow of one solve: the network optimum, or under a diversity rule the rule-abiding heuristic. */
function solveFlow(instance: AssignmentInstance, rule: DiversityRule | null): FlowSolution {
  return rule ? diverseAssignmentFlow(instance, instance.edgeAffinity, rule) : minCostAssignmentFlow(instance);
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

/** Upper bound on the max–min per-bid affinity: each bid's best panel of its own, ignoring load caps. */
export function fairnessUpperBound(instance: AssignmentInstance): number {
  const { bidCount, roleCount, expertRole, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity } = instance;
  let maxDemand = 0;
  for (let u = 0; u < bidCount * roleCount; u++) maxDemand = Math.max(maxDemand, bidRoleDemand[u]!);
  // Per role, the best `demand` affinities of the bid so far, in descending order (panels are small: insertion).
  const best = new Float64Array(roleCount * maxDemand);
  const size = new Int32Array(roleCount);
  let bound = Infinity;
  for (let b = 0; b < bidCount; b++) {
    size.fill(0);
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) {
      const r = expertRole[edgeExpert[j]!]!;
      const want = bidRoleDemand[b * roleCount + r]!;
      if (want <= 0) continue;
      const a = edgeAffinity[j]!;
      const base = r * maxDemand;
      let n = size[r]!;
      if (n === want && a <= best[base + n - 1]!) continue;
      if (n < want) size[r] = ++n;
      let i = n - 1;
      while (i > 0 && best[base + i - 1]! < a) {
        best[base + i] = best[base + i - 1]!;
        i--;
      }
      best[base + i] = a;
    }
    let total = 0;
    let demanded = false;
    for (let r = 0; r < roleCount; r++) {
      if (bidRoleDemand[b * roleCount + r]! <= 0) continue;
      demanded = true;
      for (let i = 0; i < size[r]!; i++) total += best[r * maxDemand + i]!;
    }
    if (demanded && total < bound) bound = total;
  }
  return bound === Infinity ? 0 : bound;
}

/**
 * Fair mode, a heuristic with a certified bound (max–min per-bid affinity is NP-hard, Garg et al. 2010):
 * 1. the bottleneck threshold τ* — the largest affinity value such that the edges with affinity ≥ τ* still fill as
 *    many seats as the whole instance can — found exactly by a search over the distinct affinity values with a
 *    maximum-flow test (max-flow.ts) on one network, the edges below the probe masked out. The optimal assignment
 *    fills that many seats with edges no worse than its own worst chosen edge, so the search starts there; its first
 *    probe is the next value up (τ* is often right there), and a probe whose kept edges leave too few usable seats
 *    on either side fails without a flow;
 * 2. the exact maximum total affinity using only edges ≥ τ* (so every seat's affinity is ≥ τ*, and every bid's
 *    total is ≥ its panel size × τ*) — a solve of the restricted instance (from scratch: measured faster than
 *    warm-starting from the optimum, whose potentials fit the unrestricted edges);
 * 3. whichever of that and the unrestricted optimum has the larger worst-off bid (then the larger total).
 * Exact: τ* and the total given τ*. Not exact: the worst-off bid's total, which is reported (`minBidAffinity`)
 * next to an upper bound (`fairnessBound`, each bid's best panel ignoring load caps).
 */
function solveFair(instance: AssignmentInstance, rule: DiversityRule | null): Summary {
  const optimal = solveFlow(instance, rule);
  const best = summarise(instance, optimal.chosen, optimal.shortfall);
  const fairnessBound = fairnessUpperBound(instance);
  const affinity = instance.edgeAffinity;
  const edgeCount = instance.edgeStart[instance.bidCount]!;
  let floor = Infinity; // the optimum's worst chosen edge
  for (let j = 0; j < edgeCount; j++) if (optimal.chosen[j] && affinity[j]! < floor) floor = affinity[j]!;
  if (floor === Infinity) return { ...best, fairnessBound };
  // The candidate thresholds: distinct affinities ≥ floor, ascending; values[0] = floor passes (the optimum itself).
  const above: number[] = [];
  for (let j = 0; j < edgeCount; j++) if (affinity[j]! >= floor) above.push(affinity[j]!);
  const values = Float64Array.from(new Set(above)).sort();
  let lo = 0;
  if (values.length > 1) {
    const fillsAsMany = thresholdTest(instance, optimal.shortfall);
    if (fillsAsMany(values[1]!)) {
      lo = 1;
      let hi = values.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (fillsAsMany(values[mid]!)) lo = mid;
        else hi = mid - 1;
      }
    }
  }
  // τ* = floor: the optimum uses only edges ≥ τ*, so it is also the best assignment restricted to them.
  // Under a diversity rule the probes test the rule-free relaxation, so τ* may be too high for the rule: a restricted
  // solve that fills fewer seats than the optimum is refused, and the threshold halved (in rank) twice at most.
  for (let attempt = 0; lo > 0 && attempt < (rule ? 3 : 1); attempt++, lo >>= 1) {
    const keep = new Uint8Array(edgeCount);
    for (let j = 0; j < edgeCount; j++) keep[j] = affinity[j]! >= values[lo]! ? 1 : 0;
    const { sub, originalEdge } = restrict(instance, keep);
    const restricted = solveFlow(sub, rule);
    if (restricted.shortfall > optimal.shortfall) continue;
    const chosen = new Uint8Array(edgeCount);
    for (let k = 0; k < originalEdge.length; k++) if (restricted.chosen[k]) chosen[originalEdge[k]!] = 1;
    const candidate = summarise(instance, chosen, restricted.shortfall);
    const better = candidate.minBidAffinity! > best.minBidAffinity! || (candidate.minBidAffinity === best.minBidAffinity && candidate.objective > best.objective);
    return { ...(better ? candidate : best), fairnessBound };
  }
  return { ...best, fairnessBound };
}

/** Whether the edges with affinity ≥ a threshold still fill as many seats as the whole instance (shortfall given). */
function thresholdTest(instance: AssignmentInstance, shortfall: number): (threshold: number) => boolean {
  const net = buildNetwork(instance, instance.edgeAffinity);
  const byExpert = expertEdges(net);
  const { uCount, expertCount, edgeCount, demand, capacity, uStart, pExpert, original } = net;
  const seats = net.totalDemand - shortfall;
  const keep = new Uint8Array(edgeCount);
  const expertDegree = new Int32Array(expertCount);
  return (threshold) => {
    expertDegree.fill(0);
    // Necessary: enough usable seats on the u side and on the expert side (each side's own maximum, caps ignored).
    let uSeats = 0;
    for (let u = 0; u < uCount; u++) {
      let degree = 0;
      for (let p = uStart[u]!; p < uStart[u + 1]!; p++) {
        keep[p] = instance.edgeAffinity[original[p]!]! >= threshold ? 1 : 0;
        if (!keep[p]) continue;
        degree++;
        expertDegree[pExpert[p]!]!++;
      }
      uSeats += Math.min(degree, demand[u]!);
    }
    let expertSeats = 0;
    for (let e = 0; e < expertCount; e++) expertSeats += Math.min(expertDegree[e]!, capacity[e]!);
    if (uSeats < seats || expertSeats < seats) return false;
    return maximumFlow(net, byExpert, keep).value === seats;
  };
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
