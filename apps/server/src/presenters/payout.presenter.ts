import { payoutActions, type Caller, type ContractSubject, type FundingRecipient, type FundingSchemeKind, type PayoutStatus } from '@jiebang/domain';
import type { PayoutComputationView } from '@jiebang/contracts';
import type { Row } from '@jiebang/db';
import type { z } from 'zod';
import type { TrailEntry } from '../repositories/supervision-trail.repository.ts';

export const presentPayout = (actor: Caller, contract: ContractSubject, row: Row<'payout'>, orgNames: ReadonlyMap<string, string>, trail: TrailEntry[] = []) => ({
  id: row.id,
  contractId: row.contract_id,
  schemeKind: row.scheme_kind as FundingSchemeKind,
  baseFen: row.base_fen,
  amountFen: row.amount_fen,
  recipientKind: row.recipient_kind as FundingRecipient,
  recipientOrgId: row.recipient_org_id,
  recipientOrgName: row.recipient_org_id ? (orgNames.get(row.recipient_org_id) ?? null) : null,
  computation: row.computation as z.infer<typeof PayoutComputationView>,
  status: row.status as PayoutStatus,
  computedAt: row.computed_at.toISOString(),
  approvedAt: row.approved_at?.toISOString() ?? null,
  paidAt: row.paid_at?.toISOString() ?? null,
  version: row.version,
  actions: payoutActions(actor, contract, { status: row.status as PayoutStatus }),
  timeline: trail,
});
