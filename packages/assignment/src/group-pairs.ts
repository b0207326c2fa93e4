import type { AssignmentInstance } from './instance.ts';
import type { AssignmentNetwork } from './network.ts';

/** A panel-diversity rule: at most `cap` experts of one group on each bid's panel. */
export interface DiversityRule {
  group: Int32Array;
  cap: number;
}

/**
 * The instance's panel-diversity rule, checked; null when it has none (`maxPerGroup` left out). Bad input throws an
 * error naming the field: the rule must not be silently dropped.
 */
export function diversityRule(instance: AssignmentInstance): DiversityRule | null {
  const { maxPerGroup, expertGroup, expertCount } = instance;
  if (maxPerGroup === undefined) return null;
  if (!Number.isInteger(maxPerGroup) || maxPerGroup < 1) throw new Error(`maxPerGroup: must be an integer ≥ 1 (or left out), got ${maxPerGroup}`);
  if (!expertGroup) throw new Error('expertGroup: required when maxPerGroup is set');
  if (expertGroup.length !== expertCount) throw new Error(`expertGroup: length ${expertGroup.length}, expected expertCount ${expertCount}`);
  return { group: expertGroup, cap: maxPerGroup };
}

/**
 * The (bid, group) pairs of a network that could break the rule — those with more candidate edges than the cap —
 * numbered bid by bid in edge order (so the numbering, and everything iterated over it, is deterministic).
 */
export interface GroupPairs {
  count: number;
  /** Pair of each permuted edge; −1 when its expert has no group or its pair cannot exceed the cap. */
  pairOf: Int32Array;
  /** Permuted edges of each pair: edges[start[k] .. start[k + 1]). */
  start: Int32Array;
  edges: Int32Array;
}

/** `groupOf[p]`: the group of permuted edge p's expert (negative: none). Bids are u ÷ roleCount (network.ts). */
export function groupPairs(net: AssignmentNetwork, roleCount: number, groupOf: Int32Array, cap: number): GroupPairs {
  const { edgeCount, uCount, uStart } = net;
  let maxGroup = -1;
  for (let p = 0; p < edgeCount; p++) if (groupOf[p]! > maxGroup) maxGroup = groupOf[p]!;
  const seenAtBid = new Int32Array(maxGroup + 1).fill(-1);
  const slotOfGroup = new Int32Array(maxGroup + 1);
  const provisional = new Int32Array(edgeCount).fill(-1);
  const size = new Int32Array(edgeCount);
  let provisionalCount = 0;
  // A bid's u nodes are consecutive, so its permuted edges are one range.
  for (let b = 0; b * roleCount < uCount; b++) {
    for (let p = uStart[b * roleCount]!, end = uStart[(b + 1) * roleCount]!; p < end; p++) {
      const g = groupOf[p]!;
      if (g < 0) continue;
      if (seenAtBid[g] !== b) {
        seenAtBid[g] = b;
        slotOfGroup[g] = provisionalCount++;
      }
      provisional[p] = slotOfGroup[g]!;
      size[slotOfGroup[g]!]!++;
    }
  }
  const id = new Int32Array(provisionalCount);
  let count = 0;
  for (let k = 0; k < provisionalCount; k++) id[k] = size[k]! > cap ? count++ : -1;
  const pairOf = new Int32Array(edgeCount);
  const start = new Int32Array(count + 1);
  for (let p = 0; p < edgeCount; p++) {
    const k = provisional[p]!;
    pairOf[p] = k < 0 ? -1 : id[k]!;
    if (pairOf[p]! >= 0) start[pairOf[p]! + 1]!++;
  }
  for (let k = 0; k < count; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, count);
  const edges = new Int32Array(start[count]!);
  for (let p = 0; p < edgeCount; p++) if (pairOf[p]! >= 0) edges[fill[pairOf[p]!]!++] = p;
  return { count, pairOf, start, edges };
}

/** Chosen edges per pair under `flow`, into `counts`; returns the pairs over the cap, ascending. */
export function overfullPairs(pairs: GroupPairs, flow: Uint8Array, cap: number, counts: Int32Array): number[] {
  const over: number[] = [];
  for (let k = 0; k < pairs.count; k++) {
    let n = 0;
    for (let i = pairs.start[k]!, end = pairs.start[k + 1]!; i < end; i++) n += flow[pairs.edges[i]!]!;
    counts[k] = n;
    if (n > cap) over.push(k);
  }
  return over;
}
