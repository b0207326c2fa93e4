import { inTransaction } from '../../infra/transaction.ts';
import { notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadExpertFor, transitionProfile } from './expert-profile-store.ts';

/** The office refuses an application, saying why; the applicant sees the reason on their profile. */
export async function rejectExpert(ctx: UseCaseContext, userId: string, input: { version?: number | undefined; reason: string }): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { row } = await loadExpertFor(trx, ctx, userId, 'reject', true);
    await transitionProfile(trx, ctx, row, 'reject', { expectedVersion: input.version, patch: { reviewed_by: actor.userId, reviewed_at: ctx.deps.now(), rejection_reason: input.reason }, auditPayload: { reason: input.reason } });
    await notify(trx, ctx, { tenantId: row.tenant_id, userId, kind: 'expert_profile.reject', title: '专家入库申请未通过', body: `您的专家入库申请未通过审核。原因：${input.reason}`, aggregateType: 'expert_profile', aggregateId: userId });
  });
}
