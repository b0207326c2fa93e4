import { failureReviewLifecycle, type FailureFinding, type FailureReviewStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import { recordIntegrityConsequences } from '../integrity/record-integrity-consequences.ts';
import { notify, type UseCaseContext } from '../use-case-context.ts';
import { loadFailureReviewFor } from './load-failure-review.ts';

const FINDING_TEXT: Record<FailureFinding, string> = {
  diligent_failure: '经认定已履行勤勉尽责义务，予以免责，不作负面评价。',
  negligent_failure: '经认定未履行勤勉尽责义务，记入科研诚信记录。',
  misconduct: '经认定存在科研失信行为，记入科研诚信记录。',
};

/**
 * The diligence finding. A diligent failure is exempt (免责) and writes NO integrity record; negligence and
 * misconduct record the lead organisation and the PI. The lead organisation and the PI are told either way.
 */
export async function decideFailureReview(ctx: UseCaseContext, reviewId: string, input: { finding: FailureFinding; reasoning: string; version?: number | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { review, contract } = await loadFailureReviewFor(trx, ctx, reviewId, 'decide', true);
    failureReviewLifecycle.transition(review.status as FailureReviewStatus, 'decide');
    await applyTransition(trx, ctx, {
      lifecycle: failureReviewLifecycle,
      table: 'failure_review',
      row: review,
      event: 'decide',
      expectedVersion: input.version,
      patch: { finding: input.finding, reasoning: input.reasoning, decided_by: ctx.actor?.userId ?? null, decided_at: ctx.deps.now() },
      auditPayload: { finding: input.finding },
    });
    const records = await recordIntegrityConsequences(trx, ctx, {
      tenantId: contract.tenant_id,
      finding: input.finding,
      leadOrgId: contract.lead_org_id,
      piUserId: contract.pi_user_id,
      sourceKind: 'failure_review',
      sourceId: review.id,
      summary: input.reasoning,
    });
    const body = `${FINDING_TEXT[input.finding]}${records.length ? `（${records.length} 条诚信记录）` : ''}`;
    await notify(trx, ctx, { tenantId: contract.tenant_id, organisationId: contract.lead_org_id, kind: `failure_review.${input.finding}`, title: '失败项目尽职审查结论', body, aggregateType: 'failure_review', aggregateId: review.id });
    await notify(trx, ctx, { tenantId: contract.tenant_id, userId: contract.pi_user_id, kind: `failure_review.${input.finding}`, title: '失败项目尽职审查结论', body, aggregateType: 'failure_review', aggregateId: review.id });
  });
}
