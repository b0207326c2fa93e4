import {
  contractActions,
  payoutIdempotencyKey,
  payoutOwed,
  payoutTimingOf,
  type Caller,
  type ContractStatus,
  type Indicator,
} from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { acceptanceRepository } from '../repositories/acceptance.repository.ts';
import { changeRequestRepository } from '../repositories/change-request.repository.ts';
import { contractRepository } from '../repositories/contract.repository.ts';
import { expenseRepository } from '../repositories/expense.repository.ts';
import { failureReviewRepository } from '../repositories/failure-review.repository.ts';
import { integrityRepository } from '../repositories/integrity.repository.ts';
import { milestoneRepository } from '../repositories/milestone.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';
import { payoutRepository } from '../repositories/payout.repository.ts';
import { trailsOf } from '../repositories/supervision-trail.repository.ts';
import { trancheRepository } from '../repositories/tranche.repository.ts';
import type { LoadedContract } from '../use-cases/contract/load-contract.ts';
import { payoutFactsOf } from '../use-cases/payout/payout-facts.ts';
import { presentAcceptance } from './acceptance.presenter.ts';
import { presentFailureReview } from './failure-review.presenter.ts';
import { presentPayout } from './payout.presenter.ts';
import { presentChangeRequest, presentExpense, presentMilestone, presentTranche } from './supervision.presenter.ts';

type Labels = Awaited<ReturnType<typeof contractRepository.labels>>;

const summaryOf = (contract: Row<'contract'>, labels: Labels) => ({
  id: contract.id,
  programmeId: contract.programme_id,
  challengeId: contract.challenge_id,
  challengeTitle: labels.challenges.get(contract.challenge_id) ?? '',
  awardId: contract.award_id,
  bidId: contract.bid_id,
  leadOrgId: contract.lead_org_id,
  leadOrgName: labels.orgs.get(contract.lead_org_id) ?? '',
  demanderOrgId: contract.demander_org_id,
  demanderOrgName: contract.demander_org_id ? (labels.orgs.get(contract.demander_org_id) ?? '') : null,
  piUserId: contract.pi_user_id,
  piName: labels.users.get(contract.pi_user_id) ?? '',
  contractValueFen: contract.contract_value_fen,
  actualContractValueFen: contract.actual_contract_value_fen,
  rdInputFen: contract.rd_input_fen,
  status: contract.status as ContractStatus,
  signedAt: contract.signed_at?.toISOString() ?? null,
  createdAt: contract.created_at.toISOString(),
  version: contract.version,
});

/** A list row: the contract's fields, its challenge's code and, while it runs, when its next milestone is due. */
export async function presentContractSummaries(db: DbOrTx, contracts: readonly Row<'contract'>[]) {
  const [labels, nextDue] = await Promise.all([contractRepository.labels(db, contracts), contractRepository.nextMilestoneDueDates(db, contracts.map((contract) => contract.id))]);
  return contracts.map((contract) => ({
    ...summaryOf(contract, labels),
    challengeCode: labels.challengeCodes.get(contract.challenge_id) ?? '',
    // Milestones of a contract not (or no longer) running are not due: negotiation, terminated, accepted…
    nextMilestoneDueDate: contract.status === 'active' ? (nextDue.get(contract.id) ?? null) : null,
  }));
}

/** The whole 任务书 as this caller sees it: terms, schedule, changes, expenses, acceptance, payouts, failure review. */
export async function presentContract(db: DbOrTx, actor: Caller, loaded: LoadedContract, now: Date) {
  const { contract, funding, subject } = loaded;
  const [labels, milestones, tranches, changeRequests, expenses, acceptances, payouts, failureReview] = await Promise.all([
    contractRepository.labels(db, [contract]),
    milestoneRepository.listByContract(db, contract.id),
    trancheRepository.listByContract(db, contract.id),
    changeRequestRepository.listByContract(db, contract.id),
    expenseRepository.listByContract(db, contract.id),
    acceptanceRepository.listByContract(db, contract.id),
    payoutRepository.listByContract(db, contract.id),
    failureReviewRepository.findByContract(db, contract.id),
  ]);
  const [verdicts, records, payoutOrgNames] = await Promise.all([
    acceptanceRepository.verdictsOf(db, acceptances.map((acceptance) => acceptance.id)),
    failureReview ? integrityRepository.listBySource(db, 'failure_review', failureReview.id) : Promise.resolve([]),
    organisationRepository.namesById(db, payouts.flatMap((payout) => (payout.recipient_org_id ? [payout.recipient_org_id] : []))),
  ]);
  const trails = await trailsOf(db, [
    contract.id,
    ...[...milestones, ...tranches, ...changeRequests, ...expenses, ...acceptances, ...payouts].map((row) => row.id),
    ...(failureReview ? [failureReview.id] : []),
  ]);
  const trail = (id: string) => trails.get(id) ?? [];
  const schemePayout = payouts.find((payout) => payout.idempotency_key === payoutIdempotencyKey(contract.id) && payout.status !== 'cancelled');
  const facts = {
    termsSet: tranches.length > 0,
    allMilestonesPassed: milestones.every((milestone) => milestone.status === 'passed'),
    payoutTiming: payoutTimingOf(funding.kind),
    payoutOwed: payoutOwed(funding, payoutFactsOf(contract)),
    hasPayout: schemePayout !== undefined,
    payoutPaid: schemePayout?.status === 'paid',
    hasFailureReview: failureReview !== undefined,
  };
  const milestoneSequences = new Map(milestones.map((milestone) => [milestone.id, milestone.sequence]));
  const indicators = contract.indicators as Indicator[];
  return {
    ...summaryOf(contract, labels),
    indicators,
    deliverables: contract.deliverables as string[],
    ipTerms: contract.ip_terms,
    fundingScheme: funding,
    lumpSumBudget: subject.lumpSumBudget,
    milestones: milestones.map((row) => presentMilestone(actor, subject, row, trail(row.id))),
    tranches: tranches.map((row) => presentTranche(actor, subject, row, milestoneSequences, trail(row.id))),
    changeRequests: changeRequests.map((row) => presentChangeRequest(actor, subject, row, trail(row.id))),
    expenses: expenses.map((row) => presentExpense(actor, subject, row, trail(row.id))),
    acceptances: acceptances.map((row) => presentAcceptance(actor, subject, row, indicators, verdicts, trail(row.id))),
    payouts: payouts.map((row) => presentPayout(actor, subject, row, payoutOrgNames, trail(row.id))),
    failureReview: failureReview ? presentFailureReview(actor, subject, failureReview, records, now, trail(failureReview.id)) : null,
    actions: contractActions(actor, subject, facts),
    timeline: trail(contract.id),
  };
}
