import type { ContractStatus, PayoutContractFacts } from '@jiebang/domain';
import type { Row } from '@jiebang/db';

/** The contract figures the payout policy reads. */
export const payoutFactsOf = (contract: Row<'contract'>, status = contract.status as ContractStatus): PayoutContractFacts => ({
  id: contract.id,
  status,
  rdInputFen: contract.rd_input_fen,
  contractValueFen: contract.contract_value_fen,
  actualContractValueFen: contract.actual_contract_value_fen,
  leadOrgId: contract.lead_org_id,
  demanderOrgId: contract.demander_org_id,
});
