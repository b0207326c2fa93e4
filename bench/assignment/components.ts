/**
 * Splits an instance into the connected components of its bid–expert candidate graph. The LP is block-diagonal
 * over them (no row or column spans two components, a panel-diversity row included: it is per bid), so its optimum
 * is the sum of the components' optima: an exact reference for instances whose single LP exceeds HiGHS-WASM's 2 GB
 * heap (synthetic L, whose candidates never leave a bid's topic field).
 */
import type { AssignmentInstance } from '@jiebang/assignment';

export function splitByComponent(instance: AssignmentInstance): AssignmentInstance[] {
  const { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity } = instance;
  // Union–find over bids (0..bidCount) and experts (bidCount..).
  const parent = new Int32Array(bidCount + expertCount);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let b = 0; b < bidCount; b++) {
    for (let edge = edgeStart[b]!; edge < edgeStart[b + 1]!; edge++) {
      const x = find(b);
      const y = find(bidCount + edgeExpert[edge]!);
      if (x !== y) parent[x] = y;
    }
  }
  const componentOf = new Map<number, number>();
  const bidComponent = new Int32Array(bidCount);
  for (let b = 0; b < bidCount; b++) {
    const root = find(b);
    if (!componentOf.has(root)) componentOf.set(root, componentOf.size);
    bidComponent[b] = componentOf.get(root)!;
  }
  const count = componentOf.size;
  const bidsOf: number[][] = Array.from({ length: count }, () => []);
  for (let b = 0; b < bidCount; b++) bidsOf[bidComponent[b]!]!.push(b);
  const localExpert = new Int32Array(expertCount).fill(-1);
  return bidsOf.map((bids) => {
    const experts: number[] = [];
    let edges = 0;
    for (const b of bids) {
      edges += edgeStart[b + 1]! - edgeStart[b]!;
      for (let edge = edgeStart[b]!; edge < edgeStart[b + 1]!; edge++) {
        const e = edgeExpert[edge]!;
        if (localExpert[e] === -1) {
          localExpert[e] = experts.length;
          experts.push(e);
        }
      }
    }
    const sub: AssignmentInstance = {
      bidCount: bids.length,
      expertCount: experts.length,
      roleCount,
      expertRole: Uint8Array.from(experts, (e) => expertRole[e]!),
      expertCapacity: Int32Array.from(experts, (e) => expertCapacity[e]!),
      bidRoleDemand: new Int32Array(bids.length * roleCount),
      edgeStart: new Int32Array(bids.length + 1),
      edgeExpert: new Int32Array(edges),
      edgeAffinity: new Float64Array(edges),
      ...(instance.expertGroup ? { expertGroup: Int32Array.from(experts, (e) => instance.expertGroup![e]!), maxPerGroup: instance.maxPerGroup } : {}),
    };
    let at = 0;
    bids.forEach((b, i) => {
      for (let r = 0; r < roleCount; r++) sub.bidRoleDemand[i * roleCount + r] = bidRoleDemand[b * roleCount + r]!;
      for (let edge = edgeStart[b]!; edge < edgeStart[b + 1]!; edge++, at++) {
        sub.edgeExpert[at] = localExpert[edgeExpert[edge]!]!;
        sub.edgeAffinity[at] = edgeAffinity[edge]!;
      }
      sub.edgeStart[i + 1] = at;
    });
    for (const e of experts) localExpert[e] = -1;
    return sub;
  });
}
