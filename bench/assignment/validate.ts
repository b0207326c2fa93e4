/**
 * The benchmark's own validator, written apart from the solver package on purpose (it imports nothing from
 * `@jiebang/assignment` but the instance type): it recounts every hard constraint from the raw instance (the
 * panel-diversity cap included) and, for synthetic instances, re-derives each chosen pair's conflict of interest
 * from the generator's raw attributes.
 */
import type { AssignmentInstance } from '@jiebang/assignment';

export interface Violations {
  /** Chosen indices that are not candidate edges (out of range, not an integer) or repeat an edge. */
  notCandidate: number;
  /**
   * Seats over demand (summed over bid and role), plus |empty seats − reported shortfall|: every panel role is met
   * exactly, except the empty seats the solver reports (their minimality is checked against HiGHS's maximum).
   */
  demandMismatch: number;
  /** Sum over experts of max(0, load − cap). */
  overCap: number;
  /** Same expert twice on one bid's panel. */
  duplicateExpert: number;
  /** Chosen pairs that the COI rule forbids (only when a rule is given). */
  conflicted: number;
  /** Panel diversity (`maxPerGroup`): sum over (bid, group) of max(0, experts of the group on the panel − cap). */
  groupOverCap: number;
  /** |reported − recomputed objective| above 1e-9 relative. */
  objectiveMismatch: number;
  total: number;
  /** Objective recomputed from the chosen edges. */
  objective: number;
}

export function validateAssignmentIndependently(
  instance: AssignmentInstance,
  chosenEdges: ArrayLike<number>,
  reportedObjective: number,
  conflicts?: (bid: number, expert: number) => boolean,
  reportedShortfall = 0,
): Violations {
  const { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity } = instance;
  const edgeCount = edgeStart[bidCount]!;
  // Owner bid of an edge by binary search over the CSR offsets (no trust in the solver's bookkeeping).
  const bidOf = (edge: number): number => {
    let lo = 0;
    let hi = bidCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (edgeStart[mid]! <= edge) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const seenEdge = new Uint8Array(edgeCount);
  const assigned = new Int32Array(bidCount * roleCount);
  const load = new Int32Array(expertCount);
  const lastBidOfExpert = new Int32Array(expertCount).fill(-1);
  let notCandidate = 0;
  let duplicateExpert = 0;
  let conflicted = 0;
  let objective = 0;
  // Sort a copy so that edges of one bid are adjacent, which makes the duplicate-expert and group checks one pass.
  const sorted = Float64Array.from(chosenEdges).sort();
  const { expertGroup, maxPerGroup } = instance;
  const groupCount = new Map<number, number>();
  let groupBid = -1;
  let groupOverCap = 0;
  for (let i = 0; i < sorted.length; i++) {
    const edge = sorted[i]!;
    if (!Number.isInteger(edge) || edge < 0 || edge >= edgeCount || seenEdge[edge]) {
      notCandidate++;
      continue;
    }
    seenEdge[edge] = 1;
    const bid = bidOf(edge);
    const expert = edgeExpert[edge]!;
    if (lastBidOfExpert[expert] === bid) duplicateExpert++;
    lastBidOfExpert[expert] = bid;
    if (conflicts?.(bid, expert)) conflicted++;
    if (expertGroup && maxPerGroup !== undefined && expertGroup[expert]! >= 0) {
      if (bid !== groupBid) {
        groupCount.clear();
        groupBid = bid;
      }
      const n = (groupCount.get(expertGroup[expert]!) ?? 0) + 1;
      groupCount.set(expertGroup[expert]!, n);
      if (n > maxPerGroup) groupOverCap++;
    }
    assigned[bid * roleCount + expertRole[expert]!]!++;
    load[expert]!++;
    objective += edgeAffinity[edge]!;
  }
  let over = 0;
  let empty = 0;
  for (let s = 0; s < assigned.length; s++) {
    over += Math.max(0, assigned[s]! - bidRoleDemand[s]!);
    empty += Math.max(0, bidRoleDemand[s]! - assigned[s]!);
  }
  const demandMismatch = over + Math.abs(empty - reportedShortfall);
  let overCap = 0;
  for (let e = 0; e < expertCount; e++) overCap += Math.max(0, load[e]! - expertCapacity[e]!);
  const objectiveMismatch = Math.abs(objective - reportedObjective) > 1e-9 * Math.max(1, Math.abs(objective)) ? 1 : 0;
  return {
    notCandidate,
    demandMismatch,
    overCap,
    duplicateExpert,
    conflicted,
    groupOverCap,
    objectiveMismatch,
    total: notCandidate + demandMismatch + overCap + duplicateExpert + conflicted + groupOverCap + objectiveMismatch,
    objective,
  };
}

/** The (bid, group) pairs with more experts on the panel than the panel-diversity cap allows (0 without a rule). */
export function pairsOverCap(instance: AssignmentInstance, chosenEdges: ArrayLike<number>): number {
  const { bidCount, edgeStart, edgeExpert, expertGroup, maxPerGroup } = instance;
  if (!expertGroup || maxPerGroup === undefined) return 0;
  const chosen = new Uint8Array(edgeStart[bidCount]!);
  for (let i = 0; i < chosenEdges.length; i++) chosen[chosenEdges[i]!] = 1;
  let pairs = 0;
  const perGroup = new Map<number, number>();
  for (let b = 0; b < bidCount; b++) {
    perGroup.clear();
    for (let edge = edgeStart[b]!; edge < edgeStart[b + 1]!; edge++) {
      const g = expertGroup[edgeExpert[edge]!]!;
      if (chosen[edge] && g >= 0) perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
    }
    for (const n of perGroup.values()) if (n > maxPerGroup) pairs++;
  }
  return pairs;
}

/**
 * A solver-free upper bound on the optimum: every (bid, role) takes its `demand` best candidates as if no expert had
 * a load cap (the LP dual with all expert prices at 0). Used as the only reference where HiGHS cannot run (L).
 */
export function capFreeUpperBound(instance: AssignmentInstance): number {
  const { bidCount, roleCount, expertRole, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity } = instance;
  let bound = 0;
  const byRole: number[][] = Array.from({ length: roleCount }, () => []);
  for (let b = 0; b < bidCount; b++) {
    for (const list of byRole) list.length = 0;
    for (let edge = edgeStart[b]!; edge < edgeStart[b + 1]!; edge++) byRole[expertRole[edgeExpert[edge]!]!]!.push(edgeAffinity[edge]!);
    for (let r = 0; r < roleCount; r++) {
      const list = byRole[r]!.sort((x, y) => y - x);
      const take = Math.min(list.length, bidRoleDemand[b * roleCount + r]!);
      for (let i = 0; i < take; i++) bound += list[i]!;
    }
  }
  return bound;
}
