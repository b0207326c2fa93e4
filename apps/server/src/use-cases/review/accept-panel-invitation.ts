import { assertDeclarations, assertInviteeMayAccept, assertInvitationAnswerable, EXPERT_DECLARATION, invitationLifecycle, recusalReasons } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadOwnSeat } from './load-seat.ts';
import { beijingYear, loadChallengeRecusalSubjects, loadRecusalExperts, loadRecusalRules } from './load-recusal-facts.ts';

/**
 * The invited expert accepts a panel seat with the self-declaration (自我声明): no recusal situation with the
 * challenge's demander, bidders or their people, and confidentiality. The declaration's text version is audited.
 * A conflict the platform already knows refuses the acceptance, so the declaration cannot paper over it.
 */
export async function acceptPanelInvitation(ctx: UseCaseContext, panelId: string, input: { noConflictDeclared: boolean; confidentialityPledged: boolean }): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { panel, panelStatus, seat, invitationStatus, challenge, programme } = await loadOwnSeat(trx, panelId, actor.userId);
    assertDeclarations(input);
    assertInvitationAnswerable(panelStatus);
    const to = invitationLifecycle.transition(invitationStatus, 'accept');
    const [experts, subjects, rules] = await Promise.all([loadRecusalExperts(trx, [actor.userId]), loadChallengeRecusalSubjects(trx, [challenge.id]), loadRecusalRules(trx, [programme.id])]);
    const expert = experts.get(actor.userId);
    const subject = subjects.get(challenge.id);
    const recusal = rules.get(programme.id);
    if (!expert || !subject || !recusal) throw new Error(`recusal facts missing for expert ${actor.userId} on challenge ${challenge.id}`);
    assertInviteeMayAccept(recusalReasons(expert, subject, recusal, beijingYear(ctx.deps.now())));

    await trx.updateTable('panel_member').set({ invitation_status: to, responded_at: ctx.deps.now() }).where('panel_id', '=', panel.id).where('expert_user_id', '=', seat.expert_user_id).execute();
    await audit(trx, ctx, {
      tenantId: panel.tenant_id,
      type: 'review_panel.invitation_accepted',
      aggregateType: 'review_panel',
      aggregateId: panel.id,
      payload: { expertUserId: actor.userId, from: invitationStatus, to, declarationVersion: EXPERT_DECLARATION.version, noConflictDeclared: true, confidentialityPledged: true },
    });
  });
}
