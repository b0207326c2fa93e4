import { canOnContract, isContractOfficer } from '@jiebang/domain';
import type { DbOrTx } from '../../context.ts';
import { failureReviewRepository } from '../../repositories/failure-review.repository.ts';
import { loadContractRow } from '../contract/load-contract.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';

/** Loads a failure review with its contract (contract locked first inside a write); officers decide, contract viewers read. */
export async function loadFailureReviewFor(db: DbOrTx, ctx: UseCaseContext, reviewId: string, action: 'view' | 'decide', lock = false) {
  const found = await failureReviewRepository.findById(db, reviewId);
  if (!found) throw notFound('failure_review', reviewId);
  const loaded = await loadContractRow(db, found.contract_id, lock);
  if (!canOnContract(ctx.actor, 'view', loaded.subject)) throw notFound('failure_review', reviewId);
  if (action === 'decide') authorise(isContractOfficer(ctx.actor, loaded.subject), 'failure_review.decide');
  const review = lock ? await failureReviewRepository.findByIdForUpdate(db, reviewId) : found;
  if (!review) throw notFound('failure_review', reviewId);
  return { ...loaded, review };
}
