export type { AssignmentInstance, AssignmentMode, AssignmentResult } from './instance.ts';
export { solveAssignment, minBidAffinity, fairnessUpperBound } from './solve-assignment.ts';
export { minCostAssignmentFlow, unfillableSeats, type FlowSolution } from './min-cost-flow.ts';
export { checkAssignment, validateAssignment, type ValidationOptions, type ValidationReport } from './validate-assignment.ts';
export { mulberry32, type Prng } from './prng.ts';
export { parseBidMatrix, singleRoleInstance, BidMatrixError, type BidMatrix } from './bid-matrix.ts';
export { affinityScore, affinityBetween, prepareAffinitySubject, fieldOverlap, textSimilarity, textTerms, normaliseText, type AffinitySubject, type PreparedAffinitySubject } from './affinity.ts';
