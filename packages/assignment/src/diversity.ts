import { type DiversityRule, type GroupPairs, groupPairs, overfullPairs } from './group-pairs.ts';
import type { AssignmentInstance } from './instance.ts';
import { type SolvedPart, solveFlowParts, tightPool } from './min-cost-flow.ts';
import { type AssignmentNetwork, type ExpertEdges, expertEdges } from './network.ts';
import { completeByShortestPaths, type FlowState, type Spare } from './shortest-paths.ts';
import { cloneState, normalisePotentials, releaseU, repriceEdge, solveWithoutRemoved } from './warm-start.ts';

/**
 * The assignment under a panel-diversity rule (at most `cap` experts of one group per panel, 同一单位专家不超过 N
 * 人). Each panel then sits in a role partition and a group partition of its bid's edges as well as the experts'
 * caps: three families of rows, not a network (with three roles it contains 3-dimensional matching, NP-hard), so
 * this is a heuristic with a proven bound, per connected component (components.ts: the rule is per bid):
 *
 * 1. The network relaxation (the rule dropped) solved exactly. No pair over the cap: it is the optimum.
 * 2. Lagrangian relaxation of the (bid, group) rows that ever went over the cap: edge cost + λ(pair), re-solved by
 *    warm start (warm-start.ts: only the units whose edges' prices moved are re-routed), λ by projected subgradient
 *    with Polyak steps towards the best feasible value, the step factor halved after a few iterations without a
 *    better bound. Every λ ≥ 0 gives the bound L(λ) = max penalised value + Σ λ · cap over the assignments that fill
 *    as many seats as the relaxation (the network fixes that count); the least L(λ) met is the part's bound. λ are
 *    integers in cost units (costs first scaled by a power of two), so each re-solve is exact and the bound proven,
 *    up to any rounding of the costs (network.ts's, or ours when the exact range is short), which is added to it.
 * 3. Primal repair (see `repair`), from the relaxation and every few iterations from the penalised solution: pairs
 *    over the cap keep the experts that are hardest to replace and set the others aside, then closed, re-solving
 *    until no pair is over, so the result always abides by the rule. The best repair (most seats, then the largest
 *    weight) is kept.
 * When every repair fills fewer seats than the relaxation (the rule, or the repair, cost seats) for a while, the
 * relaxation's seat count is given up: steps 2 and 3 go on for the best assignment with exactly as many seats as the
 * best repair (a spare node of cost 0 takes the rest).
 *
 * The bound holds for assignments with the relaxation's seat count, so it is only reported when the result fills
 * that many in every component; a seat can be lost where another choice of kept experts would have saved it (the
 * seat count under the rule is itself NP-hard). Iteration counts, not the clock, end each loop, and every choice is
 * tie-broken by index: the same instance gives the same result.
 */
export interface DiverseFlow {
  /** 1 for each instance edge chosen. */
  chosen: Uint8Array;
  shortfall: number;
  /** Upper bound on the total weight of any rule-abiding assignment filling as many seats; null when ours fills fewer. */
  upperBound: number | null;
  /** The relaxation broke the rule nowhere and its network was exact: the result is the exact optimum. */
  exact: boolean;
  /** (bid, group) pairs over the cap in the network relaxation. */
  relaxedOverfull: number;
}

const MAX_ITERATIONS = 60;
/** Repair the penalised solution every this many iterations. */
const REPAIR_EVERY = 5;
/** Halve the step factor after this many iterations without a better bound; stop once it is below the floor. */
const PATIENCE = 3;
const THETA_FLOOR = 1 / 256;
/**
 * Stop when the bound and the best feasible value are this close (relative): 0.4 %. The Lagrangian bound is at least
 * the LP bound with every (bid, group) row, so stopping here proves the "within 0.5 % of the LP bound"; on
 * the benchmark the true gap is about 0.04 %, and chasing the bound further cost 3–6× the time for 0.03 % more.
 */
const CLOSE_ENOUGH = 4e-3;
/** Iterations at the relaxation's seat count before settling for fewer seats. */
const SEAT_PATIENCE = 15;

export function diverseAssignmentFlow(instance: AssignmentInstance, weights: Float64Array, rule: DiversityRule): DiverseFlow {
  const solved = solveFlowParts(instance, weights, 'auto', true);
  const chosen = new Uint8Array(instance.edgeStart[instance.bidCount]!);
  let shortfall = solved.unreachableSeats;
  let upperBound: number | null = 0;
  let exact = true;
  let relaxedOverfull = 0;
  for (const part of solved.parts) {
    const result = diversifyPart(part, rule.cap);
    const { net, originalEdge } = part;
    for (let p = 0; p < net.edgeCount; p++) {
      if (!result.flow[p]) continue;
      const k = net.original[p]!;
      chosen[originalEdge ? originalEdge[k]! : k] = 1;
    }
    shortfall += net.totalDemand - result.seats;
    upperBound = result.seats === result.relaxedSeats && upperBound !== null ? upperBound + result.bound : null;
    exact &&= result.relaxedOverfull === 0 && net.exact;
    relaxedOverfull += result.relaxedOverfull;
  }
  return { chosen, shortfall, upperBound, exact, relaxedOverfull };
}

interface Candidate {
  flow: Uint8Array;
  seats: number;
  value: number;
}

interface PartResult extends Candidate {
  relaxedSeats: number;
  relaxedOverfull: number;
  bound: number;
}

/** The working data of one component's Lagrangian loop. */
interface Context {
  net: AssignmentNetwork;
  pairs: GroupPairs;
  cap: number;
  weight: Float64Array;
  groupOf: Int32Array;
  spare: Spare;
  tight: boolean;
  byExpert: ExpertEdges | null;
  counts: Int32Array;
  /** The repair's extra cost on an edge set aside (above any edge's cost and price). */
  setAside: number;
}

function diversifyPart(part: SolvedPart, cap: number): PartResult {
  const { net, state } = part;
  const weight = new Float64Array(net.edgeCount);
  const groupOf = new Int32Array(net.edgeCount);
  const group = part.instance.expertGroup!;
  for (let p = 0; p < net.edgeCount; p++) {
    weight[p] = part.instance.edgeAffinity[net.original[p]!]!;
    groupOf[p] = group[net.pExpert[p]!]!;
  }
  const pairs = groupPairs(net, part.instance.roleCount, groupOf, cap);
  const counts = new Int32Array(pairs.count);
  const relaxedSeats = net.totalDemand - state.spareLoad;
  const relaxedValue = valueOf(state.flow, weight);
  const relaxedOverfull = overfullPairs(pairs, state.flow, cap, counts).length;
  // A grid-less network rounded each cost by ≤ 1/(2·scale): any assignment's value moves by ≤ seats/(2·scale).
  const networkRounding = net.exact ? 0 : relaxedSeats / net.scale;
  if (relaxedOverfull === 0) return { flow: state.flow, seats: relaxedSeats, value: relaxedValue, relaxedSeats, relaxedOverfull, bound: relaxedValue + networkRounding };

  // Working costs: the network's times a power of two 2^shift, so that integer prices are fine enough, and such that
  // costs with prices (≤ 4 units), the repair's set-aside (8 units) and the shift of phase 2 stay, times (seats + 2)
  // arcs of a path, within network.ts's exact budget of 2^49. When the network already uses most of that budget
  // (weights without a decimal or binary grid, the random draw's 32-bit priorities on a big part), shift < 0: the
  // working costs are rounded, the part is solved again under them, and the rounding is added to the bound.
  const unit = Math.max(1, net.maxCost);
  const budget = 2 ** 49 / (16 * (net.totalDemand + 2));
  let shift = 0;
  while (shift < 16 && unit * 2 ** (shift + 1) <= budget) shift++;
  while (unit * 2 ** shift > budget) shift--;
  const factor = 2 ** shift;
  const base = new Float64Array(net.edgeCount);
  for (let p = 0; p < net.edgeCount; p++) base[p] = Math.round(factor * net.cost[p]!);
  const cost = base.slice();
  const ctx: Context = { net, pairs, cap, weight, groupOf, spare: { ...part.spare, cost: Math.round(factor * part.spare.cost) }, tight: tightPool(part.instance), byExpert: null, counts, setAside: Math.ceil(8 * factor * unit) };
  let start = state;
  if (shift >= 0) for (let i = 0; i < state.potential.length; i++) state.potential[i]! *= factor;
  else {
    ctx.byExpert = expertEdges(net);
    ({ state: start, spare: ctx.spare } = solveWithoutRemoved(net, ctx.byExpert, cost, ctx.tight));
  }
  const rounding = networkRounding + (shift >= 0 ? 0 : relaxedSeats / (factor * net.scale));
  const lagrangian: Lagrangian = { price: new Float64Array(pairs.count), active: [], isActive: new Uint8Array(pairs.count), priceCap: Math.ceil(4 * factor * unit), perWeight: factor * net.scale, rounding };

  let best = repair(ctx, start, cost);
  let bound = Infinity;
  if (best.seats === relaxedSeats) ({ best, bound } = improve(ctx, lagrangian, start, cost, best, relaxedSeats, MAX_ITERATIONS));
  else {
    // The repair lost seats: the penalised relaxation may still show how to keep them, for a while.
    ({ best, bound } = improve(ctx, lagrangian, start, cost, best, relaxedSeats, SEAT_PATIENCE));
    if (best.seats === relaxedSeats) {
      const more = improve(ctx, lagrangian, start, cost, best, relaxedSeats, MAX_ITERATIONS - SEAT_PATIENCE);
      best = more.best;
      bound = Math.min(bound, more.bound);
    } else {
      // Then the best assignment with exactly as many seats as the best repair: the spare node costs 0 and every
      // edge one unit more, so exactly that many units go to the spare node, and any two assignments with that many
      // seats compare as before. The prices chased a seat count the rule does not allow: they start again.
      for (let p = 0; p < net.edgeCount; p++) cost[p] = base[p]! + 1;
      lagrangian.price.fill(0);
      ctx.spare = { capacity: net.totalDemand - best.seats, cost: 0 };
      ctx.byExpert ??= expertEdges(net);
      const fewer = solveWithoutRemoved(net, ctx.byExpert, cost, ctx.tight, ctx.spare).state;
      ({ best } = improve(ctx, lagrangian, fewer, cost, best, best.seats, MAX_ITERATIONS));
    }
  }
  return { ...best, relaxedSeats, relaxedOverfull, bound };
}

/** The Lagrangian prices (integers in cost units, per pair) and the pairs that ever went over the cap. */
interface Lagrangian {
  price: Float64Array;
  active: number[];
  isActive: Uint8Array;
  priceCap: number;
  /** Cost units per unit of weight. */
  perWeight: number;
  /** Added to every bound: the network's rounding (see diversifyPart). */
  rounding: number;
}

/**
 * Steps 2 and 3 at a fixed seat count (the state's): subgradient iterations on the prices, each re-solved warm, with
 * repairs along the way. Returns the best candidate and the least bound L(λ) (valid for assignments with `seats`).
 */
function improve(ctx: Context, lagrangian: Lagrangian, state: FlowState, cost: Float64Array, start: Candidate, seats: number, iterations: number): { best: Candidate; bound: number } {
  const { net, pairs, cap, counts, weight } = ctx;
  const { price, active, isActive, priceCap, perWeight, rounding } = lagrangian;
  let best = start;
  let bound = Infinity;
  let theta = 1;
  let stale = 0;
  for (let iteration = 0; iteration < iterations; iteration++) {
    const over = overfullPairs(pairs, state.flow, cap, counts);
    for (const k of over) {
      if (isActive[k]) continue;
      isActive[k] = 1;
      active.push(k);
    }
    let priced = 0;
    for (const k of active) priced += price[k]! * (counts[k]! - cap);
    const value = valueOf(state.flow, weight);
    const penalised = value - priced / perWeight + rounding;
    if (penalised < bound) {
      bound = penalised;
      stale = 0;
    } else if (++stale >= PATIENCE) {
      theta /= 2;
      stale = 0;
    }
    if (over.length === 0) best = better(best, { flow: state.flow.slice(), seats: net.totalDemand - state.spareLoad, value });
    else if (iteration % REPAIR_EVERY === REPAIR_EVERY - 1) best = better(best, repair(ctx, state, cost));
    const target = best.seats === seats ? best.value : penalised - 0.01 * Math.max(1, Math.abs(penalised));
    // Close enough: the best is proven within CLOSE_ENOUGH, and a last repair would cost more than it could gain.
    if (best.seats === seats && bound - best.value <= CLOSE_ENOUGH * Math.max(1, Math.abs(bound))) return { best, bound };
    if (theta < THETA_FLOOR || bound - target <= CLOSE_ENOUGH * Math.max(1, Math.abs(bound))) break;

    // Projected subgradient: g = chosen − cap on the active pairs, 0 where λ = 0 and g < 0.
    let norm = 0;
    for (const k of active) {
      const g = counts[k]! - cap;
      if (g > 0 || price[k]! > 0) norm += g * g;
    }
    if (norm === 0) break; // feasible and complementary: the penalised optimum is the optimum
    const step = (theta * Math.max(0, penalised - target) * perWeight) / norm;
    const marked: number[] = [];
    const isMarked = new Uint8Array(net.uCount);
    let moved = false;
    for (const k of active) {
      const next = Math.min(priceCap, Math.max(0, Math.round(price[k]! + step * (counts[k]! - cap))));
      if (next === price[k]) continue;
      moved = true;
      const delta = next - price[k]!;
      price[k] = next;
      for (let i = pairs.start[k]!; i < pairs.start[k + 1]!; i++) {
        const p = pairs.edges[i]!;
        cost[p]! += delta;
        const u = net.pU[p]!;
        if (repriceEdge(net, state, p, cost) && !isMarked[u]) {
          isMarked[u] = 1;
          marked.push(u);
        }
      }
    }
    if (!moved) break; // every price at its bound, or the step below one cost unit
    for (const u of marked) releaseU(net, state, u, cost, ctx.spare);
    if (completeByShortestPaths(net, state, ctx.spare, Infinity, cost) !== 'done') throw new Error('assignment flow: a warm start found no path although the released units had one');
    normalisePotentials(state);
  }
  return { best: better(best, repair(ctx, state, cost)), bound };
}

/** A comparator for descending order that also orders infinities (a − b would give NaN). */
const descending = (a: number, b: number): number => (a > b ? -1 : a < b ? 1 : 0);

/** Σ weight over the chosen permuted edges. */
function valueOf(flow: Uint8Array, weight: Float64Array): number {
  let value = 0;
  for (let p = 0; p < flow.length; p++) if (flow[p]) value += weight[p]!;
  return value;
}

/** More seats first, then the larger value; ties keep the earlier one. */
function better(a: Candidate, b: Candidate): Candidate {
  if (b.seats !== a.seats) return b.seats > a.seats ? b : a;
  return b.value > a.value ? b : a;
}

/**
 * What giving up used edge p would cost, estimated from the reduced costs: the cheapest other edge of its u to an
 * expert outside p's group (and able to take a bid) minus p's own (≤ 0) reduced cost; Infinity when there is none
 * (dropping p would leave the seat empty unless other panels move).
 */
function regret(ctx: Context, state: FlowState, cost: Float64Array, p: number): number {
  const { net, groupOf } = ctx;
  const { potential, flow } = state;
  const u = net.pU[p]!;
  const own = cost[p]! + potential[u]! - potential[net.uCount + net.pExpert[p]!]!;
  let cheapest = Infinity;
  for (let q = net.uStart[u]!, end = net.uStart[u + 1]!; q < end; q++) {
    const e = net.pExpert[q]!;
    if (flow[q] || cost[q] === Infinity || net.capacity[e] === 0 || (groupOf[q]! >= 0 && groupOf[q] === groupOf[p])) continue;
    cheapest = Math.min(cheapest, cost[q]! + potential[u]! - potential[net.uCount + e]!);
  }
  return cheapest - own;
}

/**
 * Step 3: a rule-abiding assignment from a copy of `from` under the working costs, in rounds. Each pair over the cap
 * keeps `cap` of its chosen edges — those the network chose although they were set aside (it needed them for the
 * seat count), then those with the largest regret, the cheapest, the lower index — and sets its other edges aside,
 * softly: their cost raised by `setAside`, so the network takes one only when a seat depends on it. When it still
 * does, beyond the cap, the pair is closed: every edge but the kept ones is removed (the seat may be lost). Each
 * round sets aside or closes a pair for the first time, so the rounds end; each is a warm re-solve, or one from
 * scratch over the remaining edges when a removal costs a seat.
 */
function repair(ctx: Context, from: FlowState, working: Float64Array): Candidate {
  const { net, pairs, cap } = ctx;
  const counts = new Int32Array(pairs.count);
  const aside = new Uint8Array(net.edgeCount); // 1: set aside, 2: removed
  let state = cloneState(from);
  let spare = ctx.spare;
  const cost = working.slice();
  for (;;) {
    const over = overfullPairs(pairs, state.flow, cap, counts);
    if (over.length === 0) return { flow: state.flow, seats: net.totalDemand - state.spareLoad, value: valueOf(state.flow, ctx.weight) };
    for (const k of over) {
      const chosen: number[] = [];
      for (let i = pairs.start[k]!; i < pairs.start[k + 1]!; i++) if (state.flow[pairs.edges[i]!]) chosen.push(pairs.edges[i]!);
      const regrets = chosen.map((p) => regret(ctx, state, cost, p));
      const order = chosen.map((_, i) => i).sort((x, y) => aside[chosen[y]!]! - aside[chosen[x]!]! || descending(regrets[x]!, regrets[y]!) || cost[chosen[x]!]! - cost[chosen[y]!]! || chosen[x]! - chosen[y]!);
      const kept = order.slice(0, cap).map((i) => chosen[i]!);
      const close = order.slice(cap).some((i) => aside[chosen[i]!]);
      for (let i = pairs.start[k]!; i < pairs.start[k + 1]!; i++) {
        const p = pairs.edges[i]!;
        if (kept.includes(p) || aside[p] === 2 || (aside[p] === 1 && !close)) continue;
        aside[p] = close ? 2 : 1;
        cost[p] = close ? Infinity : cost[p]! + ctx.setAside;
        repriceEdge(net, state, p, cost); // a rise: at most gives the unit back
      }
    }
    if (completeByShortestPaths(net, state, spare, Infinity, cost) !== 'done') {
        ctx.byExpert ??= expertEdges(net);
      ({ state, spare } = solveWithoutRemoved(net, ctx.byExpert, cost, ctx.tight, ctx.spare.cost === 0 ? ctx.spare : null));
    }
  }
}
