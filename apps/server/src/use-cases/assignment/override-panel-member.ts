import { affinityScore } from '@jiebang/assignment';
import { assertPanelForming, invalidField, invitationLifecycle, type AssignmentRole, type InvitationStatus, type PanelStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { assignmentRepository } from '../../repositories/assignment.repository.ts';
import { audit, notFound, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadPanelFor } from '../review/load-panel.ts';
import { inviteExpert } from './apply-assignment-run.ts';
import { assertSeatAllowed, challengeAffinitySubject, expertAffinitySubject, seatProblems, withSeatFreed } from './assignment-facts.ts';

export interface PanelOverrideInput {
  add?: { expertUserId: string; panelRole: AssignmentRole } | undefined;
  remove?: { expertUserId: string } | undefined;
  reason: string;
  version?: number | undefined;
}

/**
 * The officer overrides the assignment of a forming panel — invites an expert, withdraws a live seat, or both
 * (a swap) — with a mandatory reason, stored on the seat (override_reason) and audited as
 * `review_panel.assignment_overridden`. The hard rules hold: an added expert must be active in the programme's
 * pools, below their load cap, of the right tier and clear of recusal (回避); only availability is the officer's
 * call (they may have confirmed it directly).
 */
export async function overridePanelMember(ctx: UseCaseContext, panelId: string, input: PanelOverrideInput): Promise<void> {
  const actor = requireActor(ctx);
  if (!input.add && !input.remove) throw invalidField('body.add', 'give an expert to add, one to remove, or both');
  if (input.add && input.remove && input.add.expertUserId === input.remove.expertUserId) throw invalidField('body.add.expertUserId', 'must differ from the expert removed');
  await inTransaction(ctx.deps, async (trx) => {
    const { panel, challenge, programme, policy } = await loadPanelFor(trx, ctx, panelId, input.add ? 'add_member' : 'remove_member', true);
    assertPanelForming(panel.status as PanelStatus);
    const seats = await assignmentRepository.seatsOfPanels(trx, [panel.id]);
    const now = ctx.deps.now();

    if (input.remove) {
      const seat = seats.find((row) => row.expert_user_id === input.remove!.expertUserId);
      if (!seat) throw notFound('panel_member', input.remove.expertUserId);
      invitationLifecycle.transition(seat.invitation_status as InvitationStatus, 'withdraw');
      await trx
        .updateTable('panel_member')
        .set({ invitation_status: 'withdrawn', responded_at: now, override_reason: input.reason })
        .where('panel_id', '=', panel.id)
        .where('expert_user_id', '=', seat.expert_user_id)
        .execute();
      await notify(trx, ctx, { tenantId: panel.tenant_id, userId: seat.expert_user_id, kind: 'review_panel.invitation_withdrawn', title: '评审邀请已撤回', body: `您在榜单「${challenge.title}」评审专家组中的席位已由组织单位调整。`, aggregateType: 'review_panel', aggregateId: panel.id });
    }

    let affinity: number | null = null;
    if (input.add) {
      const add = input.add;
      const [check] = await seatProblems(trx, { programme, oneExpertPerOrganisation: policy.review.oneExpertPerOrganisation === true, challenge, panelSeats: withSeatFreed(seats, input.remove?.expertUserId), expertUserIds: [add.expertUserId], now, checkAvailability: false });
      assertSeatAllowed(check!, 'body.add.expertUserId');
      if (check!.profile!.panel_role !== add.panelRole) throw invalidField('body.add.panelRole', `must be the expert’s role in the pool (${check!.profile!.panel_role})`);
      affinity = affinityScore(expertAffinitySubject(check!.profile!), challengeAffinitySubject(challenge));
      await trx
        .insertInto('panel_member')
        .values({ panel_id: panel.id, expert_user_id: add.expertUserId, panel_role: add.panelRole, assigned_by: actor.userId, assigned_at: now, invitation_status: 'invited', source: 'manual', affinity, assignment_run_id: null, override_reason: input.reason })
        .execute();
      await inviteExpert(trx, ctx, panel, challenge.title, add);
    }

    // Membership is part of the panel: bumping its version makes a run made before this override stale.
    await updateVersioned(trx, 'review_panel', panel.id, input.version ?? panel.version, {});
    await audit(trx, ctx, {
      tenantId: panel.tenant_id,
      type: 'review_panel.assignment_overridden',
      aggregateType: 'review_panel',
      aggregateId: panel.id,
      payload: { add: input.add ? { ...input.add, affinity } : null, remove: input.remove ?? null, reason: input.reason },
    });
  });
}
