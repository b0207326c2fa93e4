import type { AssignmentNetwork, ExpertEdges } from './network.ts';
import { NodeHeap } from './node-heap.ts';
import type { FlowState, Spare } from './shortest-paths.ts';

/**
 * Routes every unit of `state.excess` by the primal–dual method with blocking flows (as in the inner loop of Gabow
 * and Tarjan's cost scaling), on the network and pseudoflow of shortest-paths.ts. Each phase:
 * 1. one Dijkstra from every u with excess at once, on reduced costs, until the deficits it has settled could take
 *    all the excess (or nothing more is reachable); with D the last settled distance, each settled node's potential
 *    moves by d − D (the others keep theirs), which keeps every residual arc's reduced cost ≥ 0 and makes every
 *    shortest path from the excess to a settled deficit consist of arcs with reduced cost 0 ("admissible");
 * 2. depth-first searches along admissible arcs, inside the settled nodes, route as many units as they can
 *    (current-arc pointers; a node that leads nowhere is dead for the phase). A path of reduced cost 0 leaves its
 *    backward arcs at 0 too, so the invariant — and with it exactness — holds throughout.
 * One phase reaches deficits at many different distances, so a few dozen phases route tens of thousands of units;
 * the sink and the spare node, whose arcs reach every expert or every u, are scanned once per phase instead of once
 * per unit.
 */
export function completeByBlockingFlows(net: AssignmentNetwork, byExpert: ExpertEdges, state: FlowState, spare: Spare, cost: Float64Array): boolean {
  const { uCount, expertCount, uStart, pExpert, pU, capacity } = net;
  const { flow, inflow, load, excess, spareFlow, potential } = state;
  const hasSpare = spare.capacity > 0;
  const spareCost = spare.cost;
  const nodeCount = uCount + expertCount + 2;
  const X = nodeCount - 2;
  const T = nodeCount - 1;
  let sinkDeficit = net.totalDemand - state.spareLoad;
  for (let e = 0; e < expertCount; e++) sinkDeficit -= load[e]!;
  let excessLeft = 0;
  for (let u = 0; u < uCount; u++) excessLeft += excess[u]!;

  const hasDeficit = (v: number): boolean => (v === T ? sinkDeficit > 0 : v === X ? state.spareLoad > state.spareInflow : v >= uCount && load[v - uCount]! > inflow[v - uCount]!);

  const dist = new Float64Array(nodeCount).fill(Infinity);
  const settled = new Uint8Array(nodeCount);
  const touched = new Int32Array(nodeCount);
  const queue = new NodeHeap(nodeCount, dist);
  const current = new Int32Array(nodeCount);
  const dead = new Uint8Array(nodeCount);
  // Nodes settled by this phase's Dijkstra: admissible paths to its deficits stay inside them.
  const inPhase = new Uint8Array(nodeCount);
  const onPath = new Uint8Array(nodeCount);
  const pathNode = new Int32Array(nodeCount + 1);
  const pathArc = new Int32Array(nodeCount + 1);
  const FLOOR = -(2 ** 52);

  while (excessLeft > 0) {
    // ---- 1. multi-source Dijkstra on reduced costs, up to the nearest deficit -----------------------------------
    let touchedCount = 0;
    let D = Infinity;
    let reachable = 0; // deficit units among the settled nodes
    const relax = (node: number, d: number): void => {
      if (d >= dist[node]!) return;
      if (dist[node] === Infinity) touched[touchedCount++] = node;
      dist[node] = d;
      queue.push(node);
    };
    for (let u = 0; u < uCount; u++) if (excess[u]! > 0) relax(u, 0);
    while (queue.size > 0) {
      const x = queue.pop();
      const dx = dist[x]!;
      settled[x] = 1;
      D = dx;
      if (hasDeficit(x)) {
        reachable += x === T ? sinkDeficit : x === X ? state.spareLoad - state.spareInflow : load[x - uCount]! - inflow[x - uCount]!;
        if (reachable >= excessLeft) break;
      }
      const px = potential[x]!;
      if (x < uCount) {
        for (let p = uStart[x]!, end = uStart[x + 1]!; p < end; p++) {
          if (flow[p]) continue;
          const y = uCount + pExpert[p]!;
          if (!settled[y]) relax(y, dx + cost[p]! + px - potential[y]!);
        }
        if (hasSpare && !settled[X]) relax(X, dx + spareCost + px - potential[X]!);
      } else if (x < X) {
        const e = x - uCount;
        if (inflow[e]! > 0) {
          for (let i = byExpert.start[e]!, end = byExpert.start[e + 1]!; i < end; i++) {
            const p = byExpert.edges[i]!;
            if (!flow[p]) continue;
            const y = pU[p]!;
            if (!settled[y]) relax(y, dx - cost[p]! + px - potential[y]!);
          }
        }
        if (load[e]! < capacity[e]! && !settled[T]) relax(T, dx + px - potential[T]!);
      } else if (x === X) {
        for (let u = 0; u < uCount; u++) if (spareFlow[u]! > 0 && !settled[u]) relax(u, dx - spareCost + px - potential[u]!);
        if (state.spareLoad < spare.capacity && !settled[T]) relax(T, dx + px - potential[T]!);
      } else {
        for (let e = 0; e < expertCount; e++) if (load[e]! > 0 && !settled[uCount + e]) relax(uCount + e, dx + px - potential[uCount + e]!);
        if (state.spareLoad > 0 && !settled[X]) relax(X, dx + px - potential[X]!);
      }
    }
    inPhase.fill(0);
    for (let i = 0; i < touchedCount; i++) {
      const v = touched[i]!;
      inPhase[v] = settled[v]!;
      if (D !== Infinity && settled[v]) {
        const moved = (potential[v]! += dist[v]! - D);
        if (moved < FLOOR) throw new Error('assignment flow: potentials left the exact integer range of doubles');
      }
      dist[v] = Infinity;
      settled[v] = 0;
    }
    queue.clear(touched, touchedCount);
    if (reachable === 0) return false;

    // ---- 2. blocking flow on admissible arcs (reduced cost 0) -------------------------------------------------
    // Arc cursors: u walks its edges then X; an expert its edges (by expert) then the sink; X every u then the sink;
    // the sink every expert then X. pathArc[i] is the arc that entered pathNode[i]: an edge p ≥ 0, or −1 for arcs
    // to or from X and the sink.
    for (let u = 0; u < uCount; u++) current[u] = uStart[u]!;
    for (let e = 0; e < expertCount; e++) current[uCount + e] = byExpert.start[e]!;
    current[X] = 0;
    current[T] = 0;
    dead.fill(0);
    for (let v = 0; v < nodeCount; v++) if (!inPhase[v] && !hasDeficit(v)) dead[v] = 1;
    for (let root = 0; root < uCount && excessLeft > 0; root++) {
      while (excess[root]! > 0 && !dead[root]) {
        let depth = 0;
        pathNode[0] = root;
        onPath[root] = 1;
        let reached = false;
        while (depth >= 0) {
          const x = pathNode[depth]!;
          if (depth > 0 && hasDeficit(x)) {
            reached = true;
            break;
          }
          const px = potential[x]!;
          let next = -1;
          let arc = -1;
          if (x < uCount) {
            const end = uStart[x + 1]!;
            for (; current[x]! < end; current[x]!++) {
              const p = current[x]!;
              if (flow[p]) continue;
              const y = uCount + pExpert[p]!;
              if (dead[y] || onPath[y] || cost[p]! + px - potential[y]! !== 0) continue;
              next = y;
              arc = p;
              break;
            }
            if (next < 0 && current[x] === end && hasSpare && !dead[X] && !onPath[X] && spareCost + px - potential[X]! === 0) next = X;
            if (next < 0) current[x] = end + 1;
          } else if (x < X) {
            const e = x - uCount;
            const end = byExpert.start[e + 1]!;
            for (; current[x]! < end; current[x]!++) {
              const p = byExpert.edges[current[x]!]!;
              if (!flow[p]) continue;
              const y = pU[p]!;
              if (dead[y] || onPath[y] || -cost[p]! + px - potential[y]! !== 0) continue;
              next = y;
              arc = p;
              break;
            }
            if (next < 0 && load[e]! < capacity[e]! && !dead[T] && !onPath[T] && px - potential[T]! === 0) next = T;
          } else if (x === X) {
            for (; current[X]! < uCount; current[X]!++) {
              const y = current[X]!;
              if (spareFlow[y]! > 0 && !dead[y] && !onPath[y] && -spareCost + px - potential[y]! === 0) {
                next = y;
                break;
              }
            }
            if (next < 0 && state.spareLoad < spare.capacity && !dead[T] && !onPath[T] && px - potential[T]! === 0) next = T;
          } else {
            for (; current[T]! < expertCount; current[T]!++) {
              const y = uCount + current[T]!;
              if (load[y - uCount]! > 0 && !dead[y] && !onPath[y] && px - potential[y]! === 0) {
                next = y;
                break;
              }
            }
            if (next < 0 && state.spareLoad > 0 && !dead[X] && !onPath[X] && px - potential[X]! === 0) next = X;
          }
          if (next < 0) {
            dead[x] = 1;
            onPath[x] = 0;
            depth--;
            continue;
          }
          pathNode[++depth] = next;
          pathArc[depth] = arc;
          onPath[next] = 1;
        }
        for (let i = 0; i <= Math.max(depth, 0); i++) onPath[pathNode[i]!] = 0;
        if (!reached) break;
        for (let i = 1; i <= depth; i++) apply(pathNode[i - 1]!, pathNode[i]!, pathArc[i]!);
        if (pathNode[depth] === T) sinkDeficit--;
        excess[root]!--;
        excessLeft--;
      }
    }
  }
  return true;

  /** Moves one unit along the residual arc from → to (arc: the edge, or −1 for arcs at X and the sink). */
  function apply(from: number, to: number, arc: number): void {
    if (arc >= 0) {
      if (to >= uCount) {
        flow[arc] = 1;
        inflow[to - uCount]!++;
      } else {
        flow[arc] = 0;
        inflow[from - uCount]!--;
      }
    } else if (to === T) {
      if (from === X) state.spareLoad++;
      else load[from - uCount]!++;
    } else if (from === T) {
      if (to === X) state.spareLoad--;
      else load[to - uCount]!--;
    } else if (to === X) {
      state.spareInflow++;
      spareFlow[from]!++;
    } else {
      state.spareInflow--;
      spareFlow[to]!--;
    }
  }
}
