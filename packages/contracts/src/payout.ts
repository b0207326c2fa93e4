import { z } from 'zod';
import { FUNDING_BASES, FUNDING_RECIPIENTS, FUNDING_SCHEME_KINDS, PAYOUT_STATUSES, PAYOUT_TIMINGS } from '@jiebang/domain';
import { Actions, AuditTrailEntry, BasisPoints, Fen, Timestamp, VersionedCommand } from './common.ts';

export const ComputePayoutBody = VersionedCommand.describe('version = the contract version you read');

/** How the amount was reached, kept with the payout so the figure can be re-checked later. */
export const PayoutComputationView = z
  .object({
    timing: z.enum(PAYOUT_TIMINGS),
    base: z.enum(FUNDING_BASES),
    baseFen: Fen,
    rateBp: BasisPoints,
    capFen: Fen.nullable(),
    minimumBaseFen: Fen.nullable(),
    fixedAmountFen: Fen.nullable(),
    uncappedFen: Fen,
    amountFen: Fen,
    capped: z.boolean(),
  })
  .meta({ id: 'PayoutComputation' });

export const PayoutView = z
  .object({
    id: z.uuid(),
    contractId: z.uuid(),
    schemeKind: z.enum(FUNDING_SCHEME_KINDS),
    baseFen: Fen,
    amountFen: Fen,
    recipientKind: z.enum(FUNDING_RECIPIENTS),
    recipientOrgId: z.uuid().nullable(),
    recipientOrgName: z.string().nullable(),
    computation: PayoutComputationView,
    status: z.enum(PAYOUT_STATUSES),
    computedAt: Timestamp,
    approvedAt: Timestamp.nullable(),
    paidAt: Timestamp.nullable(),
    version: z.number().int(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry),
  })
  .meta({ id: 'Payout' });
