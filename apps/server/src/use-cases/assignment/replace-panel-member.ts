import { ASSIGNMENT_ROLES, invalidField, invitationLifecycle, isLiveSeat, ruleViolation, type AssignmentRole, type InvitationStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { assignmentRepository } from '../../repositories/assignment.repository.ts';
import { audit, notFound, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadPanelFor } from '../review/load-panel.ts';
import { inviteExpert } from './apply-assignment-run.ts';
import { seatProblems, withSeatFreed } from './assignment-facts.ts';
import type { AssignmentSnapshot, RunResult } from './assignment-snapshot.ts';

/**
 * 候补: a seat whose expert declined (or was withdrawn) goes to the first alternate of the same role, in the
 * order of the latest applied run holding this challenge, who may still take it now: in the pool and active,
 * not on this panel in any state, below their load cap, available in the review window, of the right tier, and
 * clear of recusal (回避) from fresh facts. The alternate is invited (source `alternate`).
 *
 * While the panel is forming, a live seat (invited, accepted) may be replaced too, with a reason (it is an
 * override): it is withdrawn first. Once
 * scoring is open only a seat already declined or withdrawn is filled (an alternate joins and must accept).
 * A role already at its quota (the run's) has no seat to fill (409 `assignment.role_full`), so a declined seat is
 * refilled once. No eligible alternate: 409 `assignment.no_alternate` — the officer then adds an expert by
 * override with a reason.
 */
export async function replacePanelMember(ctx: UseCaseContext, panelId: string, expertUserId: string, input: { version?: number | undefined; reason?: string | undefined }): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const { panel, challenge, programme, policy } = await loadPanelFor(trx, ctx, panelId, 'add_member', true);
    if (panel.status === 'closed') throw ruleViolation('review.panel_not_forming', 'The panel has finished scoring; its seats can no longer change');
    const seats = await assignmentRepository.seatsOfPanels(trx, [panel.id]);
    const seat = seats.find((row) => row.expert_user_id === expertUserId);
    if (!seat) throw notFound('panel_member', expertUserId);
    const previousStatus = seat.invitation_status as InvitationStatus;
    const now = ctx.deps.now();
    const reason = input.reason?.trim() ?? '';
    if (isLiveSeat(previousStatus)) {
      // Taking a seat from an expert who has not declined is an override: the officer says why.
      if (!reason) throw invalidField('body.reason', 'is required to replace an expert who has not declined (an override)');
      if (panel.status !== 'forming') throw ruleViolation('assignment.seat_not_vacant', `The seat is ${previousStatus}; once scoring is open only a declined or withdrawn seat is replaced`);
      invitationLifecycle.transition(previousStatus, 'withdraw');
      await trx
        .updateTable('panel_member')
        .set({ invitation_status: 'withdrawn', responded_at: now, override_reason: reason || null })
        .where('panel_id', '=', panel.id)
        .where('expert_user_id', '=', expertUserId)
        .execute();
      await notify(trx, ctx, { tenantId: panel.tenant_id, userId: expertUserId, kind: 'review_panel.invitation_withdrawn', title: '评审邀请已撤回', body: `您在榜单「${challenge.title}」评审专家组中的席位已由组织单位调整。`, aggregateType: 'review_panel', aggregateId: panel.id });
    }

    const role = seat.panel_role;
    const run = (ASSIGNMENT_ROLES as readonly string[]).includes(role) ? await assignmentRepository.latestAppliedRunFor(trx, programme.id, challenge.id) : undefined;
    if (!run) throw ruleViolation('assignment.no_alternate', 'No applied assignment run holds this challenge, so there is no alternate (候补) for the seat; add an expert by override with a reason');
    const liveOfRole = seats.filter((row) => row.panel_role === role && row.expert_user_id !== expertUserId && isLiveSeat(row.invitation_status as InvitationStatus)).length;
    const quota = (run.input as AssignmentSnapshot).quotas[role as AssignmentRole];
    if (liveOfRole >= quota) throw ruleViolation('assignment.role_full', `The panel already holds its ${quota} seat(s) of role ${role}; there is no seat to fill`, { panelRole: role, quota });
    const alternates = ((run.result as RunResult).panels.find((entry) => entry.challengeId === challenge.id)?.alternates ?? []).filter((alternate) => alternate.panelRole === role).sort((a, b) => a.rank - b.rank);
    // The replaced seat is declined or was just withdrawn: its unit no longer counts under the diversity rule.
    const checked = await seatProblems(trx, { programme, oneExpertPerOrganisation: policy.review.oneExpertPerOrganisation === true, challenge, panelSeats: withSeatFreed(seats, expertUserId), expertUserIds: alternates.map((alternate) => alternate.expertUserId), now, checkAvailability: true });
    const chosen = alternates.find((alternate) => checked.find((check) => check.expertUserId === alternate.expertUserId)?.problem === null);
    if (!chosen) {
      throw ruleViolation('assignment.no_alternate', `None of the ${alternates.length} alternate(s) (候补) of role ${role} may take the seat now (on the panel, a unit already seated, at the load cap, unavailable, wrong tier, or must recuse); add an expert by override with a reason`, {
        skipped: checked.map((check) => ({ expertUserId: check.expertUserId, problem: check.problem })),
      });
    }

    await updateVersioned(trx, 'review_panel', panel.id, input.version ?? panel.version, {});
    await trx
      .insertInto('panel_member')
      .values({ panel_id: panel.id, expert_user_id: chosen.expertUserId, panel_role: role, assigned_by: actor.userId, assigned_at: now, invitation_status: 'invited', source: 'alternate', affinity: chosen.affinity, assignment_run_id: run.id })
      .execute();
    await audit(trx, ctx, {
      tenantId: panel.tenant_id,
      type: 'review_panel.expert_replaced',
      aggregateType: 'review_panel',
      aggregateId: panel.id,
      payload: { replacedExpertUserId: expertUserId, previousStatus, expertUserId: chosen.expertUserId, panelRole: role, alternateRank: chosen.rank, affinity: chosen.affinity, assignmentRunId: run.id, reason },
    });
    await inviteExpert(trx, ctx, panel, challenge.title, { expertUserId: chosen.expertUserId, panelRole: chosen.panelRole });
    return chosen.expertUserId;
  });
}
