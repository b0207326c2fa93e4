import { canOnAcceptance, canOnContract, type AcceptanceAction, type Indicator } from '@jiebang/domain';
import type { DbOrTx } from '../../context.ts';
import { acceptanceRepository } from '../../repositories/acceptance.repository.ts';
import { loadContractRow } from '../contract/load-contract.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';

/**
 * Loads an acceptance with its contract (contract locked first, then the acceptance, inside a write) and
 * authorises `action`. Testers see acceptances though not the rest of the contract; others who may not see
 * the contract get 404.
 */
export async function loadAcceptanceFor(db: DbOrTx, ctx: UseCaseContext, acceptanceId: string, action: AcceptanceAction, lock = false) {
  const found = await acceptanceRepository.findById(db, acceptanceId);
  if (!found) throw notFound('acceptance', acceptanceId);
  const loaded = await loadContractRow(db, found.contract_id, lock);
  const canViewContract = canOnContract(ctx.actor, 'view', loaded.subject);
  if (!canOnAcceptance(ctx.actor, 'view', loaded.subject, canViewContract)) throw notFound('acceptance', acceptanceId);
  authorise(canOnAcceptance(ctx.actor, action, loaded.subject, canViewContract), `acceptance.${action}`);
  const acceptance = lock ? await acceptanceRepository.findByIdForUpdate(db, acceptanceId) : found;
  if (!acceptance) throw notFound('acceptance', acceptanceId);
  return { ...loaded, acceptance, indicators: loaded.contract.indicators as Indicator[], canViewContract };
}
