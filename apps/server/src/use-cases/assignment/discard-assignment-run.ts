import { assignmentRunLifecycle } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadRunFor } from './assignment-facts.ts';

/** The officer sets a proposed run aside; it stays on record (and replayable), and no seat is created. */
export async function discardAssignmentRun(ctx: UseCaseContext, runId: string, input: { version?: number | undefined; reason?: string | undefined }): Promise<void> {
  requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { run } = await loadRunFor(trx, ctx, runId, 'discard', true);
    await applyTransition(trx, ctx, { lifecycle: assignmentRunLifecycle, table: 'assignment_run', row: run, event: 'discard', expectedVersion: input.version, auditPayload: { inputDigest: run.input_digest, reason: input.reason ?? '' } });
  });
}
