import type { AssignmentNetwork, ExpertEdges } from './network.ts';

/**
 * The maximum number of seats that can be filled (costs ignored): Dinic's blocking flows on the unit-capacity
 * b-matching network (Hopcroft–Karp generalised to demands and load caps), after a greedy start. Each phase is a
 * breadth-first search from every u with unrouted demand over residual arcs (u → e on an unused edge, e → u' back
 * along a used edge) up to the first level holding an expert below its cap, then depth-first augmentations along
 * level-increasing arcs with per-node current-arc pointers. It ends when no expert with spare capacity can be
 * reached, which is the max-flow optimality certificate (no augmenting path).
 *
 * `keep` (optional, per permuted edge) restricts the network to the edges with keep[p] = 1, so that fair mode can
 * test thresholds without rebuilding the network.
 */
export interface MaximumFlow {
  value: number;
  /** 1 on each permuted edge used, units per expert, units routed per u. */
  flow: Uint8Array;
  load: Int32Array;
  routed: Int32Array;
}

export function maximumFlow(net: AssignmentNetwork, byExpert: ExpertEdges, keep?: Uint8Array): MaximumFlow {
  const { uCount, expertCount, demand, capacity, uStart, pExpert, pU } = net;
  const flow = new Uint8Array(net.edgeCount);
  const load = new Int32Array(expertCount);
  const routed = new Int32Array(uCount);
  let total = 0;
  for (let u = 0; u < uCount; u++) {
    for (let p = uStart[u]!, end = uStart[u + 1]!; p < end && routed[u]! < demand[u]!; p++) {
      const e = pExpert[p]!;
      if ((keep && !keep[p]) || load[e]! >= capacity[e]!) continue;
      flow[p] = 1;
      load[e]!++;
      routed[u]!++;
      total++;
    }
  }
  if (total === net.totalDemand) return { value: total, flow, load, routed };

  // Nodes: u in [0, uCount), expert e at uCount + e.
  const nodeCount = uCount + expertCount;
  const level = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  const current = new Int32Array(nodeCount);
  const stackNode = new Int32Array(nodeCount + 1);
  const stackEdge = new Int32Array(nodeCount + 1);
  for (;;) {
    level.fill(-1);
    let head = 0;
    let tail = 0;
    for (let u = 0; u < uCount; u++) {
      if (routed[u]! < demand[u]!) {
        level[u] = 0;
        queue[tail++] = u;
      }
    }
    let freeLevel = -1;
    while (head < tail) {
      const x = queue[head++]!;
      if (freeLevel >= 0 && level[x]! >= freeLevel) break;
      if (x < uCount) {
        for (let p = uStart[x]!, end = uStart[x + 1]!; p < end; p++) {
          if (flow[p] || (keep && !keep[p])) continue;
          const y = uCount + pExpert[p]!;
          if (level[y]! >= 0) continue;
          level[y] = level[x]! + 1;
          if (load[y - uCount]! < capacity[y - uCount]!) freeLevel = level[y]!;
          else queue[tail++] = y;
        }
      } else {
        const e = x - uCount;
        for (let i = byExpert.start[e]!, end = byExpert.start[e + 1]!; i < end; i++) {
          const p = byExpert.edges[i]!;
          if (!flow[p]) continue;
          const y = pU[p]!;
          if (level[y]! >= 0) continue;
          level[y] = level[x]! + 1;
          queue[tail++] = y;
        }
      }
    }
    if (freeLevel < 0) return { value: total, flow, load, routed };

    for (let u = 0; u < uCount; u++) current[u] = uStart[u]!;
    for (let e = 0; e < expertCount; e++) current[uCount + e] = byExpert.start[e]!;
    for (let root = 0; root < uCount; root++) {
      if (level[root] !== 0) continue;
      while (routed[root]! < demand[root]! && level[root] === 0) {
        // Depth-first search for one augmenting path; stackEdge[i] is the edge that entered stackNode[i].
        let depth = 0;
        stackNode[0] = root;
        let found = -1;
        while (depth >= 0) {
          const x = stackNode[depth]!;
          let next = -1;
          let via = -1;
          if (x < uCount) {
            for (let end = uStart[x + 1]!; current[x]! < end; current[x]!++) {
              const p = current[x]!;
              if (flow[p] || (keep && !keep[p])) continue;
              const y = uCount + pExpert[p]!;
              if (level[y] !== level[x]! + 1) continue;
              next = y;
              via = p;
              break;
            }
          } else {
            const e = x - uCount;
            if (load[e]! < capacity[e]!) {
              found = depth;
              break;
            }
            for (let end = byExpert.start[e + 1]!; current[x]! < end; current[x]!++) {
              const p = byExpert.edges[current[x]!]!;
              if (!flow[p]) continue;
              const y = pU[p]!;
              if (level[y] !== level[x]! + 1) continue;
              next = y;
              via = p;
              break;
            }
          }
          if (next < 0) {
            level[x] = -2; // dead end for the rest of this phase
            depth--;
            continue;
          }
          stackNode[++depth] = next;
          stackEdge[depth] = via;
        }
        if (found < 0) break;
        for (let i = 1; i <= found; i++) flow[stackEdge[i]!] = i % 2; // forward arcs gain the unit, reverse ones give it up
        load[stackNode[found]! - uCount]!++;
        routed[root]!++;
        total++;
      }
    }
  }
}
