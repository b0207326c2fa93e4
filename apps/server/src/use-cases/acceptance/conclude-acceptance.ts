import { acceptanceLifecycle, acceptanceOutcome, acceptancePassed, assertActualValueRecorded, contractLifecycle, type AcceptanceStatus, type AcceptanceVerdict } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { acceptanceRepository } from '../../repositories/acceptance.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { cancelTranches, unlockTranches } from '../tranche/release-tranches.ts';
import { audit, notify, type UseCaseContext } from '../use-case-context.ts';
import { loadAcceptanceFor } from './load-acceptance.ts';

/**
 * The officer concludes acceptance from every indicator's verdict (any failure fails, any condition makes it
 * conditional). A pass accepts the contract and unlocks the acceptance tranches; a failure fails it, cancels
 * the tranches that can no longer unlock, and opens the way to a diligence review.
 */
export async function concludeAcceptance(ctx: UseCaseContext, acceptanceId: string, input: { summary: string; actualContractValueFen?: number | undefined; version?: number | undefined }): Promise<AcceptanceVerdict> {
  return inTransaction(ctx.deps, async (trx) => {
    const { acceptance, contract, indicators, funding } = await loadAcceptanceFor(trx, ctx, acceptanceId, 'conclude', true);
    acceptanceLifecycle.transition(acceptance.status as AcceptanceStatus, 'conclude');
    const keys = new Set(indicators.map((indicator) => indicator.key));
    const verdicts = await acceptanceRepository.verdictsOf(trx, [acceptance.id]);
    const outcome = acceptanceOutcome(indicators, new Map(verdicts.filter((row) => keys.has(row.indicator_key)).map((row) => [row.indicator_key, row.verdict])));
    const passed = acceptancePassed(outcome);
    assertActualValueRecorded(funding.kind, passed, input.actualContractValueFen ?? contract.actual_contract_value_fen, 'body.actualContractValueFen');
    const now = ctx.deps.now();
    await applyTransition(trx, ctx, {
      lifecycle: acceptanceLifecycle,
      table: 'acceptance',
      row: acceptance,
      event: 'conclude',
      expectedVersion: input.version,
      patch: { outcome, summary: input.summary, concluded_by: ctx.actor?.userId ?? null, concluded_at: now },
      auditPayload: { outcome },
    });
    await audit(trx, ctx, { tenantId: acceptance.tenant_id, type: 'acceptance.concluded', aggregateType: 'acceptance', aggregateId: acceptance.id, payload: { outcome, summary: input.summary } });
    await applyTransition(trx, ctx, {
      lifecycle: contractLifecycle,
      table: 'contract',
      row: contract,
      event: passed ? 'accept' : 'fail_acceptance',
      patch: { updated_at: now, ...(input.actualContractValueFen !== undefined ? { actual_contract_value_fen: input.actualContractValueFen } : {}) },
      auditPayload: { acceptanceId: acceptance.id, outcome },
    });
    if (passed) await unlockTranches(trx, ctx, contract.id, { trigger: 'acceptance' });
    else await cancelTranches(trx, ctx, contract.id, 'failed_acceptance');
    await notify(trx, ctx, {
      tenantId: contract.tenant_id,
      organisationId: contract.lead_org_id,
      userId: contract.pi_user_id,
      kind: `acceptance.${outcome}`,
      title: passed ? '项目通过验收' : '项目未通过验收',
      body: input.summary,
      aggregateType: 'acceptance',
      aggregateId: acceptance.id,
    });
    return outcome;
  });
}
