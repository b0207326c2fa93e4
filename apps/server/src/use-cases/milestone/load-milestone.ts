import { canOnContract, isContractOfficer, isContractPi } from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { milestoneRepository } from '../../repositories/milestone.repository.ts';
import { loadContractRow } from '../contract/load-contract.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';

/**
 * Locks the contract, then the milestone (always in that order, like every supervision write), and
 * authorises: the PI reports, officers review. Hidden (404) from callers who may not see the contract.
 */
export async function loadMilestoneFor(trx: Tx, ctx: UseCaseContext, milestoneId: string, action: 'report' | 'review') {
  const found = await milestoneRepository.findById(trx, milestoneId);
  if (!found) throw notFound('milestone', milestoneId);
  const loaded = await loadContractRow(trx, found.contract_id, true);
  if (!canOnContract(ctx.actor, 'view', loaded.subject)) throw notFound('milestone', milestoneId);
  authorise(action === 'report' ? isContractPi(ctx.actor, loaded.subject) : isContractOfficer(ctx.actor, loaded.subject), `milestone.${action}`);
  const milestone = await milestoneRepository.findByIdForUpdate(trx, milestoneId);
  if (!milestone) throw notFound('milestone', milestoneId);
  return { ...loaded, milestone };
}
