import type { AssignmentInstance } from './instance.ts';

export interface ValidationOptions {
  /** Accept panels with fewer experts than demanded (an infeasible instance's best effort); over-full is still a violation. */
  allowShortfall?: boolean;
}

export interface ValidationReport {
  violations: number;
  /** The first few violations in words, for a failing test or a benchmark log. */
  messages: string[];
}

/**
 * An independent check of an assignment, written without the solver's data structures: every chosen edge exists
 * and is chosen once, no expert sits twice on one bid's panel, every (bid, role) gets exactly its demand, no
 * expert exceeds the load cap and, with a panel-diversity rule (`maxPerGroup`), no panel holds more than that many
 * experts of one group (one violation per such (bid, group)). Conflicts need no check of their own: a conflict is
 * an edge that is not listed.
 */
export function checkAssignment(instance: AssignmentInstance, chosenEdges: Int32Array | readonly number[], options: ValidationOptions = {}): ValidationReport {
  const { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert } = instance;
  const edgeCount = edgeStart[bidCount]!;
  const messages: string[] = [];
  let violations = 0;
  const fail = (message: string): void => {
    violations++;
    if (messages.length < 20) messages.push(message);
  };
  const seenEdge = new Uint8Array(edgeCount);
  const load = new Int32Array(expertCount);
  const got = new Int32Array(bidCount * roleCount);
  const bidOf = new Int32Array(edgeCount);
  for (let b = 0; b < bidCount; b++) for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) bidOf[j] = b;
  const panelOfBid = new Map<number, Set<number>>();
  for (const j of chosenEdges) {
    if (!Number.isInteger(j) || j < 0 || j >= edgeCount) {
      fail(`edge ${j} is not a listed candidate edge`);
      continue;
    }
    if (seenEdge[j]) {
      fail(`edge ${j} is chosen twice`);
      continue;
    }
    seenEdge[j] = 1;
    const bid = bidOf[j]!;
    const expert = edgeExpert[j]!;
    let panel = panelOfBid.get(bid);
    if (!panel) panelOfBid.set(bid, (panel = new Set()));
    if (panel.has(expert)) fail(`expert ${expert} sits twice on bid ${bid}'s panel`);
    panel.add(expert);
    load[expert]!++;
    got[bid * roleCount + expertRole[expert]!]!++;
  }
  for (let e = 0; e < expertCount; e++) if (load[e]! > expertCapacity[e]!) fail(`expert ${e} reviews ${load[e]} bids, cap ${expertCapacity[e]}`);
  const { expertGroup, maxPerGroup } = instance;
  if (expertGroup && maxPerGroup !== undefined) {
    for (const [bid, panel] of [...panelOfBid].sort(([a], [b]) => a - b)) {
      const perGroup = new Map<number, number>();
      for (const expert of panel) {
        const group = expertGroup[expert]!;
        if (group >= 0) perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
      }
      for (const [group, count] of perGroup) if (count > maxPerGroup) fail(`bid ${bid}: ${count} experts of group ${group}, at most ${maxPerGroup}`);
    }
  }
  for (let b = 0; b < bidCount; b++) {
    for (let r = 0; r < roleCount; r++) {
      const want = bidRoleDemand[b * roleCount + r]!;
      const have = got[b * roleCount + r]!;
      if (have > want || (have < want && !options.allowShortfall)) fail(`bid ${b} role ${r}: ${have} experts, demand ${want}`);
    }
  }
  return { violations, messages };
}

/** The violation count of `checkAssignment` (0 = a valid assignment). */
export function validateAssignment(instance: AssignmentInstance, chosenEdges: Int32Array | readonly number[], options: ValidationOptions = {}): number {
  return checkAssignment(instance, chosenEdges, options).violations;
}
