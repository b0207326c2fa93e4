import { assertContractRunning, milestoneLifecycle } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadMilestoneFor } from './load-milestone.ts';

/** The PI reports on a milestone (first time, or after 限期整改) for the officers' review. */
export async function reportMilestone(ctx: UseCaseContext, milestoneId: string, input: { report: string; version?: number | undefined }): Promise<string> {
  return inTransaction(ctx.deps, async (trx) => {
    const { contract, subject, milestone } = await loadMilestoneFor(trx, ctx, milestoneId, 'report');
    assertContractRunning(subject, 'milestone.contract_not_active');
    await applyTransition(trx, ctx, { lifecycle: milestoneLifecycle, table: 'milestone', row: milestone, event: 'submit_report', expectedVersion: input.version, patch: { report: input.report }, auditPayload: { sequence: milestone.sequence } });
    return contract.id;
  });
}
