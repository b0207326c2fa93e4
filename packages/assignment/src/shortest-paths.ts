import type { AssignmentNetwork } from './network.ts';
import { NodeHeap } from './node-heap.ts';

/**
 * The exact core: successive shortest paths with Dijkstra on reduced costs (Johnson potentials), one augmentation
 * per search, each search starting at one (bid, role) node u with units left to route and stopping as soon as a node
 * with a deficit is settled — the sparse Jonker–Volgenant/Hungarian scheme generalised to b-matching.
 *
 * Network: u → expert e via each candidate edge (capacity 1, integer cost ≥ 0) → sink (capacity = load cap, cost 0);
 * optionally a spare node X: u → X (cost `spare.cost`, unbounded) → sink (capacity `spare.capacity`), which takes the
 * seats no assignment can fill (see min-cost-flow.ts).
 *
 * The state is a pseudoflow: u may still have units to route (`excess`), and an expert (or X) may send more to the
 * sink than it receives — a deficit that a later unit fills. From the empty flow the only deficit is the sink's own
 * demand; a warm start (primal-dual.ts) keeps each expert's sink flow, so deficits sit at the experts whose edges were
 * released, and a unit may pass through the sink (e → sink → e') to move a load.
 *
 * Invariant (what makes the result optimal): every residual arc has reduced cost c(x, y) + π(x) − π(y) ≥ 0. A search
 * that settles its target at distance D moves each settled node's potential by d − D, which keeps the invariant; so
 * the residual graph never holds a negative cycle, and once every unit is routed the flow is a min-cost flow. The
 * start may be any pseudoflow and potentials that satisfy the invariant, so exactness never depends on how good a
 * warm start was. Costs and potentials are integers in doubles; a guard throws rather than leave the exact range.
 */
export interface FlowState {
  /** 1 on each permuted edge that carries flow. */
  flow: Uint8Array;
  /** Units each expert receives over its edges, and sends to the sink (inflow ≤ load ≤ cap). */
  inflow: Int32Array;
  load: Int32Array;
  /** Units each u still has to route. */
  excess: Int32Array;
  /** Units each u sends to the spare node; their total; what the spare node sends to the sink. */
  spareFlow: Int32Array;
  spareInflow: number;
  spareLoad: number;
  /** Node potentials: u in [0, uCount), expert e at uCount + e, then the spare node, then the sink. */
  potential: Float64Array;
}

export interface Spare {
  capacity: number;
  cost: number;
}

export type CompletionStatus = 'done' | 'no-path' | 'budget';

export function emptyState(net: AssignmentNetwork): FlowState {
  return {
    flow: new Uint8Array(net.edgeCount),
    inflow: new Int32Array(net.expertCount),
    load: new Int32Array(net.expertCount),
    excess: net.demand.slice(),
    spareFlow: new Int32Array(net.uCount),
    spareInflow: 0,
    spareLoad: 0,
    potential: new Float64Array(net.uCount + net.expertCount + 2),
  };
}

// How a node was reached (pred), when not by a candidate edge p ≥ 0 (u → e forward, e → u backward).
const EXPERT_TO_SINK = -2;
const U_TO_SPARE = -3;
const SPARE_TO_SINK = -4;
const SPARE_TO_U = -5;
const SINK_TO_EXPERT = -6;
const SINK_TO_SPARE = -7;

/**
 * Routes every unit of `state.excess` (the state is mutated in place) with the given costs (permuted-edge order;
 * the network's own by default). 'no-path': a unit found no deficit to reach (the instance cannot fill every seat
 * and the spare node is too small); 'budget': more than `budget` arc relaxations were spent (the state is then
 * consistent, just unfinished).
 */
export function completeByShortestPaths(net: AssignmentNetwork, state: FlowState, spare: Spare = { capacity: 0, cost: 0 }, budget = Infinity, cost: Float64Array = net.cost): CompletionStatus {
  const { uCount, expertCount, uStart, pExpert, pU, capacity, slotStart } = net;
  const { flow, inflow, load, excess, spareFlow, potential } = state;
  const spareCost = spare.cost;
  const hasSpare = spare.capacity > 0;
  const nodeCount = uCount + expertCount + 2;
  const spareNode = nodeCount - 2;
  const sink = nodeCount - 1;
  let sinkDeficit = net.totalDemand - state.spareLoad;
  for (let e = 0; e < expertCount; e++) sinkDeficit -= load[e]!;

  // Each expert's incoming edges live in slots[slotStart[e] .. slotStart[e] + inflow[e]).
  const slots = new Int32Array(slotStart[expertCount]!);
  const slotOf = new Int32Array(net.edgeCount).fill(-1);
  const fill = new Int32Array(expertCount);
  for (let p = 0; p < net.edgeCount; p++) {
    if (!flow[p]) continue;
    const e = pExpert[p]!;
    const s = slotStart[e]! + fill[e]!++;
    slots[s] = p;
    slotOf[p] = s;
  }
  const addSlot = (e: number, p: number): void => {
    const s = slotStart[e]! + inflow[e]!++;
    slots[s] = p;
    slotOf[p] = s;
  };
  const removeSlot = (e: number, p: number): void => {
    const s = slotOf[p]!;
    const last = slotStart[e]! + --inflow[e]!;
    const moved = slots[last]!;
    slots[s] = moved;
    slotOf[moved] = s;
    slotOf[p] = -1;
  };
  // The u nodes that send units to the spare node (for its backward arcs).
  const spareList = new Int32Array(uCount);
  const spareListPos = new Int32Array(uCount).fill(-1);
  let spareListSize = 0;
  const spareListAdd = (u: number): void => {
    spareList[spareListSize] = u;
    spareListPos[u] = spareListSize++;
  };
  const spareListRemove = (u: number): void => {
    const at = spareListPos[u]!;
    const last = spareList[--spareListSize]!;
    spareList[at] = last;
    spareListPos[last] = at;
    spareListPos[u] = -1;
  };
  for (let u = 0; u < uCount; u++) if (spareFlow[u]! > 0) spareListAdd(u);

  const hasDeficit = (v: number): boolean =>
    v === sink ? sinkDeficit > 0 : v === spareNode ? state.spareLoad > state.spareInflow : v >= uCount && load[v - uCount]! > inflow[v - uCount]!;

  const dist = new Float64Array(nodeCount).fill(Infinity);
  const pred = new Int32Array(nodeCount);
  const predNode = new Int32Array(nodeCount);
  const settled = new Uint8Array(nodeCount);
  const touched = new Int32Array(nodeCount);
  let touchedCount = 0;
  const queue = new NodeHeap(nodeCount, dist);
  let work = 0;
  let target = -1;
  let targetDist = Infinity;

  const relax = (node: number, d: number, via: number, from: number): void => {
    if (d >= dist[node]!) return;
    if (dist[node] === Infinity) touched[touchedCount++] = node;
    dist[node] = d;
    pred[node] = via;
    predNode[node] = from;
    if (d < targetDist && hasDeficit(node)) {
      target = node;
      targetDist = d;
    }
    queue.push(node);
  };

  const FLOOR = -(2 ** 52);
  for (let source = 0; source < uCount; source++) {
    while (excess[source]! > 0) {
      if (work > budget) return 'budget';
      touchedCount = 0;
      target = -1;
      targetDist = Infinity;
      relax(source, 0, -1, -1);
      while (queue.size > 0) {
        const x = queue.pop();
        settled[x] = 1;
        const dx = dist[x]!;
        if (x === target) break;
        const px = potential[x]!;
        if (x < uCount) {
          const end = uStart[x + 1]!;
          work += end - uStart[x]!;
          for (let p = uStart[x]!; p < end; p++) {
            if (flow[p]) continue;
            const y = uCount + pExpert[p]!;
            if (settled[y]) continue;
            relax(y, dx + cost[p]! + px - potential[y]!, p, x);
          }
          if (hasSpare && !settled[spareNode]) relax(spareNode, dx + spareCost + px - potential[spareNode]!, U_TO_SPARE, x);
        } else if (x === spareNode) {
          if (state.spareLoad < spare.capacity && !settled[sink]) relax(sink, dx + px - potential[sink]!, SPARE_TO_SINK, x);
          work += spareListSize;
          for (let i = 0; i < spareListSize; i++) {
            const y = spareList[i]!;
            if (!settled[y]) relax(y, dx - spareCost + px - potential[y]!, SPARE_TO_U, x);
          }
        } else if (x === sink) {
          // Only a warm start passes through the sink: it may take back any expert's (or X's) sink flow.
          work += expertCount;
          for (let e = 0; e < expertCount; e++) {
            const y = uCount + e;
            if (load[e]! > 0 && !settled[y]) relax(y, dx + px - potential[y]!, SINK_TO_EXPERT, x);
          }
          if (state.spareLoad > 0 && !settled[spareNode]) relax(spareNode, dx + px - potential[spareNode]!, SINK_TO_SPARE, x);
        } else {
          const e = x - uCount;
          const end = slotStart[e]! + inflow[e]!;
          work += inflow[e]!;
          for (let s = slotStart[e]!; s < end; s++) {
            const p = slots[s]!;
            const y = pU[p]!;
            if (settled[y]) continue;
            relax(y, dx - cost[p]! + px - potential[y]!, p, x);
          }
          if (load[e]! < capacity[e]! && !settled[sink]) relax(sink, dx + px - potential[sink]!, EXPERT_TO_SINK, x);
        }
        // Reduced costs are ≥ 0, so nothing left in the heap can reach a deficit below dx: the target is final.
        if (targetDist <= dx) break;
      }
      const D = targetDist;
      for (let i = 0; i < touchedCount; i++) {
        const v = touched[i]!;
        if (D !== Infinity && settled[v]) {
          const moved = (potential[v]! += dist[v]! - D);
          if (moved < FLOOR) throw new Error('assignment flow: potentials left the exact integer range of doubles');
        }
        dist[v] = Infinity;
        settled[v] = 0;
      }
      queue.clear(touched, touchedCount);
      if (D === Infinity) return 'no-path';
      // Augment one unit along the path, from the target back to the source.
      if (target === sink) sinkDeficit--;
      for (let node = target; node !== source; ) {
        const via = pred[node]!;
        const from = predNode[node]!;
        if (via >= 0) {
          if (node >= uCount) {
            flow[via] = 1;
            addSlot(node - uCount, via);
          } else {
            flow[via] = 0;
            removeSlot(from - uCount, via);
          }
        } else if (via === EXPERT_TO_SINK) load[from - uCount]!++;
        else if (via === SINK_TO_EXPERT) load[node - uCount]!--;
        else if (via === SPARE_TO_SINK) state.spareLoad++;
        else if (via === SINK_TO_SPARE) state.spareLoad--;
        else if (via === U_TO_SPARE) {
          state.spareInflow++;
          if (spareFlow[from]!++ === 0) spareListAdd(from);
        } else if (via === SPARE_TO_U) {
          state.spareInflow--;
          if (--spareFlow[node]! === 0) spareListRemove(node);
        }
        node = from;
      }
      excess[source]!--;
    }
  }
  return 'done';
}
