import { maximumFlow } from './max-flow.ts';
import type { AssignmentNetwork, ExpertEdges } from './network.ts';
import { solveFromMaximumFlow } from './primal-dual.ts';
import { completeByShortestPaths, emptyState, type FlowState, type Spare } from './shortest-paths.ts';

/**
 * Re-solving a solved network after some edge costs changed, without starting over (diversity.ts changes the costs
 * of a few (bid, group) pairs at a time). The flow core (shortest-paths.ts) accepts any pseudoflow whose residual
 * arcs all have reduced cost ≥ 0; a cost change can break that only on the edge's own arcs:
 * - a used edge whose cost rose: its backward arc may now be negative. Then its unit is given back (`releaseEdge`):
 *   the backward arc goes, and the forward arc that comes back has reduced cost −(the backward one) > 0;
 * - an unused edge whose cost fell: its forward arc may now be negative. Then u gives back every unit it routes
 *   (`releaseU`: its edges and spare units), after which no residual arc enters u, so π(u) may be lowered freely:
 *   to the smallest value that keeps every arc out of u at reduced cost ≥ 0.
 * A released unit leaves u with an excess and its expert (or the spare node) with a deficit, which moves on to the
 * sink when the arc expert → sink that reopens keeps reduced cost ≥ 0 (π(e) ≥ π(sink): always so for an expert
 * below its cap): a search then ends at the sink through any expert with room, instead of expanding the sink, whose
 * arcs reach every expert. The invariant holds again, and completeByShortestPaths re-routes only the released units
 * — exactly, as from scratch.
 *
 * A cost of Infinity removes an edge: no search relaxes it and no blocking flow takes it.
 */

export function cloneState(state: FlowState): FlowState {
  return {
    flow: state.flow.slice(),
    inflow: state.inflow.slice(),
    load: state.load.slice(),
    excess: state.excess.slice(),
    spareFlow: state.spareFlow.slice(),
    spareInflow: state.spareInflow,
    spareLoad: state.spareLoad,
    potential: state.potential.slice(),
  };
}

/**
 * Edge p's cost is now cost[p]: gives its unit back when its backward arc went negative (see above). Returns
 * whether u must be released whole instead (an unused edge whose forward arc went negative).
 */
export function repriceEdge(net: AssignmentNetwork, state: FlowState, p: number, cost: Float64Array): boolean {
  const reduced = cost[p]! + state.potential[net.pU[p]!]! - state.potential[net.uCount + net.pExpert[p]!]!;
  if (!state.flow[p]) return reduced < 0;
  if (reduced > 0) releaseEdge(net, state, p);
  return false;
}

function releaseEdge(net: AssignmentNetwork, state: FlowState, p: number): void {
  const e = net.pExpert[p]!;
  state.flow[p] = 0;
  state.inflow[e]!--;
  state.excess[net.pU[p]!]!++;
  const { potential } = state;
  if (potential[net.uCount + e]! >= potential[net.uCount + net.expertCount + 1]!) state.load[e]!--;
}

/** Gives back every unit u routes and lowers π(u) to restore the invariant under `cost` (see above). */
export function releaseU(net: AssignmentNetwork, state: FlowState, u: number, cost: Float64Array, spare: Spare): void {
  const { uCount, expertCount, uStart, pExpert } = net;
  const { flow, potential } = state;
  const X = uCount + expertCount;
  let floor = -Infinity;
  for (let p = uStart[u]!, end = uStart[u + 1]!; p < end; p++) {
    if (flow[p]) releaseEdge(net, state, p);
    if (cost[p] !== Infinity) floor = Math.max(floor, potential[uCount + pExpert[p]!]! - cost[p]!);
  }
  const spared = state.spareFlow[u]!;
  if (spared > 0) {
    state.spareFlow[u] = 0;
    state.spareInflow -= spared;
    state.excess[u]! += spared;
    if (potential[X]! >= potential[X + 1]!) state.spareLoad -= spared;
  }
  if (spare.capacity > 0) floor = Math.max(floor, potential[X]! - spare.cost);
  // No arc out of u at all: u cannot route, and the search from it reports no path.
  if (floor !== -Infinity) potential[u] = floor;
}

/** Shifts the potentials so that the largest is 0 (reduced costs are unchanged), so that many warm starts in a row do not drift them out of the exact range. */
export function normalisePotentials(state: FlowState): void {
  let top = -Infinity;
  for (const value of state.potential) if (value > top) top = value;
  if (top !== 0 && Number.isFinite(top)) for (let i = 0; i < state.potential.length; i++) state.potential[i]! -= top;
}

/**
 * From scratch, when removed edges (cost Infinity) leave fewer seats fillable: the maximum flow over the remaining
 * edges fixes the spare node's capacity (as in min-cost-flow.ts), then primal–dual phases (tight pools) or shortest
 * paths from the empty flow. `free`: a spare node of cost 0 (every edge dearer), which takes at least its capacity
 * (a fixed number of seats to fill) or whatever the remaining edges cannot fill, whichever is more.
 */
export function solveWithoutRemoved(net: AssignmentNetwork, byExpert: ExpertEdges, cost: Float64Array, tight: boolean, free: Spare | null = null): { state: FlowState; spare: Spare } {
  const keep = new Uint8Array(net.edgeCount);
  let top = 0;
  for (let p = 0; p < net.edgeCount; p++) {
    if (cost[p] === Infinity) continue;
    keep[p] = 1;
    if (cost[p]! > top) top = cost[p]!;
  }
  const start = maximumFlow(net, byExpert, keep);
  const spare = free ? { capacity: Math.max(free.capacity, net.totalDemand - start.value), cost: 0 } : { capacity: net.totalDemand - start.value, cost: top };
  if (tight) return { state: solveFromMaximumFlow({ ...net, cost }, byExpert, start, spare), spare };
  const state = emptyState(net);
  if (completeByShortestPaths(net, state, spare, Infinity, cost) !== 'done') throw new Error('assignment flow: no augmenting path although the spare node should absorb every unit');
  return { state, spare };
}
