import { invalidField, type ExpertRelationKind } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { expertRepository } from '../../repositories/expert.repository.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadExpertFor } from './expert-profile-store.ts';

export interface DeclareRelationInput {
  kind: ExpertRelationKind;
  personName: string;
  organisationId: string | null;
  organisationName: string;
  year: number | null;
  note: string;
}

/**
 * The expert declares a relation recusal must know of (回避关系: a near relative, a collaboration or mentorship
 * with a year); the pool's officers read it on the profile and every assignment and access check uses it.
 */
export async function declareExpertRelation(ctx: UseCaseContext, input: DeclareRelationInput): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const { row } = await loadExpertFor(trx, ctx, actor.userId, 'declare_relation', true);
    let organisationName = input.organisationName;
    if (input.organisationId) {
      const organisation = await expertRepository.organisation(trx, input.organisationId);
      if (!organisation) throw invalidField('body.organisationId', 'is not a registered organisation');
      organisationName ||= organisation.name;
    }
    const id = ctx.deps.newId();
    await trx
      .insertInto('expert_relation')
      .values({
        id,
        tenant_id: row.tenant_id,
        expert_user_id: actor.userId,
        kind: input.kind,
        person_name: input.personName,
        organisation_id: input.organisationId,
        organisation_name: organisationName,
        related_user_id: null,
        year: input.year,
        note: input.note,
        created_by: actor.userId,
        created_at: ctx.deps.now(),
      })
      .execute();
    await audit(trx, ctx, { tenantId: row.tenant_id, type: 'expert_relation.declared', aggregateType: 'expert_relation', aggregateId: id, payload: { expertUserId: actor.userId, kind: input.kind, personName: input.personName, organisationId: input.organisationId, organisationName, year: input.year } });
    return id;
  });
}
