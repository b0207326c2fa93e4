import { assertAcceptanceOpen, assertIndicatorKnown, resolveVerdict, type AcceptanceStatus, type AcceptanceVerdict, type Indicator } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { acceptanceRepository } from '../../repositories/acceptance.repository.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadAcceptanceFor } from './load-acceptance.ts';

export interface RecordVerdictInput {
  indicatorKey: string;
  measuredValue: number;
  evidence: string;
  verdict?: AcceptanceVerdict | undefined;
  conditionNote?: string | undefined;
  version?: number | undefined;
}

/**
 * An officer or tester records the measured value of one indicator (第三方测评). The verdict is what the value
 * earns unless the panel states another with a condition note. Re-measuring replaces the earlier verdict and
 * bumps the acceptance's version, so a conclusion drawn from an older reading is refused as stale.
 */
export async function recordVerdict(ctx: UseCaseContext, acceptanceId: string, input: RecordVerdictInput): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx.deps, async (trx) => {
    const { acceptance, indicators } = await loadAcceptanceFor(trx, ctx, acceptanceId, 'record_verdict', true);
    assertAcceptanceOpen({ status: acceptance.status as AcceptanceStatus });
    assertIndicatorKnown(indicators, input.indicatorKey, 'body.indicatorKey');
    const indicator = indicators.find((candidate) => candidate.key === input.indicatorKey) as Indicator;
    const resolved = resolveVerdict(indicator, input.measuredValue, input.verdict, input.conditionNote, 'body.');
    await updateVersioned(trx, 'acceptance', acceptance.id, input.version ?? acceptance.version, {});
    await acceptanceRepository.upsertVerdict(trx, {
      acceptance_id: acceptance.id,
      indicator_key: indicator.key,
      measured_value: String(input.measuredValue),
      verdict: resolved.verdict,
      evidence: input.evidence,
      condition_note: resolved.conditionNote,
      recorded_by: actor.userId,
      recorded_at: ctx.deps.now(),
    });
    await audit(trx, ctx, {
      tenantId: acceptance.tenant_id,
      type: 'acceptance.verdict_recorded',
      aggregateType: 'acceptance',
      aggregateId: acceptance.id,
      payload: { indicatorKey: indicator.key, measuredValue: input.measuredValue, judged: resolved.judged, verdict: resolved.verdict, conditionNote: resolved.conditionNote, evidence: input.evidence },
    });
  });
}
