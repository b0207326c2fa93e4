import { assertContractSchedule, ruleViolation, trancheAmounts, type TrancheTrigger } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { milestoneRepository } from '../../repositories/milestone.repository.ts';
import { trancheRepository } from '../../repositories/tranche.repository.ts';
import { audit, type UseCaseContext } from '../use-case-context.ts';
import { loadContractFor } from './load-contract.ts';

export interface ContractTermsInput {
  contractValueFen: number;
  rdInputFen: number;
  ipTerms: string;
  deliverables: string[];
  milestones: { title: string; dueDate: string; deliverables: string[] }[];
  tranches: { shareBp: number; trigger: TrancheTrigger; milestoneSequence?: number | undefined }[];
  version?: number | undefined;
}

/**
 * The negotiated terms (任务书): value, R&D input, IP, deliverables, and the milestone and payment schedule.
 * Each call replaces the whole schedule; tranche amounts are exact shares of the value (the last takes the
 * rounding remainder, so they always sum to the value).
 */
export async function setContractTerms(ctx: UseCaseContext, contractId: string, input: ContractTermsInput): Promise<void> {
  assertContractSchedule(input, 'body.');
  const amounts = trancheAmounts(input.contractValueFen, input.tranches.map((tranche) => tranche.shareBp), 'body.contractValueFen');
  await inTransaction(ctx.deps, async (trx) => {
    const { contract } = await loadContractFor(trx, ctx, contractId, 'edit_terms', true);
    if (contract.status !== 'negotiation') throw ruleViolation('contract.terms_frozen', `The contract is ${contract.status}; terms change only during negotiation (afterwards through change requests)`);
    await updateVersioned(trx, 'contract', contract.id, input.version ?? contract.version, {
      contract_value_fen: input.contractValueFen,
      rd_input_fen: input.rdInputFen,
      ip_terms: input.ipTerms,
      deliverables: JSON.stringify(input.deliverables),
      updated_at: ctx.deps.now(),
    });
    await trancheRepository.deleteByContract(trx, contract.id);
    await milestoneRepository.deleteByContract(trx, contract.id);
    const milestoneIds = input.milestones.map(() => ctx.deps.newId());
    await milestoneRepository.insertMany(
      trx,
      input.milestones.map((milestone, index) => ({
        id: milestoneIds[index] as string,
        tenant_id: contract.tenant_id,
        contract_id: contract.id,
        sequence: index + 1,
        title: milestone.title,
        due_date: milestone.dueDate,
        deliverables: JSON.stringify(milestone.deliverables),
        status: 'pending',
      })),
    );
    await trancheRepository.insertMany(
      trx,
      input.tranches.map((tranche, index) => ({
        id: ctx.deps.newId(),
        tenant_id: contract.tenant_id,
        contract_id: contract.id,
        sequence: index + 1,
        share_bp: tranche.shareBp,
        amount_fen: amounts[index] as number,
        trigger: tranche.trigger,
        milestone_id: tranche.trigger === 'milestone' && tranche.milestoneSequence ? (milestoneIds[tranche.milestoneSequence - 1] ?? null) : null,
        status: 'locked',
      })),
    );
    await audit(trx, ctx, {
      tenantId: contract.tenant_id,
      type: 'contract.terms_updated',
      aggregateType: 'contract',
      aggregateId: contract.id,
      payload: {
        contractValueFen: input.contractValueFen,
        rdInputFen: input.rdInputFen,
        milestones: input.milestones.map((milestone) => ({ title: milestone.title, dueDate: milestone.dueDate })),
        tranches: input.tranches.map((tranche, index) => ({ ...tranche, amountFen: amounts[index] })),
      },
    });
  });
}
