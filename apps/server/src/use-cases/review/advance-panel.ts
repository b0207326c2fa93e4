import { assertPanelCanOpen, panelLifecycle, type InvitationStatus, type PanelEvent } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { notify, type UseCaseContext } from '../use-case-context.ts';
import { loadPanelFor } from './load-panel.ts';

/**
 * Opens or closes scoring. Opening needs every invitation answered and at least as many accepted experts as scores
 * each bid must get (answers share-lock the panel, so none slips in meanwhile). Closing takes the panel row lock,
 * so it waits for any score being written (those hold a share lock on the panel).
 */
export async function advancePanel(ctx: UseCaseContext, panelId: string, event: PanelEvent, input: { version?: number | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { panel, policy, challenge } = await loadPanelFor(trx, ctx, panelId, event, true);
    // Only accepted seats review; declined and withdrawn ones are history, open invitations hold the opening up.
    const seats = await reviewRepository.membersOf(trx, panel.id);
    const members = seats.filter((seat) => seat.invitation_status === 'accepted');
    if (event === 'open_scoring') {
      if (panel.status === 'forming') assertPanelCanOpen(seats.map((seat) => ({ invitationStatus: seat.invitation_status as InvitationStatus })), policy.review.minScoresPerBid);
    }
    await applyTransition(trx, ctx, { lifecycle: panelLifecycle, table: 'review_panel', row: panel, event, expectedVersion: input.version, auditPayload: { experts: members.length } });
    if (event === 'open_scoring') {
      for (const member of members) {
        await notify(trx, ctx, { tenantId: panel.tenant_id, userId: member.expert_user_id, kind: 'review_panel.open_scoring', title: '评审打分已开启', body: `榜单「${challenge.title}」的评审已开始，请在评审任务中逐项打分。`, aggregateType: 'review_panel', aggregateId: panel.id });
      }
    }
  });
}
