import { createHash } from 'node:crypto';
import { mulberry32, solveAssignment, type AssignmentInstance, type AssignmentMode } from '@jiebang/assignment';
import { ALTERNATES_PER_ROLE, ASSIGNMENT_ROLES, type AssignmentExclusion, type AssignmentModeName, type AssignmentRole, type PanelQuotas } from '@jiebang/domain';
import { canonicalJson } from '../../infra/audit-log.ts';

/** Bumped whenever the instance built from a snapshot, the solver or the alternates rule changes meaning. */
export const ALGORITHM_VERSION = 'ssp-dijkstra-1';

/**
 * Everything the solver saw, stored with the run (assignment_run.input) and digested with SM3: replaying a run
 * rebuilds the identical instance from this alone. Experts are sorted by user id and candidates by expert
 * index, so the same facts always give the same snapshot.
 */
export interface AssignmentSnapshot {
  format: 1;
  programmeId: string;
  mode: AssignmentModeName;
  seed: number | null;
  quotas: PanelQuotas;
  reviewWindow: { from: string; to: string };
  roles: readonly AssignmentRole[];
  /**
   * Panel diversity (ReviewPolicy.oneExpertPerOrganisation) when the run was made; absent in runs made before the
   * rule existed, which replay as before. Each expert's `unit` is then their normalised unit name (panelUnitKey).
   */
  oneExpertPerOrganisation?: boolean;
  experts: { userId: string; role: AssignmentRole; loadCap: number; openSeats: number; capacity: number; unit?: string | null }[];
  items: {
    challengeId: string;
    panelId: string;
    /** The panel's version when the run was made: applying refuses a panel changed since. */
    panelVersion: number;
    demand: Record<AssignmentRole, number>;
    /** [expert index, affinity] of every eligible expert, by expert index. */
    candidates: [number, number][];
  }[];
  /** Pairs left out per reason; a run made before a reason existed lacks its key. */
  exclusions: Partial<Record<AssignmentExclusion, number>>;
}

export interface RunSeat {
  expertUserId: string;
  panelRole: AssignmentRole;
  affinity: number;
}

export interface RunPanel {
  challengeId: string;
  panelId: string;
  shortfall: number;
  seats: RunSeat[];
  alternates: (RunSeat & { rank: number })[];
}

export interface RunResult {
  panels: RunPanel[];
}

export interface SolvedRun {
  result: RunResult;
  objective: number;
  shortfall: number;
  solveMs: number;
}

/** SM3 (GB/T 32905) over the canonical JSON of the snapshot: the run's fingerprint. */
export const snapshotDigest = (snapshot: AssignmentSnapshot): string => createHash('sm3').update(canonicalJson(snapshot)).digest('hex');

export function instanceFromSnapshot(snapshot: AssignmentSnapshot): AssignmentInstance {
  const roleCount = snapshot.roles.length;
  const roleIndex = new Map(snapshot.roles.map((role, index) => [role, index]));
  const expertRole = Uint8Array.from(snapshot.experts.map((expert) => roleIndex.get(expert.role)!));
  const expertCapacity = Int32Array.from(snapshot.experts.map((expert) => expert.capacity));
  const bidRoleDemand = new Int32Array(snapshot.items.length * roleCount);
  const edgeStart = new Int32Array(snapshot.items.length + 1);
  const edgeCount = snapshot.items.reduce((sum, item) => sum + item.candidates.length, 0);
  const edgeExpert = new Int32Array(edgeCount);
  const edgeAffinity = new Float64Array(edgeCount);
  let edge = 0;
  snapshot.items.forEach((item, b) => {
    snapshot.roles.forEach((role, r) => (bidRoleDemand[b * roleCount + r] = item.demand[role]));
    for (const [expert, affinity] of item.candidates) {
      edgeExpert[edge] = expert;
      edgeAffinity[edge++] = affinity;
    }
    edgeStart[b + 1] = edge;
  });
  const instance: AssignmentInstance = { bidCount: snapshot.items.length, expertCount: snapshot.experts.length, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity };
  if (!snapshot.oneExpertPerOrganisation) return instance;
  // Groups numbered in expert order (the snapshot's user-id order), so the same snapshot gives the same instance.
  const groupOf = new Map<string, number>();
  const expertGroup = Int32Array.from(snapshot.experts, (expert) => {
    if (!expert.unit) return -1;
    if (!groupOf.has(expert.unit)) groupOf.set(expert.unit, groupOf.size);
    return groupOf.get(expert.unit)!;
  });
  return { ...instance, expertGroup, maxPerGroup: 1 };
}

const modeOf = (snapshot: AssignmentSnapshot): AssignmentMode => (snapshot.mode === 'random' ? { kind: 'random', seed: snapshot.seed ?? 0 } : { kind: snapshot.mode });

/**
 * Solves the snapshot and names the seats and the alternates (候补): per challenge and role, the best
 * ALTERNATES_PER_ROLE eligible experts not seated there and with capacity left after the solution — best by
 * affinity (optimal, fair), or by the draw's own priorities (random: the same mulberry32(seed) sequence the
 * solver draws, in edge order), so a replay gives the same alternates. Ties go to the lower expert index.
 */
export function solveSnapshot(snapshot: AssignmentSnapshot): SolvedRun {
  const instance = instanceFromSnapshot(snapshot);
  const solved = solveAssignment(instance, modeOf(snapshot));
  const chosen = new Uint8Array(instance.edgeExpert.length);
  for (const edge of solved.chosenEdges) chosen[edge] = 1;
  const remaining = Int32Array.from(instance.expertCapacity);
  for (const edge of solved.chosenEdges) {
    const expert = instance.edgeExpert[edge]!;
    remaining[expert] = remaining[expert]! - 1;
  }
  let priority = instance.edgeAffinity;
  if (snapshot.mode === 'random') {
    const prng = mulberry32(snapshot.seed ?? 0);
    priority = new Float64Array(instance.edgeAffinity.length);
    for (let j = 0; j < priority.length; j++) priority[j] = prng.next();
  }
  const panels = snapshot.items.map((item, b): RunPanel => {
    const seats: RunSeat[] = [];
    const byRole = new Map<AssignmentRole, number[]>();
    for (let j = instance.edgeStart[b]!; j < instance.edgeStart[b + 1]!; j++) {
      const expert = snapshot.experts[instance.edgeExpert[j]!]!;
      if (chosen[j]) seats.push({ expertUserId: expert.userId, panelRole: expert.role, affinity: instance.edgeAffinity[j]! });
      // An alternate of a unit already seated stays listed: when that unit's seat is declined, they may fill it
      // (replacing re-checks the diversity rule against the seats then live).
      else if (remaining[instance.edgeExpert[j]!]! > 0) byRole.set(expert.role, [...(byRole.get(expert.role) ?? []), j]);
    }
    const alternates = snapshot.roles
      .filter((role) => snapshot.quotas[role] > 0)
      .flatMap((role) =>
        (byRole.get(role) ?? [])
          .sort((x, y) => priority[y]! - priority[x]! || instance.edgeExpert[x]! - instance.edgeExpert[y]!)
          .slice(0, ALTERNATES_PER_ROLE)
          .map((j, index) => ({ expertUserId: snapshot.experts[instance.edgeExpert[j]!]!.userId, panelRole: role, affinity: instance.edgeAffinity[j]!, rank: index + 1 })),
      );
    const demanded = ASSIGNMENT_ROLES.reduce((sum, role) => sum + item.demand[role], 0);
    seats.sort((x, y) => ASSIGNMENT_ROLES.indexOf(x.panelRole) - ASSIGNMENT_ROLES.indexOf(y.panelRole) || y.affinity - x.affinity || (x.expertUserId < y.expertUserId ? -1 : 1));
    return { challengeId: item.challengeId, panelId: item.panelId, shortfall: demanded - seats.length, seats, alternates };
  });
  return { result: { panels }, objective: Math.round(solved.objective * 1e6) / 1e6, shortfall: solved.shortfall, solveMs: Math.round(solved.millis * 1000) / 1000 };
}

/** What differs between a recorded result and a replay, in words an officer can check; empty when identical. */
export function resultDifferences(recorded: RunResult, replayed: RunResult): string[] {
  const differences: string[] = [];
  const key = (seat: RunSeat) => `${seat.panelRole}:${seat.expertUserId}`;
  const replayedOf = new Map(replayed.panels.map((panel) => [panel.challengeId, panel]));
  for (const panel of recorded.panels) {
    const again = replayedOf.get(panel.challengeId);
    if (!again) {
      differences.push(`challenge ${panel.challengeId}: missing from the replay`);
      continue;
    }
    const before = new Set(panel.seats.map(key));
    const after = new Set(again.seats.map(key));
    for (const seat of before) if (!after.has(seat)) differences.push(`challenge ${panel.challengeId}: seat ${seat} not drawn again`);
    for (const seat of after) if (!before.has(seat)) differences.push(`challenge ${panel.challengeId}: seat ${seat} drawn only by the replay`);
    const alternates = (list: RunPanel['alternates']) => list.map((alternate) => `${key(alternate)}#${alternate.rank}`).join(',');
    if (alternates(panel.alternates) !== alternates(again.alternates)) differences.push(`challenge ${panel.challengeId}: alternates differ (${alternates(panel.alternates)} → ${alternates(again.alternates)})`);
  }
  for (const panel of replayed.panels) if (!recorded.panels.some((other) => other.challengeId === panel.challengeId)) differences.push(`challenge ${panel.challengeId}: only in the replay`);
  return differences;
}
