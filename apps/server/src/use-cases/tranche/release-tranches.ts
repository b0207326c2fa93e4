import { trancheLifecycle, tranchesToCancel, tranchesToUnlock, type TrancheStatus, type TrancheTrigger, type UnlockCause } from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { trancheRepository } from '../../repositories/tranche.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import type { UseCaseContext } from '../use-case-context.ts';

const asSchedule = (rows: Awaited<ReturnType<typeof trancheRepository.listByContractForUpdate>>) =>
  rows.map((row) => ({ row, status: row.status as TrancheStatus, trigger: row.trigger as TrancheTrigger, milestoneId: row.milestone_id }));

/** Unlocks, in the caller's transaction, the tranches a trigger releases (signing, a passed milestone, a passed acceptance). */
export async function unlockTranches(trx: Tx, ctx: UseCaseContext, contractId: string, cause: UnlockCause): Promise<string[]> {
  const released = tranchesToUnlock(asSchedule(await trancheRepository.listByContractForUpdate(trx, contractId)), cause);
  for (const { row } of released) {
    await applyTransition(trx, ctx, { lifecycle: trancheLifecycle, table: 'tranche', row, event: 'unlock', auditPayload: { cause: cause.trigger } });
  }
  return released.map(({ row }) => row.id);
}

/** Cancels the tranches that can no longer be earned: all unpaid ones on termination, the still-locked ones on a failed acceptance. */
export async function cancelTranches(trx: Tx, ctx: UseCaseContext, contractId: string, cause: 'termination' | 'failed_acceptance'): Promise<string[]> {
  const cancelled = tranchesToCancel(asSchedule(await trancheRepository.listByContractForUpdate(trx, contractId)), cause);
  for (const { row } of cancelled) {
    await applyTransition(trx, ctx, { lifecycle: trancheLifecycle, table: 'tranche', row, event: 'cancel', auditPayload: { cause } });
  }
  return cancelled.map(({ row }) => row.id);
}
