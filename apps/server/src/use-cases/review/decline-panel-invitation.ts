import { assertInvitationAnswerable, invitationLifecycle } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { audit, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadOwnSeat } from './load-seat.ts';

/**
 * The invited expert declines a panel seat with a reason. Declaring a conflict (因存在回避情形) is kept on the
 * seat: the recusal facts read it as a self-declared reason for every bid of the challenge, so no later run or
 * officer can seat the expert there again. The officer who invited the expert is told, to find a replacement.
 */
export async function declinePanelInvitation(ctx: UseCaseContext, panelId: string, input: { reason: string; conflictDeclared: boolean }): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { panel, panelStatus, seat, invitationStatus, challenge } = await loadOwnSeat(trx, panelId, actor.userId);
    assertInvitationAnswerable(panelStatus);
    const to = invitationLifecycle.transition(invitationStatus, 'decline');
    await trx
      .updateTable('panel_member')
      .set({ invitation_status: to, responded_at: ctx.deps.now(), decline_reason: input.reason, declared_conflict: input.conflictDeclared })
      .where('panel_id', '=', panel.id)
      .where('expert_user_id', '=', seat.expert_user_id)
      .execute();
    await audit(trx, ctx, {
      tenantId: panel.tenant_id,
      type: 'review_panel.invitation_declined',
      aggregateType: 'review_panel',
      aggregateId: panel.id,
      payload: { expertUserId: actor.userId, from: invitationStatus, to, reason: input.reason, conflictDeclared: input.conflictDeclared },
    });
    await notify(trx, ctx, {
      tenantId: panel.tenant_id,
      userId: seat.assigned_by,
      kind: 'review_panel.invitation_declined',
      title: '评审邀请被谢绝',
      body: `${actor.displayName} 谢绝了榜单「${challenge.title}」的评审邀请${input.conflictDeclared ? '（声明存在回避情形）' : ''}：${input.reason}。请另行遴选专家。`,
      aggregateType: 'review_panel',
      aggregateId: panel.id,
    });
  });
}
