import { assertInExpertPool, assertPanelForming, invalidField, type PanelRole, type PanelStatus } from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { assignmentRepository } from '../../repositories/assignment.repository.ts';
import { evaluationUserRepository } from '../../repositories/bid.repository.ts';
import { assertSeatAllowed, seatProblems } from '../assignment/assignment-facts.ts';
import { audit, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadPanelFor } from './load-panel.ts';

/** The active user and whether they hold the expert role (expert_reviewer); recusal itself reads load-recusal-facts.ts. */
export async function expertProfile(trx: Tx, userId: string) {
  const user = await evaluationUserRepository.find(trx, userId);
  if (!user || user.disabled_at) return null;
  const grants = await evaluationUserRepository.grantsOf(trx, userId);
  const organisationIds = [...new Set([user.organisation_id, ...grants.map((grant) => grant.organisation_id)].filter((id): id is string => id !== null))];
  return { user, holdsExpertGrant: grants.some((grant) => grant.role === 'expert_reviewer'), organisationIds };
}

/**
 * An officer draws an expert from the pool onto a forming panel by hand (加入专家组). The seat obeys the run's hard
 * rules (seatProblems): in the programme's pools, not on the panel yet, no seat of the same unit when the
 * diversity rule is on, below the load cap, of the tier a major project needs, and clear of recusal (回避).
 */
export async function addPanelMember(ctx: UseCaseContext, panelId: string, input: { expertUserId: string; panelRole: PanelRole; version?: number | undefined }): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { panel, challenge, programme, policy } = await loadPanelFor(trx, ctx, panelId, 'add_member', true);
    assertPanelForming(panel.status as PanelStatus);
    const expert = await expertProfile(trx, input.expertUserId);
    if (!expert) throw invalidField('body.expertUserId', 'no such active user');
    assertInExpertPool(expert);
    const panelSeats = await assignmentRepository.seatsOfPanels(trx, [panel.id]);
    const [check] = await seatProblems(trx, { programme, oneExpertPerOrganisation: policy.review.oneExpertPerOrganisation === true, challenge, panelSeats, expertUserIds: [input.expertUserId], now: ctx.deps.now(), checkAvailability: false });
    assertSeatAllowed(check!, 'body.expertUserId');
    // Membership is part of the panel: bumping its version makes two officers editing it at once conflict.
    await updateVersioned(trx, 'review_panel', panel.id, input.version ?? panel.version, {});
    // The seat is an invitation until the expert accepts it with the self-declaration (accept-panel-invitation.ts).
    await trx
      .insertInto('panel_member')
      .values({ panel_id: panel.id, expert_user_id: input.expertUserId, panel_role: input.panelRole, assigned_by: actor.userId, assigned_at: ctx.deps.now(), invitation_status: 'invited', source: 'manual' })
      .execute();
    await audit(trx, ctx, { tenantId: panel.tenant_id, type: 'review_panel.expert_assigned', aggregateType: 'review_panel', aggregateId: panel.id, payload: { expertUserId: input.expertUserId, panelRole: input.panelRole } });
    await notify(trx, ctx, { tenantId: panel.tenant_id, userId: input.expertUserId, kind: 'review_panel.expert_assigned', title: '评审邀请', body: `您已被遴选为榜单「${challenge.title}」的评审专家，请在“我的评审任务”中作出回避与保密声明后接受邀请，或说明理由谢绝。`, aggregateType: 'review_panel', aggregateId: panel.id });
  });
}
