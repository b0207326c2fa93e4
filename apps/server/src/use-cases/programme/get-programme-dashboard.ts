import {
  BID_STATUSES,
  CHALLENGE_STATUSES,
  CONTRACT_STATUSES,
  NEED_STATUSES,
  PAYOUT_STATUSES,
  PUBLIC_CHALLENGE_STATUSES,
  TRANCHE_STATUSES,
} from '@jiebang/domain';
import { sql } from 'kysely';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadProgrammeFor } from './load-programme.ts';

type Row = { status: string; n: number | string | bigint; total?: number | string | bigint | null };

/** Lifecycle order with zeros: the view names every status, so charts need no filling and keep a stable order. */
function byStatus<T extends string>(statuses: readonly T[], rows: readonly Row[], pick: (row: Row) => number): Record<T, number> {
  const out = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<T, number>;
  for (const row of rows) if ((statuses as readonly string[]).includes(row.status)) out[row.status as T] = pick(row);
  return out;
}

const count = (row: Row) => Number(row.n);
const total = (row: Row) => Number(row.total ?? 0);

/** The officer's overview of one programme: how many objects sit in each stage, and the money committed and paid. */
export async function getProgrammeDashboard(ctx: UseCaseContext, programmeId: string) {
  const { db } = ctx.deps;
  // Officers only: the figures include drafts, unpublished challenges and bids that the public must not see.
  await loadProgrammeFor(db, ctx, programmeId, 'view_dashboard');

  const [needs, challenges, bids, contracts, tranches, payouts, budget] = await Promise.all([
    db.selectFrom('need').select(['status', sql<number>`count(*)`.as('n')]).where('programme_id', '=', programmeId).groupBy('status').execute(),
    db.selectFrom('challenge').select(['status', sql<number>`count(*)`.as('n')]).where('programme_id', '=', programmeId).groupBy('status').execute(),
    db.selectFrom('bid').select(['status', sql<number>`count(*)`.as('n')]).where('programme_id', '=', programmeId).groupBy('status').execute(),
    db
      .selectFrom('contract')
      .select(['status', sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(coalesce(actual_contract_value_fen, contract_value_fen)), 0)`.as('total')])
      .where('programme_id', '=', programmeId)
      .groupBy('status')
      .execute(),
    db
      .selectFrom('tranche')
      .innerJoin('contract', 'contract.id', 'tranche.contract_id')
      .select(['tranche.status as status', sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(tranche.amount_fen), 0)`.as('total')])
      .where('contract.programme_id', '=', programmeId)
      .groupBy('tranche.status')
      .execute(),
    db
      .selectFrom('payout')
      .innerJoin('contract', 'contract.id', 'payout.contract_id')
      .select(['payout.status as status', sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(payout.amount_fen), 0)`.as('total')])
      .where('contract.programme_id', '=', programmeId)
      .groupBy('payout.status')
      .execute(),
    db
      .selectFrom('challenge')
      .select(sql<number>`coalesce(sum(budget_fen), 0)`.as('total'))
      .where('programme_id', '=', programmeId)
      .where('status', 'in', [...PUBLIC_CHALLENGE_STATUSES])
      .executeTakeFirstOrThrow(),
  ]);

  const signed = contracts.filter((row) => !['negotiation', 'negotiation_failed'].includes(row.status));
  return {
    programmeId,
    counts: {
      needs: byStatus(NEED_STATUSES, needs, count),
      challenges: byStatus(CHALLENGE_STATUSES, challenges, count),
      bids: byStatus(BID_STATUSES, bids, count),
      contracts: byStatus(CONTRACT_STATUSES, contracts, count),
    },
    money: {
      budgetPublishedFen: Number(budget.total),
      contractValueFen: signed.reduce((sum, row) => sum + total(row), 0),
      tranchesFen: byStatus(TRANCHE_STATUSES, tranches, total),
      payoutsFen: byStatus(PAYOUT_STATUSES, payouts, total),
    },
  };
}
