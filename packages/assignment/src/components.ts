import type { AssignmentInstance } from './instance.ts';

/**
 * The connected components of the bid–expert candidate graph. The assignment problem is block-diagonal over them
 * (no bid, expert or constraint spans two; a panel-diversity rule is per bid, so it stays inside one too), so
 * solving each on its own and taking the union is exact. It matters for speed: the spare node and the sink touch
 * every u and every expert, so in one big network a search that reaches them, or a phase that scans them, pays for
 * every field of the pool instead of its own.
 */
export interface InstancePart {
  instance: AssignmentInstance;
  /** Instance edge index of each part edge. */
  originalEdge: Int32Array;
}

export interface Components {
  /** Parts with at least one candidate edge, in order of their first bid. */
  parts: InstancePart[];
  /** Seats of bids without any candidate edge (they stay empty). */
  unreachableSeats: number;
}

export function splitComponents(instance: AssignmentInstance, affinity: Float64Array): Components | null {
  const { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert } = instance;
  // Union–find over bids (0..bidCount) and experts (bidCount..), with path halving.
  const parent = new Int32Array(bidCount + expertCount);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (let b = 0; b < bidCount; b++) {
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) {
      const x = find(b);
      const y = find(bidCount + edgeExpert[j]!);
      if (x !== y) parent[x] = y;
    }
  }
  // Number the components that hold an edge, by first bid.
  const label = new Int32Array(bidCount + expertCount).fill(-1);
  let count = 0;
  let unreachableSeats = 0;
  for (let b = 0; b < bidCount; b++) {
    if (edgeStart[b + 1] === edgeStart[b]) {
      for (let r = 0; r < roleCount; r++) unreachableSeats += Math.max(0, bidRoleDemand[b * roleCount + r]!);
      continue;
    }
    const root = find(b);
    if (label[root]! < 0) label[root] = count++;
  }
  if (count <= 1 && unreachableSeats === 0) return null;

  const bidsOf = new Int32Array(count + 1);
  const expertsOf = new Int32Array(count + 1);
  const edgesOf = new Int32Array(count + 1);
  const local = new Int32Array(bidCount + expertCount); // index inside its part
  for (let b = 0; b < bidCount; b++) {
    if (edgeStart[b + 1] === edgeStart[b]) continue;
    const c = label[find(b)]!;
    local[b] = bidsOf[c + 1]!++;
    edgesOf[c + 1]! += edgeStart[b + 1]! - edgeStart[b]!;
  }
  for (let e = 0; e < expertCount; e++) {
    const c = label[find(bidCount + e)]!;
    if (c >= 0) local[bidCount + e] = expertsOf[c + 1]!++;
  }
  const parts: InstancePart[] = [];
  for (let c = 0; c < count; c++) {
    const bids = bidsOf[c + 1]!;
    const experts = expertsOf[c + 1]!;
    const edges = edgesOf[c + 1]!;
    parts.push({
      instance: {
        bidCount: bids,
        expertCount: experts,
        roleCount,
        expertRole: new Uint8Array(experts),
        expertCapacity: new Int32Array(experts),
        bidRoleDemand: new Int32Array(bids * roleCount),
        edgeStart: new Int32Array(bids + 1),
        edgeExpert: new Int32Array(edges),
        edgeAffinity: new Float64Array(edges),
        ...(instance.expertGroup ? { expertGroup: new Int32Array(experts), maxPerGroup: instance.maxPerGroup } : {}),
      },
      originalEdge: new Int32Array(edges),
    });
  }
  for (let e = 0; e < expertCount; e++) {
    const c = label[find(bidCount + e)]!;
    if (c < 0) continue;
    const part = parts[c]!.instance;
    part.expertRole[local[bidCount + e]!] = expertRole[e]!;
    part.expertCapacity[local[bidCount + e]!] = expertCapacity[e]!;
    if (part.expertGroup) part.expertGroup[local[bidCount + e]!] = instance.expertGroup![e]!;
  }
  const filled = new Int32Array(count);
  for (let b = 0; b < bidCount; b++) {
    if (edgeStart[b + 1] === edgeStart[b]) continue;
    const c = label[find(b)]!;
    const { instance: part, originalEdge } = parts[c]!;
    const lb = local[b]!;
    for (let r = 0; r < roleCount; r++) part.bidRoleDemand[lb * roleCount + r] = bidRoleDemand[b * roleCount + r]!;
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) {
      const k = filled[c]!++;
      part.edgeExpert[k] = local[bidCount + edgeExpert[j]!]!;
      part.edgeAffinity[k] = affinity[j]!;
      originalEdge[k] = j;
    }
    part.edgeStart[lb + 1] = filled[c]!;
  }
  return { parts, unreachableSeats };
}
