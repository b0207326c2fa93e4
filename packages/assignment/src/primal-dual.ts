import { completeByBlockingFlows } from './blocking-flows.ts';
import type { MaximumFlow } from './max-flow.ts';
import type { AssignmentNetwork, ExpertEdges } from './network.ts';
import type { FlowState, Spare } from './shortest-paths.ts';

/**
 * The stage for tight pools — every expert (nearly) full, or more seats than the listed experts can take, as when
 * every bid ranks the same experts first ("popular experts"). There, successive shortest paths from the empty flow
 * displace long chains of bids on every search and each search explores most of a field; primal–dual phases
 * (blocking-flows.ts) route thousands of units per Dijkstra instead.
 *
 * Start: the maximum flow (max-flow.ts) fixes how many units each expert sends to the sink (its load), and the unmet
 * demand goes to the spare node. Under zero potentials, every arc of the network in the cost direction has reduced
 * cost ≥ 0; the backward arc of a used edge (or spare unit) has −cost, so every used edge of positive cost gives its
 * unit back: u must route it again, and the expert keeps its sink flow as a deficit to be filled — by any u, or moved
 * to another expert through the sink. Edges of cost 0 keep their unit. The invariant of shortest-paths.ts holds
 * exactly from the start, and the blocking flows keep it, so the result is the exact optimum.
 *
 * (Gabow–Tarjan bit scaling around the same phases was measured too: 2–10 scales were 2–6× slower than this single
 * pass on the benchmark's popular instances and on random draws, so it is not used.)
 */
export function solveFromMaximumFlow(net: AssignmentNetwork, byExpert: ExpertEdges, start: MaximumFlow, spare: Spare): FlowState {
  const { uCount, expertCount, edgeCount, uStart, pExpert, cost, demand } = net;
  const state: FlowState = {
    flow: start.flow,
    inflow: start.load.slice(),
    load: start.load.slice(),
    excess: new Int32Array(uCount),
    spareFlow: new Int32Array(uCount),
    spareInflow: 0,
    spareLoad: 0,
    potential: new Float64Array(uCount + expertCount + 2),
  };
  for (let u = 0; u < uCount; u++) {
    const unmet = demand[u]! - start.routed[u]!;
    // Unmet demand sits on the spare node: kept there when it costs nothing, else routed again like the edges.
    if (spare.cost === 0) state.spareFlow[u] = unmet;
    else state.excess[u] = unmet;
    state.spareLoad += unmet;
    state.spareInflow += state.spareFlow[u]!;
    for (let p = uStart[u]!, end = uStart[u + 1]!; p < end; p++) {
      if (!state.flow[p] || cost[p] === 0) continue;
      state.flow[p] = 0;
      state.inflow[pExpert[p]!]!--;
      state.excess[u]!++;
    }
  }
  if (edgeCount > 0 && !completeByBlockingFlows(net, byExpert, state, spare, cost)) {
    throw new Error('assignment flow: no path although the start was a feasible flow');
  }
  return state;
}
