import { inTransaction } from '../../infra/transaction.ts';
import { expertRepository } from '../../repositories/expert.repository.ts';
import { audit, notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadExpertFor } from './expert-profile-store.ts';

/** The expert withdraws a relation they declared; the audit trail keeps what it said. */
export async function removeExpertRelation(ctx: UseCaseContext, relationId: string): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { row } = await loadExpertFor(trx, ctx, actor.userId, 'declare_relation', true);
    const relation = await expertRepository.findRelation(trx, relationId);
    // Someone else's relation does not exist for this caller.
    if (!relation || relation.expert_user_id !== actor.userId) throw notFound('expert_relation', relationId);
    await trx.deleteFrom('expert_relation').where('id', '=', relationId).execute();
    await audit(trx, ctx, { tenantId: row.tenant_id, type: 'expert_relation.removed', aggregateType: 'expert_relation', aggregateId: relationId, payload: { expertUserId: actor.userId, kind: relation.kind, personName: relation.person_name, organisationName: relation.organisation_name, year: relation.year } });
  });
}
