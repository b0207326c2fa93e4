import { DomainError, assertPanelForming, assignmentRunLifecycle, panelUnitKey, ruleViolation, type AssignmentRunStatus, type PanelStatus } from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { assignmentRepository } from '../../repositories/assignment.repository.ts';
import { evaluationChallengeRepository } from '../../repositories/bid.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { audit, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { assertCapacity, liveUnitsOfPanels, loadRunFor, recusalCheck, tierQualifies } from './assignment-facts.ts';
import type { RunSeat } from './assignment-snapshot.ts';

const ROLE_LABELS: Record<string, string> = { technical: '技术专家', industry: '产业专家', finance: '财务专家', legal: '法律专家' };

/** The invitation an expert receives: the challenge and the role, never who bid (blind review holds from here). */
export async function inviteExpert(trx: Tx, ctx: UseCaseContext, panel: { id: string; tenant_id: string }, challengeTitle: string, seat: Pick<RunSeat, 'expertUserId' | 'panelRole'>): Promise<void> {
  await notify(trx, ctx, {
    tenantId: panel.tenant_id,
    userId: seat.expertUserId,
    kind: 'review_panel.expert_assigned',
    title: '评审邀请',
    body: `您被遴选为榜单「${challengeTitle}」的${ROLE_LABELS[seat.panelRole] ?? '评审专家'}，请在评审任务中确认邀请，并如实作出回避与保密声明。`,
    aggregateType: 'review_panel',
    aggregateId: panel.id,
  });
}

/**
 * Applies a proposed run: every proposed seat becomes an invitation (`invited`, source `solver`, with its affinity
 * and the run id). Refused as a whole when a panel changed since the run (its version moved), is no longer
 * forming, an expert left the pool, reached their load cap or left the major-project pool a major project needs
 * meanwhile, or — re-checked now from fresh facts — must recuse (回避). The officer then discards the run and runs again.
 */
export async function applyAssignmentRun(ctx: UseCaseContext, runId: string, input: { version?: number | undefined }): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { run, programme, policy, snapshot, result } = await loadRunFor(trx, ctx, runId, 'apply', true);
    // Refuse a run already applied or discarded before touching any panel.
    assignmentRunLifecycle.transition(run.status as AssignmentRunStatus, 'apply');
    const panels = await assignmentRepository.panelsForUpdate(trx, result.panels.map((panel) => panel.panelId));
    const challenges = new Map((await evaluationChallengeRepository.findMany(trx, result.panels.map((panel) => panel.challengeId))).map((challenge) => [challenge.id, challenge]));
    for (const item of snapshot.items) {
      const panel = panels.find((row) => row.id === item.panelId);
      if (!panel) throw ruleViolation('assignment_run.panel_missing', 'A panel of this run no longer exists; run the assignment again');
      assertPanelForming(panel.status as PanelStatus);
      if (panel.version !== item.panelVersion) {
        throw new DomainError('STALE_VERSION', `The panel of 「${challenges.get(item.challengeId)?.title ?? item.challengeId}」 changed after this run was made; discard it and run again`, { rule: 'assignment_run.panels_changed', challengeId: item.challengeId });
      }
    }

    const seats = result.panels.flatMap((panel) => panel.seats.map((seat) => ({ ...seat, panel })));
    const expertIds = [...new Set(seats.map((seat) => seat.expertUserId))];
    const now = ctx.deps.now();
    await assignmentRepository.lockProfiles(trx, expertIds);
    const [profiles, openSeats, recusal] = await Promise.all([assignmentRepository.profiles(trx, expertIds), assignmentRepository.openSeats(trx, expertIds), recusalCheck(trx, programme.id, [...challenges.keys()], expertIds, now)]);
    for (const expertUserId of expertIds) {
      const profile = profiles.find((row) => row.user_id === expertUserId);
      if (!profile || profile.status !== 'active' || profile.disabled_at) throw ruleViolation('assignment.expert_inactive', 'An expert of this run is no longer active in the pool; discard the run and run again', { expertUserId });
      assertCapacity(expertUserId, openSeats.get(expertUserId) ?? 0, profile.load_cap, seats.filter((seat) => seat.expertUserId === expertUserId).length);
    }
    for (const seat of seats) {
      // The office may have moved the expert out of the major-project pool since the run.
      const challenge = challenges.get(seat.panel.challengeId);
      const profile = profiles.find((row) => row.user_id === seat.expertUserId)!;
      if (!challenge || !tierQualifies(profile.tier, challenge)) {
        throw ruleViolation('assignment.tier_mismatch', `「${challenge?.title ?? ''}」 is a major project (1000万元 or more) and an expert of this run is no longer in the major-project pool; discard the run and run again`, { expertUserId: seat.expertUserId, challengeId: seat.panel.challengeId });
      }
      const reasons = recusal(seat.expertUserId, seat.panel.challengeId);
      if (reasons === null || reasons.length) {
        throw ruleViolation('review.conflict_of_interest', `An expert of this run must now recuse (回避) from 「${challenges.get(seat.panel.challengeId)?.title ?? ''}」; discard the run and run again`, { expertUserId: seat.expertUserId, challengeId: seat.panel.challengeId, reasons: reasons ?? [] });
      }
    }

    // Panel diversity, from fresh units (a profile's unit may have changed since the run, or the rule been switched on).
    if (snapshot.oneExpertPerOrganisation || policy.review.oneExpertPerOrganisation) {
      const liveUnits = await liveUnitsOfPanels(trx, await assignmentRepository.seatsOfPanels(trx, panels.map((panel) => panel.id)));
      for (const panelResult of result.panels) {
        const units = new Set(liveUnits.get(panelResult.panelId));
        for (const seat of panelResult.seats) {
          const unit = panelUnitKey(profiles.find((row) => row.user_id === seat.expertUserId)!.unit_name);
          if (unit && units.has(unit)) {
            throw ruleViolation('assignment.unit_on_panel', `Two experts of one unit would sit on the panel of 「${challenges.get(panelResult.challengeId)?.title ?? ''}」, and the programme allows one per unit; discard the run and run again`, { expertUserId: seat.expertUserId, challengeId: panelResult.challengeId });
          }
          if (unit) units.add(unit);
        }
      }
    }

    for (const panelResult of result.panels) {
      const panel = panels.find((row) => row.id === panelResult.panelId)!;
      if (!panelResult.seats.length) continue;
      await updateVersioned(trx, 'review_panel', panel.id, panel.version, {});
      await trx
        .insertInto('panel_member')
        .values(
          panelResult.seats.map((seat) => ({
            panel_id: panel.id,
            expert_user_id: seat.expertUserId,
            panel_role: seat.panelRole,
            assigned_by: actor.userId,
            assigned_at: now,
            invitation_status: 'invited',
            source: 'solver',
            affinity: seat.affinity,
            assignment_run_id: run.id,
          })),
        )
        .execute();
      for (const seat of panelResult.seats) {
        await audit(trx, ctx, {
          tenantId: panel.tenant_id,
          type: 'review_panel.expert_assigned',
          aggregateType: 'review_panel',
          aggregateId: panel.id,
          payload: { expertUserId: seat.expertUserId, panelRole: seat.panelRole, source: 'solver', affinity: seat.affinity, assignmentRunId: run.id },
        });
        await inviteExpert(trx, ctx, panel, challenges.get(panelResult.challengeId)?.title ?? '', seat);
      }
    }
    await applyTransition(trx, ctx, {
      lifecycle: assignmentRunLifecycle,
      table: 'assignment_run',
      row: run,
      event: 'apply',
      expectedVersion: input.version,
      patch: { applied_by: actor.userId, applied_at: now },
      auditPayload: { inputDigest: run.input_digest, seats: seats.length, panels: result.panels.map((panel) => panel.panelId) },
    });
  });
}
