/**
 * The context baseline: take candidate edges from the highest affinity down (ties: lower edge index first) and keep
 * an edge while its bid still needs that expert's role and the expert is under the load cap. Fast and what most
 * hand-rolled systems do; it can leave seats empty and typically leaves a few % of affinity on the table.
 */
import type { AssignmentInstance } from '@jiebang/assignment';

export interface GreedyResult {
  objective: number;
  /** Seats left empty (sum over bids and roles of demand minus assigned). */
  shortfall: number;
  chosenEdges: Int32Array;
  millis: number;
}

export function greedyAssignment(instance: AssignmentInstance): GreedyResult {
  const started = performance.now();
  const { bidCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity } = instance;
  const edgeCount = edgeStart[bidCount]!;
  const edgeBid = new Int32Array(edgeCount);
  for (let b = 0; b < bidCount; b++) edgeBid.fill(b, edgeStart[b]!, edgeStart[b + 1]!);
  const order = new Int32Array(edgeCount);
  for (let i = 0; i < edgeCount; i++) order[i] = i;
  order.sort((x, y) => edgeAffinity[y]! - edgeAffinity[x]! || x - y);

  const need = Int32Array.from(bidRoleDemand);
  const load = new Int32Array(instance.expertCount);
  const chosen: number[] = [];
  let objective = 0;
  for (let i = 0; i < edgeCount; i++) {
    const edge = order[i]!;
    const expert = edgeExpert[edge]!;
    const slot = edgeBid[edge]! * roleCount + expertRole[expert]!;
    if (need[slot]! > 0 && load[expert]! < expertCapacity[expert]!) {
      need[slot]!--;
      load[expert]!++;
      chosen.push(edge);
      objective += edgeAffinity[edge]!;
    }
  }
  let shortfall = 0;
  for (let s = 0; s < need.length; s++) shortfall += need[s]!;
  const chosenEdges = Int32Array.from(chosen).sort();
  return { objective, shortfall, chosenEdges, millis: performance.now() - started };
}
