import { assertNeedPoolable, needLifecycle, type NeedEvent } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import { notify, type UseCaseContext } from '../use-case-context.ts';
import { loadNeedFor } from './load-need.ts';

/** The officer steps that move a need through screening and vetting (merge has its own use case). */
export type NeedReviewEvent = Extract<NeedEvent, 'start_screening' | 'start_vetting' | 'pool' | 'return' | 'reject'>;

const OUTCOME_TITLES: Partial<Record<NeedReviewEvent, string>> = { pool: '需求已入库', return: '需求被退回修改', reject: '需求未通过论证' };

/** 形式审查 → 专家论证 → 入库 / 退回 / 不予入库. Pooling refuses a basic-research need (the mechanism's boundary). */
export async function reviewNeed(ctx: UseCaseContext, needId: string, event: NeedReviewEvent, input: { version?: number | undefined; reason?: string; opinion?: string }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { need } = await loadNeedFor(trx, ctx, needId, event, true);
    if (event === 'pool') assertNeedPoolable({ isBasicResearch: need.is_basic_research });
    await applyTransition(trx, ctx, {
      lifecycle: needLifecycle,
      table: 'need',
      row: need,
      event,
      expectedVersion: input.version,
      patch: { updated_at: ctx.deps.now(), ...(input.opinion ? { vetting_opinion: input.opinion } : {}) },
      auditPayload: { reason: input.reason ?? '', ...(input.opinion ? { opinion: input.opinion } : {}) },
    });
    const title = OUTCOME_TITLES[event];
    if (title) {
      await notify(trx, ctx, { tenantId: need.tenant_id, organisationId: need.demander_org_id, kind: `need.${event}`, title, body: `${need.title}${input.reason ? `：${input.reason}` : ''}`, aggregateType: 'need', aggregateId: need.id });
    }
  });
}
