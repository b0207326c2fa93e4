import { inTransaction } from '../../infra/transaction.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadRunFor } from './assignment-facts.ts';
import { ALGORITHM_VERSION, resultDifferences, snapshotDigest, solveSnapshot } from './assignment-snapshot.ts';

/**
 * Re-solves a run from its stored snapshot and seed alone and compares: the digest of the stored input is
 * recomputed (tampering shows), and the seats, alternates and objective must come out the same. Anyone entitled
 * to the run may check a draw this way (PIPL Art. 24); each check is audited.
 */
export async function replayAssignmentRun(ctx: UseCaseContext, runId: string) {
  requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const { run, snapshot, result } = await loadRunFor(trx, ctx, runId, 'replay');
    const digest = snapshotDigest(snapshot);
    const digestMatches = digest === run.input_digest;
    const replayed = solveSnapshot(snapshot);
    const differences = [
      ...(digestMatches ? [] : [`input digest ${digest} differs from the recorded ${run.input_digest}`]),
      ...(run.algorithm_version === ALGORITHM_VERSION ? [] : [`recorded with algorithm ${run.algorithm_version}, replayed with ${ALGORITHM_VERSION}`]),
      ...(replayed.objective === run.objective ? [] : [`objective ${replayed.objective} differs from the recorded ${run.objective}`]),
      ...resultDifferences(result, replayed.result),
    ];
    const identical = differences.length === 0;
    await audit(trx, ctx, {
      tenantId: run.tenant_id,
      type: 'assignment_run.replayed',
      aggregateType: 'assignment_run',
      aggregateId: run.id,
      payload: { identical, digest, digestMatches, objective: replayed.objective, mode: run.mode, seed: run.seed, differences: differences.slice(0, 20) },
    });
    return { identical, digest, digestMatches, objective: replayed.objective, differences };
  });
}
