import type { AssignmentInstance } from './instance.ts';

/**
 * The exact core: min-cost flow on the assignment network, by successive shortest paths with Dijkstra on reduced
 * costs (Johnson potentials), one augmentation per search, the search starting at one (bid, role) node and stopping
 * as soon as the sink is settled — the sparse Jonker–Volgenant/Hungarian scheme generalised to b-matching.
 *
 * Network: (bid, role) node u with supply = demand → expert e of that role via each candidate edge (capacity 1,
 * cost (max affinity − affinity) × S) → sink t (capacity = load cap, cost 0). When not every seat can be filled,
 * a spare node X takes the seats that stay empty: u → X (cost 0, capacity = demand) → t (capacity = totalDemand −
 * maximum flow). Exactly that many units must pass through X, so the real part of every routed flow is a maximum flow,
 * and the min-cost one maximises the total affinity among maximum flows. The maximum flow is computed first only
 * when the plain network turns out infeasible (a search finds no path): feasible instances pay nothing for it.
 * (A penalty arc u → t of huge cost would do the same, but every search that ends on it lowers potentials by the
 * penalty, and after a few dozen of those they leave the range where doubles are exact integers.)
 *
 * Exactness: costs are integers held in doubles, and every distance and potential stays below 2^53, so the
 * arithmetic is exact. Affinities are scaled by a power of two S (2^40 on small instances, 2^32 at 100,000 seats
 * with affinities in [0, 1]): dyadic values (the real data's 0, 0.25, 0.5, 1) are represented exactly, so the
 * result is the exact optimum. Otherwise each edge's cost is off by at most 1/(2S), and the chosen assignment is
 * within totalDemand/S of the optimum. That is still the exact optimum whenever the affinities lie on a grid of
 * step g with totalDemand/S < g/2, because two assignments' totals then differ by 0 or by ≥ g: e.g. thousandths
 * (g = 0.001) with 100,000 seats (1e5/2^32 ≈ 2.3e-5 < 5e-4). Arbitrary floats are optimal to within totalDemand/S.
 *
 * Correctness of single-source searches (a sketch): potentials keep every residual arc's reduced cost ≥ 0
 * (after a search with sink distance D, π(v) += min(d(v), D) − D for every node, which changes only settled
 * nodes); so the residual graph never holds a negative cycle, and when every supply is routed the flow is a
 * min-cost flow. A guard throws rather than return a wrong answer if potentials ever left the exact range.
 */

export interface FlowSolution {
  /** 1 for each instance edge in the optimal flow, 0 otherwise (indexed like edgeExpert). */
  chosen: Uint8Array;
  /** Seats left empty (units on overflow arcs). */
  shortfall: number;
}

/** Largest power of two scale so that every quantity of the run stays an exact integer below 2^53. */
function costScale(range: number, totalDemand: number): number {
  if (!(range > 0)) return 1;
  // Shortest-path distances and potentials are bounded by (totalDemand + 1)·K (a path has at most that many forward
  // arcs): keep that well below 2^53.
  const budget = 2 ** 49 / (totalDemand + 2);
  const exponent = Math.min(40, Math.floor(Math.log2(budget / range)));
  return 2 ** exponent;
}

/** The maximum-affinity assignment among those filling the most seats (see the file comment). */
export function minCostAssignmentFlow(instance: AssignmentInstance, affinity: Float64Array = instance.edgeAffinity): FlowSolution {
  const plain = flowCore(instance, affinity, 0, 0);
  if (plain) return plain;
  let totalDemand = 0;
  for (let u = 0; u < instance.bidCount * instance.roleCount; u++) totalDemand += Math.max(0, instance.bidRoleDemand[u]!);
  // Maximum flow: equal costs, and a spare node of unlimited capacity at cost 1 per unit, so the fewest units use it.
  const maxFlow = flowCore(instance, new Float64Array(affinity.length), totalDemand, 1)!;
  return flowCore(instance, affinity, maxFlow.shortfall, 0)!;
}

/** The number of seats no assignment can fill (0 when every panel can be completed): a maximum-flow test. */
export function unfillableSeats(instance: AssignmentInstance): number {
  const equal = new Float64Array(instance.edgeStart[instance.bidCount]!);
  if (flowCore(instance, equal, 0, 0)) return 0;
  let totalDemand = 0;
  for (let u = 0; u < instance.bidCount * instance.roleCount; u++) totalDemand += Math.max(0, instance.bidRoleDemand[u]!);
  return flowCore(instance, equal, totalDemand, 1)!.shortfall;
}

/** One successive-shortest-path run; null when spareCapacity is 0 and some seat cannot be filled. */
function flowCore(instance: AssignmentInstance, affinity: Float64Array, spareCapacity: number, spareCost: number): FlowSolution | null {
  const { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert } = instance;
  const edgeCount = edgeStart[bidCount]!;
  const uCount = bidCount * roleCount;

  // Group each bid's edges by the expert's role: u = bid * roleCount + role owns permuted edges uStart[u]..uStart[u+1].
  const uStart = new Int32Array(uCount + 1);
  for (let b = 0; b < bidCount; b++) {
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) uStart[b * roleCount + expertRole[edgeExpert[j]!]! + 1]!++;
  }
  for (let u = 0; u < uCount; u++) uStart[u + 1]! += uStart[u]!;
  const fill = uStart.slice(0, uCount);
  const original = new Int32Array(edgeCount); // permuted → instance edge
  const pExpert = new Int32Array(edgeCount);
  const pU = new Int32Array(edgeCount);
  const cost = new Float64Array(edgeCount);

  let minA = Infinity;
  let maxA = -Infinity;
  for (let j = 0; j < edgeCount; j++) {
    const a = affinity[j]!;
    if (!Number.isFinite(a)) throw new Error(`edge ${j}: affinity ${a} is not a finite number`);
    if (a < minA) minA = a;
    if (a > maxA) maxA = a;
  }
  let totalDemand = 0;
  for (let u = 0; u < uCount; u++) totalDemand += Math.max(0, bidRoleDemand[u]!);
  const scale = costScale(edgeCount > 0 ? maxA - minA : 0, totalDemand);

  for (let b = 0; b < bidCount; b++) {
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) {
      const e = edgeExpert[j]!;
      const u = b * roleCount + expertRole[e]!;
      const p = fill[u]!++;
      original[p] = j;
      pExpert[p] = e;
      pU[p] = u;
      cost[p] = Math.round((maxA - affinity[j]!) * scale);
    }
  }

  // Each expert's assigned (permuted) edges live in its own slot range; it never holds more than min(cap, degree).
  const slotStart = new Int32Array(expertCount + 1);
  for (let p = 0; p < edgeCount; p++) slotStart[pExpert[p]! + 1]!++;
  for (let e = 0; e < expertCount; e++) slotStart[e + 1] = slotStart[e]! + Math.max(0, Math.min(expertCapacity[e]!, slotStart[e + 1]!));
  const slots = new Int32Array(slotStart[expertCount]!);
  const slotOf = new Int32Array(edgeCount).fill(-1); // position in `slots` of an assigned edge
  const load = new Int32Array(expertCount);
  const flow = new Uint8Array(edgeCount);

  const nodeCount = uCount + expertCount + 2;
  const spare = nodeCount - 2;
  const sink = nodeCount - 1;
  // Units each (bid, role) sends to the spare node, and the list of those that send any (for X's reverse arcs).
  const spareFlow = new Int32Array(uCount);
  const spareList = new Int32Array(uCount);
  const spareListPos = new Int32Array(uCount).fill(-1);
  let spareListSize = 0;
  let spareLoad = 0;
  const potential = new Float64Array(nodeCount);
  const dist = new Float64Array(nodeCount).fill(Infinity);
  // The permuted edge a node was reached by, or: −2 expert → sink, −3 u → spare, −4 spare → sink, −5 spare → u.
  const pred = new Int32Array(nodeCount);
  const predNode = new Int32Array(nodeCount);
  const settled = new Uint8Array(nodeCount);
  const touched = new Int32Array(nodeCount);
  // Indexed binary min-heap over nodes.
  const heap = new Int32Array(nodeCount);
  const heapPos = new Int32Array(nodeCount).fill(-1);
  let heapSize = 0;

  const siftUp = (i: number): void => {
    const node = heap[i]!;
    const key = dist[node]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const other = heap[parent]!;
      if (dist[other]! <= key) break;
      heap[i] = other;
      heapPos[other] = i;
      i = parent;
    }
    heap[i] = node;
    heapPos[node] = i;
  };
  const popMin = (): number => {
    const top = heap[0]!;
    heapPos[top] = -1;
    heapSize--;
    if (heapSize > 0) {
      const node = heap[heapSize]!;
      const key = dist[node]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= heapSize) break;
        if (child + 1 < heapSize && dist[heap[child + 1]!]! < dist[heap[child]!]!) child++;
        const other = heap[child]!;
        if (dist[other]! >= key) break;
        heap[i] = other;
        heapPos[other] = i;
        i = child;
      }
      heap[i] = node;
      heapPos[node] = i;
    }
    return top;
  };
  let touchedCount = 0;
  const relax = (node: number, d: number, via: number, from: number): void => {
    if (d >= dist[node]!) return;
    if (dist[node] === Infinity) touched[touchedCount++] = node;
    dist[node] = d;
    pred[node] = via;
    predNode[node] = from;
    if (heapPos[node]! < 0) {
      heap[heapSize] = node;
      heapPos[node] = heapSize;
      heapSize++;
    }
    siftUp(heapPos[node]!);
  };

  const FLOOR = -(2 ** 52);
  for (let source = 0; source < uCount; source++) {
    for (let unit = bidRoleDemand[source]!; unit > 0; unit--) {
      touchedCount = 0;
      heapSize = 0;
      relax(source, 0, -1, -1);
      let D = Infinity;
      while (heapSize > 0) {
        const x = popMin();
        settled[x] = 1;
        const dx = dist[x]!;
        if (x === sink) {
          D = dx;
          break;
        }
        const px = potential[x]!;
        if (x < uCount) {
          for (let p = uStart[x]!, end = uStart[x + 1]!; p < end; p++) {
            if (flow[p]) continue;
            const y = uCount + pExpert[p]!;
            if (settled[y]) continue;
            relax(y, dx + cost[p]! + px - potential[y]!, p, x);
          }
          if (spareCapacity > 0 && !settled[spare]) relax(spare, dx + spareCost + px - potential[spare]!, -3, x);
        } else if (x === spare) {
          if (spareLoad < spareCapacity) relax(sink, dx + px - potential[sink]!, -4, x);
          for (let i = 0; i < spareListSize; i++) {
            const y = spareList[i]!;
            if (!settled[y]) relax(y, dx - spareCost + px - potential[y]!, -5, x);
          }
        } else {
          const e = x - uCount;
          for (let s = slotStart[e]!, end = s + load[e]!; s < end; s++) {
            const p = slots[s]!;
            const y = pU[p]!;
            if (settled[y]) continue;
            relax(y, dx - cost[p]! + px - potential[y]!, p, x);
          }
          if (load[e]! < expertCapacity[e]!) relax(sink, dx + px - potential[sink]!, -2, x);
        }
        // Reduced costs are ≥ 0, so nothing left in the heap can bring the sink below dx: it is final already.
        if (dist[sink]! <= dx) {
          D = dist[sink]!;
          break;
        }
      }
      if (D === Infinity) {
        if (spareCapacity === 0) return null;
        throw new Error('assignment flow: no augmenting path although the spare node should absorb every unit');
      }
      // Potentials: settled nodes move by d − D; the rest by 0 (the common −D shift is dropped).
      for (let i = 0; i < touchedCount; i++) {
        const v = touched[i]!;
        if (settled[v] && v !== sink) {
          const moved = (potential[v]! += dist[v]! - D);
          if (moved < FLOOR) throw new Error('assignment flow: potentials left the exact integer range of doubles');
        }
        dist[v] = Infinity;
        settled[v] = 0;
        if (heapPos[v]! >= 0) heapPos[v] = -1;
      }
      // Augment one unit, walking the path back from the sink. `freedSlot` is the expert slot the arc out of the
      // current node gave up (or the new slot when that arc went to the sink); the arc into it takes it over.
      let node = sink;
      let freedSlot = -1;
      while (node !== source) {
        const via = pred[node]!;
        const from = predNode[node]!;
        if (node === sink) {
          if (via === -2) {
            const e = from - uCount;
            freedSlot = slotStart[e]! + load[e]!;
            load[e]!++;
          } else spareLoad++;
        } else if (node === spare) {
          if (spareFlow[from]!++ === 0) {
            spareList[spareListSize] = from;
            spareListPos[from] = spareListSize++;
          }
        } else if (node >= uCount) {
          flow[via] = 1;
          slots[freedSlot] = via;
          slotOf[via] = freedSlot;
        } else if (via >= 0) {
          flow[via] = 0;
          freedSlot = slotOf[via]!;
          slotOf[via] = -1;
        } else if (--spareFlow[node]! === 0) {
          const at = spareListPos[node]!;
          const last = spareList[--spareListSize]!;
          spareList[at] = last;
          spareListPos[last] = at;
          spareListPos[node] = -1;
        }
        node = from;
      }
    }
  }

  const chosen = new Uint8Array(edgeCount);
  for (let p = 0; p < edgeCount; p++) if (flow[p]) chosen[original[p]!] = 1;
  return { chosen, shortfall: spareLoad };
}
