import { randomInt } from 'node:crypto';
import { affinityBetween, prepareAffinitySubject } from '@jiebang/assignment';
import {
  ASSIGNMENT_EXCLUSIONS,
  ASSIGNMENT_ROLES,
  DEFAULT_PANEL_QUOTAS,
  canOnAssignmentRun,
  invalidField,
  isLiveSeat,
  panelUnitKey,
  reviewWindowOf,
  ruleViolation,
  seatDemand,
  seatExclusion,
  unavailableDuring,
  type AssignmentExclusion,
  type AssignmentModeName,
  type AssignmentRole,
  type InvitationStatus,
  type PanelQuotas,
  type ProgrammePolicy,
} from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { assignmentRepository } from '../../repositories/assignment.repository.ts';
import { evaluationChallengeRepository } from '../../repositories/bid.repository.ts';
import { audit, authorise, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadProgrammeFor } from '../programme/load-programme.ts';
import { insertPanel } from '../review/create-panel.ts';
import { challengeAffinitySubject, expertAffinitySubject, liveUnitsOfPanels, recusalCheck, tierQualifies } from './assignment-facts.ts';
import { ALGORITHM_VERSION, snapshotDigest, solveSnapshot, type AssignmentSnapshot } from './assignment-snapshot.ts';

export interface RunAssignmentInput {
  challengeIds: string[];
  mode: AssignmentModeName;
  seed?: number | undefined;
  quotas?: PanelQuotas | undefined;
}

/**
 * 专家遴选: proposes experts for the panels of the chosen challenges of a programme in one solve, and records it.
 *
 * - Items are the challenges (a panel member reviews every bid of the challenge); each needs its quota per role
 *   less the live seats its panel already holds. A challenge under review without a panel gets one now.
 * - Experts are the active profiles of the pools of the programme's tenant and its ancestors; each may take
 *   load_cap less the live seats they hold on open panels (forming or scoring) anywhere.
 * - A pair (expert, challenge) is left out, counted under its first reason: the expert is already on that panel
 *   (in any invitation state), has no capacity left, is unavailable on a day of the review window (today to
 *   today + 14, Beijing dates), is of a pool tier below the challenge's (major projects ≥ 1000万元), or must
 *   recuse (回避) under the programme's rules.
 * - The solve and the alternates come from the stored snapshot alone (see assignment-snapshot.ts), so the run
 *   replays bit for bit. The run is audited with its mode, seed and SM3 digest (PIPL Art. 24).
 */
export async function runAssignment(ctx: UseCaseContext, programmeId: string, input: RunAssignmentInput): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const programme = await loadProgrammeFor(trx, ctx, programmeId, 'view');
    authorise(canOnAssignmentRun(ctx.actor, 'run', { programme: { id: programme.id, tenantId: programme.tenant_id } }), 'assignment_run.run');
    const policy = programme.policy as ProgrammePolicy;
    const quotas = input.quotas ?? policy.review.panelQuotas ?? DEFAULT_PANEL_QUOTAS;
    if (ASSIGNMENT_ROLES.every((role) => quotas[role] === 0)) throw invalidField('body.quotas', 'at least one role needs a seat');
    if (input.seed !== undefined && input.mode !== 'random') throw invalidField('body.seed', 'is used by the random draw only');

    const challenges = await evaluationChallengeRepository.findMany(trx, input.challengeIds);
    const byId = new Map(challenges.map((challenge) => [challenge.id, challenge]));
    input.challengeIds.forEach((id, index) => {
      const challenge = byId.get(id);
      if (!challenge || challenge.programme_id !== programme.id) throw invalidField(`body.challengeIds.${index}`, 'is not a challenge of this programme');
      if (input.challengeIds.indexOf(id) !== index) throw invalidField(`body.challengeIds.${index}`, 'is listed twice');
      if (challenge.status !== 'under_review') throw ruleViolation('review.challenge_not_under_review', `「${challenge.title}」 is ${challenge.status}; experts are assigned while a challenge is under review`, { challengeId: id });
    });
    const ordered = [...challenges].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : 1));

    const panels = new Map<string, { id: string; version: number }>();
    const existing = await assignmentRepository.panelsOfChallenges(trx, ordered.map((challenge) => challenge.id));
    for (const challenge of ordered) {
      const panel = existing.find((row) => row.challenge_id === challenge.id);
      if (panel && panel.status !== 'forming') throw ruleViolation('review.panel_not_forming', `The panel of 「${challenge.title}」 is ${panel.status}; a run fills forming panels only`, { challengeId: challenge.id });
      panels.set(challenge.id, panel ? { id: panel.id, version: panel.version } : { id: await insertPanel(trx, ctx, actor, challenge, policy), version: 1 });
    }
    const seats = await assignmentRepository.seatsOfPanels(trx, [...panels.values()].map((panel) => panel.id));

    const tenants = await assignmentRepository.tenantAndAncestors(trx, programme.tenant_id);
    const experts = (await assignmentRepository.activeExperts(trx, tenants, programme.tenant_id)).filter((expert) => (ASSIGNMENT_ROLES as readonly string[]).includes(expert.panel_role));
    const expertIds = experts.map((expert) => expert.user_id);
    const now = ctx.deps.now();
    const [openSeats, recusal] = await Promise.all([assignmentRepository.openSeats(trx, expertIds), recusalCheck(trx, programme.id, ordered.map((challenge) => challenge.id), expertIds, now)]);
    const reviewWindow = reviewWindowOf(now);
    const preparedExperts = experts.map((expert) => prepareAffinitySubject(expertAffinitySubject(expert)));

    const exclusions = Object.fromEntries(ASSIGNMENT_EXCLUSIONS.map((reason) => [reason, 0])) as Record<AssignmentExclusion, number>;
    const oneExpertPerOrganisation = policy.review.oneExpertPerOrganisation === true;
    const snapshotExperts = experts.map((expert): AssignmentSnapshot['experts'][number] => {
      const open = openSeats.get(expert.user_id) ?? 0;
      const seat = { userId: expert.user_id, role: expert.panel_role as AssignmentRole, loadCap: expert.load_cap, openSeats: open, capacity: Math.max(0, expert.load_cap - open) };
      return oneExpertPerOrganisation ? { ...seat, unit: panelUnitKey(expert.unit_name) } : seat;
    });
    // Units holding a live seat on a panel already (the run's pool or not): the rule leaves their experts out there.
    const liveUnits = oneExpertPerOrganisation ? await liveUnitsOfPanels(trx, seats) : new Map<string, Set<string>>();
    const items = ordered.map((challenge) => {
      const panel = panels.get(challenge.id)!;
      const panelSeats = seats.filter((seat) => seat.panel_id === panel.id);
      const onPanel = new Set(panelSeats.map((seat) => seat.expert_user_id));
      const unitsOnPanel = liveUnits.get(panel.id);
      const held: Partial<Record<AssignmentRole, number>> = {};
      for (const seat of panelSeats) if (isLiveSeat(seat.invitation_status as InvitationStatus)) held[seat.panel_role as AssignmentRole] = (held[seat.panel_role as AssignmentRole] ?? 0) + 1;
      const preparedChallenge = prepareAffinitySubject(challengeAffinitySubject(challenge));
      const candidates: [number, number][] = [];
      experts.forEach((expert, index) => {
        const unit = snapshotExperts[index]!.unit;
        const excluded = seatExclusion({
          onPanel: onPanel.has(expert.user_id),
          unitOnPanel: !!unit && !!unitsOnPanel?.has(unit),
          capacityLeft: snapshotExperts[index]!.capacity,
          unavailable: unavailableDuring(expert.unavailable ?? [], reviewWindow),
          tierQualifies: tierQualifies(expert.tier, challenge),
          recusalReasons: recusal(expert.user_id, challenge.id),
        });
        if (excluded) exclusions[excluded] += 1;
        else candidates.push([index, affinityBetween(preparedExperts[index]!, preparedChallenge)]);
      });
      return { challengeId: challenge.id, panelId: panel.id, panelVersion: panel.version, demand: seatDemand(quotas, held), candidates };
    });

    const mode = input.mode;
    const seed = mode === 'random' ? (input.seed ?? randomInt(2 ** 32)) : null;
    const snapshot: AssignmentSnapshot = {
      format: 1,
      programmeId: programme.id,
      mode,
      seed,
      quotas,
      reviewWindow,
      roles: ASSIGNMENT_ROLES,
      ...(oneExpertPerOrganisation ? { oneExpertPerOrganisation } : {}),
      experts: snapshotExperts,
      items,
      exclusions,
    };
    const inputDigest = snapshotDigest(snapshot);
    const solved = solveSnapshot(snapshot);
    const id = ctx.deps.newId();
    await trx
      .insertInto('assignment_run')
      .values({
        id,
        tenant_id: programme.tenant_id,
        programme_id: programme.id,
        mode,
        seed,
        algorithm_version: ALGORITHM_VERSION,
        input: JSON.stringify(snapshot),
        input_digest: inputDigest,
        result: JSON.stringify(solved.result),
        objective: solved.objective,
        shortfall: solved.shortfall,
        solve_ms: solved.solveMs,
        status: 'proposed',
        replay_of: null,
        created_by: actor.userId,
        created_at: now,
      })
      .execute();
    await audit(trx, ctx, {
      tenantId: programme.tenant_id,
      type: 'assignment_run.created',
      aggregateType: 'assignment_run',
      aggregateId: id,
      payload: { programmeId: programme.id, mode, seed, inputDigest, algorithmVersion: ALGORITHM_VERSION, challengeIds: ordered.map((challenge) => challenge.id), quotas, experts: experts.length, exclusions, objective: solved.objective, shortfall: solved.shortfall },
    });
    return id;
  });
}
