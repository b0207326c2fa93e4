import { assertInExpertPool, assertPanelForming, DomainError, invalidField, type PanelRole, type PanelStatus } from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { evaluationUserRepository } from '../../repositories/bid.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { audit, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { assertNoRecusalFromChallenge } from './load-recusal-facts.ts';
import { loadPanelFor } from './load-panel.ts';

/** The active user and whether they hold the expert role (expert_reviewer); recusal itself reads load-recusal-facts.ts. */
export async function expertProfile(trx: Tx, userId: string) {
  const user = await evaluationUserRepository.find(trx, userId);
  if (!user || user.disabled_at) return null;
  const grants = await evaluationUserRepository.grantsOf(trx, userId);
  const organisationIds = [...new Set([user.organisation_id, ...grants.map((grant) => grant.organisation_id)].filter((id): id is string => id !== null))];
  return { user, holdsExpertGrant: grants.some((grant) => grant.role === 'expert_reviewer'), organisationIds };
}

/** An officer draws an expert from the pool onto a forming panel, refusing one with a conflict of interest (回避). */
export async function addPanelMember(ctx: UseCaseContext, panelId: string, input: { expertUserId: string; panelRole: PanelRole; version?: number | undefined }): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { panel, challenge } = await loadPanelFor(trx, ctx, panelId, 'add_member', true);
    assertPanelForming(panel.status as PanelStatus);
    const expert = await expertProfile(trx, input.expertUserId);
    if (!expert) throw invalidField('body.expertUserId', 'no such active user');
    assertInExpertPool(expert);
    await assertNoRecusalFromChallenge(trx, input.expertUserId, challenge, ctx.deps.now());
    if (await reviewRepository.findMember(trx, panel.id, input.expertUserId)) {
      throw new DomainError('DUPLICATE', 'The expert is already on this panel', { rule: 'review.expert_already_assigned' });
    }
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
