import { z } from 'zod';
import { BID_STATUSES, CHALLENGE_STATUSES, CONTRACT_STATUSES, NEED_STATUSES, PAYOUT_STATUSES, TRANCHE_STATUSES } from '@jiebang/domain';
import { Fen } from './common.ts';

/** Every status appears (zero when none), so a chart keeps its bars in lifecycle order without client-side filling. */
const countsOf = <T extends readonly [string, ...string[]]>(statuses: T) => z.record(z.enum(statuses), z.number().int().min(0));
const moneyOf = <T extends readonly [string, ...string[]]>(statuses: T) => z.record(z.enum(statuses), Fen);

export const ProgrammeDashboardView = z
  .object({
    programmeId: z.uuid(),
    counts: z.object({
      needs: countsOf(NEED_STATUSES),
      challenges: countsOf(CHALLENGE_STATUSES),
      bids: countsOf(BID_STATUSES),
      contracts: countsOf(CONTRACT_STATUSES),
    }),
    money: z.object({
      budgetPublishedFen: Fen.describe('Sum of challenge budgets once published (published, closed, under review, awarded, no award)'),
      contractValueFen: Fen.describe('Agreed value of contracts past negotiation'),
      tranchesFen: moneyOf(TRANCHE_STATUSES).describe('Contract tranches by status'),
      payoutsFen: moneyOf(PAYOUT_STATUSES).describe('Results-based payouts by status'),
    }),
  })
  .meta({ id: 'ProgrammeDashboard' });
