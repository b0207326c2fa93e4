import { splitComponents } from './components.ts';
import type { AssignmentInstance } from './instance.ts';
import { maximumFlow } from './max-flow.ts';
import { type AssignmentNetwork, buildNetwork, expertEdges } from './network.ts';
import { solveFromMaximumFlow } from './primal-dual.ts';
import { completeByShortestPaths, emptyState, type FlowState, type Spare } from './shortest-paths.ts';

/**
 * The maximum-affinity assignment among those filling the most seats, as a min-cost flow (network.ts).
 *
 * 1. Unless the pool is tight (see tightPool): successive shortest paths from the empty flow (shortest-paths.ts, the
 *    exact core), with a work budget. Clustered topics and the real matrices finish here, each search touching a
 *    small neighbourhood.
 * 2. When the pool is tight, the budget runs out or a search finds no path, the candidate graph splits into its
 *    connected components (components.ts), solved one by one (stage 1 again for a component that is not tight): the
 *    problem is block-diagonal over them, and the sink and spare node, which touch every expert or every u, stay
 *    local. Per component, the exact maximum flow (max-flow.ts) gives the number of seats that stay empty. A spare node X takes exactly that many units (u → X → sink,
 *    capacity = shortfall), so the real part of every routed flow is a maximum flow and the min-cost one maximises
 *    the total affinity among maximum flows. X's cost is irrelevant to the optimum (a
 *    constant times the shortfall); the largest edge cost keeps it the last resort, which keeps searches short. (A
 *    penalty arc of huge cost instead of X would drive potentials out of the range where doubles are exact.)
 * 3. Primal–dual phases with blocking flows from that maximum flow (primal-dual.ts): the cure for the "popular
 *    experts" regime, where searches from an empty flow displace long chains. It keeps the shortest-path invariant
 *    exactly, so the result is the same exact optimum.
 *
 * `strategy` forces a path (the property tests run each against HiGHS): 'shortest-paths' = stage 1 without budget,
 * then (if a seat cannot be filled) the spare network by shortest paths from the empty flow; 'primal-dual' = stages
 * 2 and 3.
 */
export interface FlowSolution {
  /** 1 for each instance edge in the optimal flow, 0 otherwise (indexed like edgeExpert). */
  chosen: Uint8Array;
  /** Seats left empty (units on the spare node). */
  shortfall: number;
}

export type FlowStrategy = 'auto' | 'shortest-paths' | 'primal-dual';

/**
 * Stage 1's budget in arc relaxations. Measured on the benchmark: clustered S/M/L use at most 5.7 relaxations per
 * candidate edge, aamas2016 8.8 (preflib1, 1,674 edges, 19: the constant covers it), so the budget leaves a margin of
 * two or more; the popular regime, from an empty flow, needs hundreds per edge.
 */
const budgetFor = (net: AssignmentNetwork): number => 16 * net.edgeCount + 64 * net.totalDemand + 200_000;

/**
 * One component's solved network and final state, with the spare node it was solved with (capacity 0 when every
 * seat was filled by stage 1): what a warm start of the same network needs (diversity.ts).
 */
export interface SolvedPart {
  /** The component as an instance (the whole instance when not split); its edgeAffinity holds the weights solved. */
  instance: AssignmentInstance;
  net: AssignmentNetwork;
  state: FlowState;
  spare: Spare;
  /** Instance edge of each part edge (null: the part is the whole instance). */
  originalEdge: Int32Array | null;
}

export interface FlowParts {
  parts: SolvedPart[];
  /** Seats of bids without any candidate edge. */
  unreachableSeats: number;
}

export function minCostAssignmentFlow(instance: AssignmentInstance, affinity: Float64Array = instance.edgeAffinity, strategy: FlowStrategy = 'auto'): FlowSolution {
  return collectFlow(instance, solveFlowParts(instance, affinity, strategy));
}

/**
 * The solve behind minCostAssignmentFlow, keeping each component's network and state. `splitFirst` skips stage 1 on
 * the whole instance and goes straight to the components: for callers that re-solve parts many times.
 */
export function solveFlowParts(instance: AssignmentInstance, affinity: Float64Array = instance.edgeAffinity, strategy: FlowStrategy = 'auto', splitFirst = false): FlowParts {
  // Stage 1 on the whole instance first: where it succeeds, splitting would only cost time (~15 % at size L).
  const tight = strategy === 'auto' && tightPool(instance);
  if (strategy !== 'primal-dual' && !tight && !splitFirst) {
    const net = buildNetwork(instance, affinity);
    const whole = shortestPathsFirst(net, strategy);
    if (whole) return { parts: [{ instance, ...whole, originalEdge: null }], unreachableSeats: 0 };
  }
  const split = splitComponents(instance, affinity);
  if (!split) {
    const skipFirst = tight || (strategy === 'auto' && !splitFirst);
    return { parts: [{ instance: { ...instance, edgeAffinity: affinity }, ...solveByStages(instance, affinity, strategy, skipFirst), originalEdge: null }], unreachableSeats: 0 };
  }
  const parts = split.parts.map(({ instance: part, originalEdge }) => ({ instance: part, ...solveByStages(part, part.edgeAffinity, strategy, false), originalEdge }));
  return { parts, unreachableSeats: split.unreachableSeats };
}

/** The instance edges a set of solved parts uses, and the seats they leave empty. */
export function collectFlow(instance: AssignmentInstance, { parts, unreachableSeats }: FlowParts): FlowSolution {
  const chosen = new Uint8Array(instance.edgeStart[instance.bidCount]!);
  let shortfall = unreachableSeats;
  for (const { net, state, originalEdge } of parts) {
    shortfall += state.spareLoad;
    for (let p = 0; p < net.edgeCount; p++) {
      if (!state.flow[p]) continue;
      const k = net.original[p]!;
      chosen[originalEdge ? originalEdge[k]! : k] = 1;
    }
  }
  return { chosen, shortfall };
}

type Solved = Pick<SolvedPart, 'net' | 'state' | 'spare'>;
const NO_SPARE: Spare = { capacity: 0, cost: 0 };

/** Stage 1 (budgeted unless forced); null when it did not finish. */
function shortestPathsFirst(net: AssignmentNetwork, strategy: FlowStrategy): Solved | null {
  const state = emptyState(net);
  const status = completeByShortestPaths(net, state, NO_SPARE, strategy === 'auto' ? budgetFor(net) : Infinity);
  return status === 'done' ? { net, state, spare: NO_SPARE } : null;
}

/** One component: stage 1 (unless `skipFirst` or the pool is tight), then stages 2 and 3. */
function solveByStages(instance: AssignmentInstance, affinity: Float64Array, strategy: FlowStrategy, skipFirst: boolean): Solved {
  const net = buildNetwork(instance, affinity);
  if (strategy === 'shortest-paths' || (strategy === 'auto' && !skipFirst && !tightPool(instance))) {
    const first = shortestPathsFirst(net, strategy);
    if (first) return first;
  }
  const byExpert = expertEdges(net);
  const start = maximumFlow(net, byExpert);
  const spare = { capacity: net.totalDemand - start.value, cost: net.maxCost };
  if (strategy !== 'shortest-paths') return { net, state: solveFromMaximumFlow(net, byExpert, start, spare), spare };
  const state = emptyState(net);
  if (completeByShortestPaths(net, state, spare) !== 'done') throw new Error('assignment flow: no augmenting path although the spare node should absorb every unit');
  return { net, state, spare };
}

/** The number of seats no assignment can fill (0 when every panel can be completed): a maximum-flow test. */
export function unfillableSeats(instance: AssignmentInstance): number {
  const net = buildNetwork(instance, new Float64Array(instance.edgeStart[instance.bidCount]!));
  return net.totalDemand - maximumFlow(net, expertEdges(net)).value;
}

/**
 * Whether the pool is tight: some role has fewer usable expert seats (min(cap, candidate edges) per expert) than its
 * demand, or all usable seats are within 10 % of the total demand. Then nearly every expert ends up full, which is
 * where the primal–dual stage is fast and shortest paths from the empty flow are slow; with spare capacity it is the
 * other way round (measured on the benchmark: clustered S 0.06 s by shortest paths, 1.1 s by primal–dual).
 */
export function tightPool(instance: AssignmentInstance): boolean {
  const { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert } = instance;
  const degree = new Int32Array(expertCount);
  for (let j = 0; j < edgeStart[bidCount]!; j++) degree[edgeExpert[j]!]!++;
  const seats = new Float64Array(roleCount);
  for (let e = 0; e < expertCount; e++) seats[expertRole[e]!]! += Math.max(0, Math.min(expertCapacity[e]!, degree[e]!));
  const demand = new Float64Array(roleCount);
  for (let u = 0; u < bidCount * roleCount; u++) demand[u % roleCount]! += Math.max(0, bidRoleDemand[u]!);
  let totalSeats = 0;
  let totalDemand = 0;
  for (let r = 0; r < roleCount; r++) {
    if (seats[r]! < demand[r]!) return true;
    totalSeats += seats[r]!;
    totalDemand += demand[r]!;
  }
  return totalSeats <= 1.1 * totalDemand;
}
