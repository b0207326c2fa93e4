import { canOnContract, type ContractAction, type ContractStatus, type ContractSubject, type FundingScheme } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../../context.ts';
import { contractRepository } from '../../repositories/contract.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';

export interface LoadedContract {
  contract: Row<'contract'>;
  programme: Row<'programme'>;
  /**
   * The contract's own funding scheme, frozen at negotiation. Payouts, closing and the offered actions read
   * this, never the programme's current policy, which an officer may edit while contracts run.
   */
  funding: FundingScheme;
  subject: ContractSubject;
}

export function contractSubjectOf(contract: Row<'contract'>, programme: Row<'programme'>): ContractSubject {
  return {
    status: contract.status as ContractStatus,
    programme: { id: programme.id, tenantId: programme.tenant_id },
    leadOrgId: contract.lead_org_id,
    demanderOrgId: contract.demander_org_id,
    piUserId: contract.pi_user_id,
    lumpSumBudget: programmeRepository.policyOf(programme).lumpSumBudget,
  };
}

/** Loads a contract and its programme without authorising: callers that authorise on a child object use it. */
export async function loadContractRow(db: DbOrTx, contractId: string, lock = false): Promise<LoadedContract> {
  const contract = await (lock ? contractRepository.findByIdForUpdate(db, contractId) : contractRepository.findById(db, contractId));
  if (!contract) throw notFound('contract', contractId);
  const programme = await programmeRepository.findById(db, contract.programme_id);
  if (!programme) throw notFound('programme', contract.programme_id);
  return { contract, programme, funding: contractRepository.fundingSchemeOf(contract), subject: contractSubjectOf(contract, programme) };
}

/**
 * Loads a contract (locked inside a write transaction) and authorises `action`. A contract the caller may
 * not even view answers NOT_FOUND, so its existence does not leak.
 */
export async function loadContractFor(db: DbOrTx, ctx: UseCaseContext, contractId: string, action: ContractAction, lock = false): Promise<LoadedContract> {
  const loaded = await loadContractRow(db, contractId, lock);
  if (!canOnContract(ctx.actor, 'view', loaded.subject)) throw notFound('contract', contractId);
  authorise(canOnContract(ctx.actor, action, loaded.subject), `contract.${action}`);
  return loaded;
}
