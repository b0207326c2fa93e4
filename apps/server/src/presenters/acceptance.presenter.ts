import { acceptanceActions, judgeIndicator, type AcceptanceStatus, type AcceptanceVerdict, type Caller, type ContractSubject, type Indicator } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { TrailEntry } from '../repositories/supervision-trail.repository.ts';

/** An acceptance with one line per contract indicator: its measured value and verdict, or nulls while unmeasured. */
export function presentAcceptance(actor: Caller, contract: ContractSubject, row: Row<'acceptance'>, indicators: readonly Indicator[], verdicts: readonly Row<'acceptance_verdict'>[], trail: TrailEntry[] = []) {
  const byKey = new Map(verdicts.filter((verdict) => verdict.acceptance_id === row.id).map((verdict) => [verdict.indicator_key, verdict]));
  return {
    id: row.id,
    contractId: row.contract_id,
    status: row.status as AcceptanceStatus,
    outcome: row.outcome as AcceptanceVerdict | null,
    summary: row.summary,
    requestedAt: row.requested_at.toISOString(),
    concludedAt: row.concluded_at?.toISOString() ?? null,
    indicators: indicators.map((indicator) => {
      const verdict = byKey.get(indicator.key);
      const measured = verdict ? Number(verdict.measured_value) : null;
      return {
        indicator,
        measuredValue: measured,
        judged: measured === null ? null : judgeIndicator(indicator, measured),
        verdict: verdict?.verdict ?? null,
        evidence: verdict?.evidence ?? null,
        conditionNote: verdict?.condition_note ?? null,
        recordedAt: verdict?.recorded_at.toISOString() ?? null,
      };
    }),
    version: row.version,
    actions: acceptanceActions(actor, contract, { status: row.status as AcceptanceStatus }),
    timeline: trail,
  };
}

/** One line of a tester's worklist: whose acceptance it is and how many indicators are measured so far. */
export function presentTesterAcceptance(
  actor: Caller,
  contract: ContractSubject,
  row: Row<'acceptance'>,
  labels: { challengeId: string; challengeTitle: string; challengeCode: string; leadOrgName: string; piName: string },
  indicators: readonly Indicator[],
  verdicts: readonly Row<'acceptance_verdict'>[],
) {
  const measured = new Set(verdicts.filter((verdict) => verdict.acceptance_id === row.id).map((verdict) => verdict.indicator_key));
  return {
    id: row.id,
    contractId: row.contract_id,
    ...labels,
    status: row.status as AcceptanceStatus,
    requestedAt: row.requested_at.toISOString(),
    indicatorCount: indicators.length,
    measuredCount: indicators.filter((indicator) => measured.has(indicator.key)).length,
    version: row.version,
    actions: acceptanceActions(actor, contract, { status: row.status as AcceptanceStatus }),
  };
}
