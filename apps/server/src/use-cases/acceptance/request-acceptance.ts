import { assertMilestonesPassed, contractLifecycle, type ContractStatus, type MilestoneStatus } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { milestoneRepository } from '../../repositories/milestone.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { loadContractFor } from '../contract/load-contract.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';

/** The PI asks for acceptance (验收) once every milestone has passed: the contract goes under acceptance and an acceptance opens. */
export async function requestAcceptance(ctx: UseCaseContext, contractId: string, input: { version?: number | undefined }): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const { contract } = await loadContractFor(trx, ctx, contractId, 'request_acceptance', true);
    contractLifecycle.transition(contract.status as ContractStatus, 'request_acceptance');
    const milestones = await milestoneRepository.listByContract(trx, contract.id);
    assertMilestonesPassed(milestones.map((milestone) => ({ sequence: milestone.sequence, status: milestone.status as MilestoneStatus })));
    await applyTransition(trx, ctx, { lifecycle: contractLifecycle, table: 'contract', row: contract, event: 'request_acceptance', expectedVersion: input.version, patch: { updated_at: ctx.deps.now() } });
    const id = ctx.deps.newId();
    await trx.insertInto('acceptance').values({ id, tenant_id: contract.tenant_id, contract_id: contract.id, status: 'open', requested_by: actor.userId, requested_at: ctx.deps.now() }).execute();
    await audit(trx, ctx, { tenantId: contract.tenant_id, type: 'acceptance.requested', aggregateType: 'acceptance', aggregateId: id, payload: { contractId: contract.id } });
    return id;
  });
}
