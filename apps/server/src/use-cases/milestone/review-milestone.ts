import { assertContractRunning, assertRemediationDueDate, contractLifecycle, milestoneEventFor, milestoneLifecycle, type MilestoneDecision } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import { cancelTranches, unlockTranches } from '../tranche/release-tranches.ts';
import { audit, notify, type UseCaseContext } from '../use-case-context.ts';
import { loadMilestoneFor } from './load-milestone.ts';

const DECISION_TITLES: Record<MilestoneDecision, string> = { continue: '里程碑考核通过', remediate: '里程碑考核：限期整改', terminate: '里程碑考核：项目终止' };

/**
 * 节点考核: continue passes the milestone and unlocks the tranches waiting for it; remediate sends it back
 * for 限期整改 by a deadline (after today, Asia/Shanghai); terminate ends the milestone and the contract and
 * cancels every tranche not yet paid.
 */
export async function reviewMilestone(ctx: UseCaseContext, milestoneId: string, input: { decision: MilestoneDecision; opinion: string; remediationDueDate?: string | null | undefined; version?: number | undefined }): Promise<string> {
  return inTransaction(ctx.deps, async (trx) => {
    const { contract, subject, milestone } = await loadMilestoneFor(trx, ctx, milestoneId, 'review');
    assertContractRunning(subject, 'milestone.contract_not_active');
    const now = ctx.deps.now();
    assertRemediationDueDate(input.decision, input.remediationDueDate, now, 'body.remediationDueDate');
    const remediationDueDate = input.decision === 'remediate' ? (input.remediationDueDate ?? null) : null;
    const { from, to } = await applyTransition(trx, ctx, {
      lifecycle: milestoneLifecycle,
      table: 'milestone',
      row: milestone,
      event: milestoneEventFor(input.decision),
      expectedVersion: input.version,
      patch: { review_opinion: input.opinion, reviewed_by: ctx.actor?.userId ?? null, reviewed_at: now, remediation_due_date: remediationDueDate },
      auditPayload: { sequence: milestone.sequence },
    });
    let unlocked: string[] = [];
    let cancelled: string[] = [];
    if (input.decision === 'continue') unlocked = await unlockTranches(trx, ctx, contract.id, { trigger: 'milestone', milestoneId: milestone.id });
    if (input.decision === 'terminate') {
      await applyTransition(trx, ctx, { lifecycle: contractLifecycle, table: 'contract', row: contract, event: 'terminate', patch: { updated_at: now }, auditPayload: { milestoneId: milestone.id, opinion: input.opinion } });
      cancelled = await cancelTranches(trx, ctx, contract.id, 'termination');
    }
    await audit(trx, ctx, {
      tenantId: milestone.tenant_id,
      type: 'milestone.reviewed',
      aggregateType: 'milestone',
      aggregateId: milestone.id,
      payload: { decision: input.decision, opinion: input.opinion, remediationDueDate, from, to, unlockedTrancheIds: unlocked, cancelledTrancheIds: cancelled },
    });
    await notify(trx, ctx, { tenantId: milestone.tenant_id, userId: contract.pi_user_id, organisationId: contract.lead_org_id, kind: `milestone.${input.decision}`, title: DECISION_TITLES[input.decision], body: remediationDueDate ? `${milestone.title}：${input.opinion}（整改期限：${remediationDueDate}）` : `${milestone.title}：${input.opinion}`, aggregateType: 'milestone', aggregateId: milestone.id });
    return contract.id;
  });
}
