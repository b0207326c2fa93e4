import { canListTesterAcceptances, isTesterFor, type Indicator } from '@jiebang/domain';
import { acceptanceRepository } from '../../repositories/acceptance.repository.ts';
import { contractRepository } from '../../repositories/contract.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { presentTesterAcceptance } from '../../presenters/acceptance.presenter.ts';
import { contractSubjectOf } from '../contract/load-contract.ts';
import { authorise, requireActor, type UseCaseContext } from '../use-case-context.ts';

/**
 * A testing agency's worklist (待检测验收): the open acceptances of every programme its tester grants cover, the
 * whole tenant or one programme, newest first. Testers do not see the rest of the contract, so each line carries
 * the names they need to find the project. Every row kind is loaded with one query, however long the list.
 */
export async function listTesterAcceptances(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  authorise(canListTesterAcceptances(actor), 'acceptance.list_for_testing');
  const db = ctx.deps.db;
  const grants = actor.grants.filter((grant) => grant.role === 'tester');
  const acceptances = await acceptanceRepository.listOpenForTester(db, {
    tenantIds: grants.filter((grant) => grant.programmeId === null).map((grant) => grant.tenantId),
    programmes: grants.flatMap((grant) => (grant.programmeId === null ? [] : [{ tenantId: grant.tenantId, programmeId: grant.programmeId }])),
  });
  const contracts = await contractRepository.findByIds(db, acceptances.map((acceptance) => acceptance.contract_id));
  const [programmes, labels, verdicts] = await Promise.all([
    programmeRepository.findByIds(db, contracts.map((contract) => contract.programme_id)),
    contractRepository.labels(db, contracts),
    acceptanceRepository.verdictsOf(db, acceptances.map((acceptance) => acceptance.id)),
  ]);
  const contractById = new Map(contracts.map((contract) => [contract.id, contract]));
  const programmeById = new Map(programmes.map((programme) => [programme.id, programme]));
  return acceptances.flatMap((acceptance) => {
    const contract = contractById.get(acceptance.contract_id);
    const programme = contract && programmeById.get(contract.programme_id);
    if (!contract || !programme) return [];
    const subject = contractSubjectOf(contract, programme);
    // The query narrows by grant; the policy has the last word on who tests what.
    if (!isTesterFor(actor, subject.programme)) return [];
    const names = {
      challengeId: contract.challenge_id,
      challengeTitle: labels.challenges.get(contract.challenge_id) ?? '',
      challengeCode: labels.challengeCodes.get(contract.challenge_id) ?? '',
      leadOrgName: labels.orgs.get(contract.lead_org_id) ?? '',
      piName: labels.users.get(contract.pi_user_id) ?? '',
    };
    return [presentTesterAcceptance(actor, subject, acceptance, names, contract.indicators as Indicator[], verdicts)];
  });
}
