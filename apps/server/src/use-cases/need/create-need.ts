import { actsForOrganisation, assertIndicators, canOnProgramme, DomainError, type Indicator, type NeedCategory, type ProgrammeStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { audit, authorise, notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';

export interface CreateNeedInput {
  programmeId: string;
  demanderOrgId: string;
  title: string;
  category: NeedCategory;
  field: string;
  industrialChain: string;
  problemStatement: string;
  applicationScenario: string;
  indicators: Indicator[];
  coFundingFen: number;
  isBasicResearch: boolean;
}

/** A demander drafts a need (需求) in an active programme. */
export async function createNeed(ctx: UseCaseContext, input: CreateNeedInput): Promise<string> {
  const actor = requireActor(ctx);
  authorise(actsForOrganisation(actor, input.demanderOrgId, ['demander']), 'need.create');
  assertIndicators(input.indicators);
  return inTransaction(ctx.deps, async (trx) => {
    const programme = await programmeRepository.findById(trx, input.programmeId);
    // A draft programme is invisible outside its office: answer as if it did not exist.
    if (!programme || !canOnProgramme(actor, 'view', { id: programme.id, tenantId: programme.tenant_id, status: programme.status as ProgrammeStatus })) {
      throw notFound('programme', input.programmeId);
    }
    if (programme.status !== 'active') {
      throw new DomainError('RULE_VIOLATION', `Programme is ${programme.status}; needs are collected only while it is active`, { rule: 'programme.not_collecting' });
    }
    const id = ctx.deps.newId();
    const now = ctx.deps.now();
    await trx
      .insertInto('need')
      .values({
        id,
        tenant_id: programme.tenant_id,
        programme_id: programme.id,
        demander_org_id: input.demanderOrgId,
        title: input.title,
        category: input.category,
        field: input.field,
        industrial_chain: input.industrialChain,
        problem_statement: input.problemStatement,
        application_scenario: input.applicationScenario,
        indicators: JSON.stringify(input.indicators),
        co_funding_fen: input.coFundingFen,
        is_basic_research: input.isBasicResearch,
        status: 'draft',
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit(trx, ctx, { tenantId: programme.tenant_id, type: 'need.created', aggregateType: 'need', aggregateId: id, payload: { title: input.title, category: input.category } });
    return id;
  });
}
