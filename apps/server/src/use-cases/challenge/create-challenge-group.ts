import { canOnProgramme, isProgrammeOfficer, programmeStateAllows, ruleViolation, type ProgrammeStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { programmeSubject } from '../programme/load-programme.ts';
import { audit, authorise, notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';

/** An officer opens a 项目群: a series of linked challenges (the State Grid case). */
export async function createChallengeGroup(ctx: UseCaseContext, programmeId: string, input: { name: string; description: string; continuity: boolean }): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const programme = await programmeRepository.findByIdForUpdate(trx, programmeId);
    if (!programme || !canOnProgramme(actor, 'view', programmeSubject(programme))) throw notFound('programme', programmeId);
    authorise(isProgrammeOfficer(actor, { id: programme.id, tenantId: programme.tenant_id }), 'challenge_group.create');
    if (!programmeStateAllows('create_challenge_group', programme.status as ProgrammeStatus)) throw ruleViolation('programme.closed', 'A closed programme takes no new challenge groups');
    const id = ctx.deps.newId();
    await trx
      .insertInto('challenge_group')
      .values({ id, tenant_id: programme.tenant_id, programme_id: programme.id, name: input.name, description: input.description, continuity: input.continuity, created_at: ctx.deps.now() })
      .execute();
    await audit(trx, ctx, { tenantId: programme.tenant_id, type: 'challenge_group.created', aggregateType: 'challenge_group', aggregateId: id, payload: { name: input.name, continuity: input.continuity } });
    return id;
  });
}
