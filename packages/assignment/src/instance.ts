/**
 * An expert-assignment instance in flat typed arrays, so that national sizes (20,000 bids × 100,000 experts with
 * 200 candidates per bid = 4 M candidate edges) fit in memory and are read once.
 *
 * Experts hold exactly one panel role (technical, industry, finance, legal…), numbered 0..roleCount-1; each bid
 * needs `bidRoleDemand[bid * roleCount + role]` experts of each role, each expert reviews at most
 * `expertCapacity[expert]` bids. Candidate edges are stored per bid (CSR): the experts of bid `b` are
 * `edgeExpert[edgeStart[b] .. edgeStart[b + 1])` with their affinity in `edgeAffinity`. A conflict of interest (回避)
 * is an edge that is not there: the solver can only pick listed edges, so it can never assign a conflicted expert.
 */
export interface AssignmentInstance {
  bidCount: number;
  expertCount: number;
  roleCount: number;
  /** Role of each expert, length expertCount. */
  expertRole: Uint8Array;
  /** Load cap of each expert, length expertCount. */
  expertCapacity: Int32Array;
  /** Experts of each role each bid needs, length bidCount × roleCount. */
  bidRoleDemand: Int32Array;
  /** CSR offsets, length bidCount + 1. */
  edgeStart: Int32Array;
  /** Candidate expert of each edge, length edgeStart[bidCount]; no duplicate expert within one bid. */
  edgeExpert: Int32Array;
  /** Affinity of each edge (higher is better), same length. */
  edgeAffinity: Float64Array;
  /**
   * Panel diversity (同一单位专家不超过 N 人), optional: the group of each expert (their organisation), length
   * expertCount, −1 for an expert in no group. With `maxPerGroup` ≥ 1, no bid's panel may hold more than that many
   * experts of one group. This side constraint breaks the network structure (an edge then sits in a role group and
   * an organisation group of its bid), so the solver is exact only when it binds nowhere and otherwise reports a
   * proven upper bound (`AssignmentResult.upperBound`) next to its objective.
   */
  expertGroup?: Int32Array;
  /** An integer ≥ 1 (anything else is refused); needs `expertGroup`. Left out: no rule. */
  maxPerGroup?: number;
}

export type AssignmentMode =
  /** Maximise the total affinity exactly. */
  | { kind: 'optimal' }
  /** 专家抽取: a uniformly seeded random draw among eligible experts; the same seed replays the same draw. */
  | { kind: 'random'; seed: number }
  /** Maximise the worst-off bid's affinity, then the total. */
  | { kind: 'fair' };

export interface AssignmentResult {
  /** Whether every bid got its full panel. When false, `shortfall` says how many seats stayed empty. */
  feasible: boolean;
  shortfall: number;
  /** Sum of the affinities of the chosen edges. */
  objective: number;
  /** The chosen edges (indices into edgeExpert/edgeAffinity), ascending. */
  chosenEdges: Int32Array;
  /** Solve time in milliseconds (excluding reading the input). */
  millis: number;
  /** The smallest total affinity of a bid's panel (bids demanding no expert are left out). */
  minBidAffinity?: number;
  /** Fair mode: an upper bound on the achievable `minBidAffinity` (each bid's best panel ignoring load caps). */
  fairnessBound?: number;
  /**
   * Optimal mode with a panel-diversity rule (`maxPerGroup`): a proven upper bound on the total affinity of any
   * rule-abiding assignment that fills as many seats as this one (the least Lagrangian bound found, diversity.ts), so
   * `objective` is within `upperBound − objective` of the optimum; equals `objective` when the rule did not bind.
   * Left out when the result fills fewer seats than the rule-free optimum (the bound covers only that seat count),
   * and in the other modes.
   */
  upperBound?: number;
}
