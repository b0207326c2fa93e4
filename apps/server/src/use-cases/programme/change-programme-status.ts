import { programmeLifecycle, type ProgrammeEvent } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { applyTransition } from '../apply-transition.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadProgrammeFor } from './load-programme.ts';

/** Activating opens needs collection and challenge publication; closing stops both for good. */
export async function changeProgrammeStatus(ctx: UseCaseContext, programmeId: string, event: ProgrammeEvent, input: { version?: number | undefined; reason?: string | undefined }): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const programme = await loadProgrammeFor(trx, ctx, programmeId, event, true);
    await applyTransition(trx, ctx, {
      lifecycle: programmeLifecycle,
      table: 'programme',
      row: programme,
      event,
      expectedVersion: input.version,
      patch: { updated_at: ctx.deps.now() },
      auditPayload: { reason: input.reason ?? '' },
    });
  });
}
