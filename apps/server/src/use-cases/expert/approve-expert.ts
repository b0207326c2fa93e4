import { inTransaction } from '../../infra/transaction.ts';
import { expertRepository } from '../../repositories/expert.repository.ts';
import { notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadExpertFor, transitionProfile } from './expert-profile-store.ts';

/** The office admits an applicant to its pool: the profile becomes active and the expert grant is given there. */
export async function approveExpert(ctx: UseCaseContext, userId: string, input: { version?: number | undefined }): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { row } = await loadExpertFor(trx, ctx, userId, 'approve', true);
    await transitionProfile(trx, ctx, row, 'approve', { expectedVersion: input.version, patch: { reviewed_by: actor.userId, reviewed_at: ctx.deps.now(), rejection_reason: null } });
    if (!(await expertRepository.hasGrant(trx, userId, row.tenant_id))) {
      await trx.insertInto('role_grant').values({ id: ctx.deps.newId(), user_id: userId, tenant_id: row.tenant_id, role: 'expert_reviewer', organisation_id: null, programme_id: null, created_at: ctx.deps.now() }).execute();
    }
    await notify(trx, ctx, { tenantId: row.tenant_id, userId, kind: 'expert_profile.approve', title: '专家入库审核通过', body: '您的专家入库申请已通过审核，可在“评审任务”中查看评审邀请，并请及时维护回避关系。', aggregateType: 'expert_profile', aggregateId: userId });
  });
}
