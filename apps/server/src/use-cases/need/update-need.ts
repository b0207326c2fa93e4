import { assertIndicators, type Indicator, type NeedCategory } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { audit, type UseCaseContext } from '../use-case-context.ts';
import { loadNeedFor } from './load-need.ts';

export interface UpdateNeedInput {
  title?: string | undefined;
  category?: NeedCategory | undefined;
  field?: string | undefined;
  industrialChain?: string | undefined;
  problemStatement?: string | undefined;
  applicationScenario?: string | undefined;
  indicators?: Indicator[] | undefined;
  coFundingFen?: number | undefined;
  isBasicResearch?: boolean | undefined;
  version?: number | undefined;
}

/** The demander edits a draft or returned need. */
export async function updateNeed(ctx: UseCaseContext, needId: string, input: UpdateNeedInput): Promise<void> {
  if (input.indicators) assertIndicators(input.indicators);
  await inTransaction(ctx.deps, async (trx) => {
    const { need } = await loadNeedFor(trx, ctx, needId, 'edit', true);
    const patch = {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.category !== undefined && { category: input.category }),
      ...(input.field !== undefined && { field: input.field }),
      ...(input.industrialChain !== undefined && { industrial_chain: input.industrialChain }),
      ...(input.problemStatement !== undefined && { problem_statement: input.problemStatement }),
      ...(input.applicationScenario !== undefined && { application_scenario: input.applicationScenario }),
      ...(input.indicators !== undefined && { indicators: JSON.stringify(input.indicators) }),
      ...(input.coFundingFen !== undefined && { co_funding_fen: input.coFundingFen }),
      ...(input.isBasicResearch !== undefined && { is_basic_research: input.isBasicResearch }),
    };
    await updateVersioned(trx, 'need', need.id, input.version ?? need.version, { ...patch, updated_at: ctx.deps.now() });
    await audit(trx, ctx, { tenantId: need.tenant_id, type: 'need.updated', aggregateType: 'need', aggregateId: need.id, payload: { fields: Object.keys(patch) } });
  });
}
