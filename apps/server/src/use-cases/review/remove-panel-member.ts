import { assertPanelForming, type PanelStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { audit, notFound, type UseCaseContext } from '../use-case-context.ts';
import { loadPanelFor } from './load-panel.ts';

/** An officer takes an expert off a panel that is still forming (e.g. a late-declared conflict of interest). */
export async function removePanelMember(ctx: UseCaseContext, panelId: string, expertUserId: string, input: { version?: number | undefined; reason?: string | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { panel } = await loadPanelFor(trx, ctx, panelId, 'remove_member', true);
    assertPanelForming(panel.status as PanelStatus);
    if (!(await reviewRepository.findMember(trx, panel.id, expertUserId))) throw notFound('panel_member', expertUserId);
    await updateVersioned(trx, 'review_panel', panel.id, input.version ?? panel.version, {});
    await trx.deleteFrom('panel_member').where('panel_id', '=', panel.id).where('expert_user_id', '=', expertUserId).execute();
    await audit(trx, ctx, { tenantId: panel.tenant_id, type: 'review_panel.expert_removed', aggregateType: 'review_panel', aggregateId: panel.id, payload: { expertUserId, reason: input.reason ?? '' } });
  });
}
