import { canOnContract } from '@jiebang/domain';
import { acceptanceRepository } from '../repositories/acceptance.repository.ts';
import { changeRequestRepository } from '../repositories/change-request.repository.ts';
import { expenseRepository } from '../repositories/expense.repository.ts';
import { integrityRepository } from '../repositories/integrity.repository.ts';
import { milestoneRepository } from '../repositories/milestone.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';
import { payoutRepository } from '../repositories/payout.repository.ts';
import { trailsOf } from '../repositories/supervision-trail.repository.ts';
import { trancheRepository } from '../repositories/tranche.repository.ts';
import { loadAcceptanceFor } from '../use-cases/acceptance/load-acceptance.ts';
import { loadContractFor, loadContractRow } from '../use-cases/contract/load-contract.ts';
import { loadFailureReviewFor } from '../use-cases/failure-review/load-failure-review.ts';
import { notFound, type UseCaseContext } from '../use-cases/use-case-context.ts';
import { presentAcceptance } from './acceptance.presenter.ts';
import { presentContract } from './contract.presenter.ts';
import { presentFailureReview } from './failure-review.presenter.ts';
import { presentPayout } from './payout.presenter.ts';
import { presentChangeRequest, presentExpense, presentMilestone, presentTranche } from './supervision.presenter.ts';

/**
 * Read models for the supervision routes: each loads one object for the caller (404 when the caller may not
 * see its contract) and presents it with the caller's actions and its timeline.
 */

export async function viewContract(ctx: UseCaseContext, contractId: string) {
  const loaded = await loadContractFor(ctx.deps.db, ctx, contractId, 'view');
  return presentContract(ctx.deps.db, ctx.actor, loaded, ctx.deps.now());
}

/** A contract child the caller reaches by its own id: its contract decides who may see it. */
async function visibleChild<T extends { id: string; contract_id: string }>(ctx: UseCaseContext, what: string, id: string, row: T | undefined) {
  if (!row) throw notFound(what, id);
  const loaded = await loadContractRow(ctx.deps.db, row.contract_id);
  if (!canOnContract(ctx.actor, 'view', loaded.subject)) throw notFound(what, id);
  const trail = (await trailsOf(ctx.deps.db, [row.id])).get(row.id) ?? [];
  return { ...loaded, row, trail };
}

export async function viewMilestone(ctx: UseCaseContext, id: string) {
  const { subject, row, trail } = await visibleChild(ctx, 'milestone', id, await milestoneRepository.findById(ctx.deps.db, id));
  return presentMilestone(ctx.actor, subject, row, trail);
}

export async function viewTranche(ctx: UseCaseContext, id: string) {
  const { subject, row, trail } = await visibleChild(ctx, 'tranche', id, await trancheRepository.findById(ctx.deps.db, id));
  const milestone = row.milestone_id ? await milestoneRepository.findById(ctx.deps.db, row.milestone_id) : undefined;
  return presentTranche(ctx.actor, subject, row, new Map(milestone ? [[milestone.id, milestone.sequence]] : []), trail);
}

export async function viewChangeRequest(ctx: UseCaseContext, id: string) {
  const { subject, row, trail } = await visibleChild(ctx, 'change_request', id, await changeRequestRepository.findById(ctx.deps.db, id));
  return presentChangeRequest(ctx.actor, subject, row, trail);
}

export async function viewExpense(ctx: UseCaseContext, id: string) {
  const { subject, row, trail } = await visibleChild(ctx, 'expense', id, await expenseRepository.findById(ctx.deps.db, id));
  return presentExpense(ctx.actor, subject, row, trail);
}

export async function viewPayout(ctx: UseCaseContext, id: string) {
  const { subject, row, trail } = await visibleChild(ctx, 'payout', id, await payoutRepository.findById(ctx.deps.db, id));
  const names = await organisationRepository.namesById(ctx.deps.db, row.recipient_org_id ? [row.recipient_org_id] : []);
  return presentPayout(ctx.actor, subject, row, names, trail);
}

/** Testers may read an acceptance without seeing the rest of the contract. */
export async function viewAcceptance(ctx: UseCaseContext, id: string) {
  const { subject, acceptance, indicators } = await loadAcceptanceFor(ctx.deps.db, ctx, id, 'view');
  const [verdicts, trails] = await Promise.all([acceptanceRepository.verdictsOf(ctx.deps.db, [acceptance.id]), trailsOf(ctx.deps.db, [acceptance.id])]);
  return presentAcceptance(ctx.actor, subject, acceptance, indicators, verdicts, trails.get(acceptance.id) ?? []);
}

export async function viewFailureReview(ctx: UseCaseContext, id: string) {
  const { subject, review } = await loadFailureReviewFor(ctx.deps.db, ctx, id, 'view');
  const [records, trails] = await Promise.all([integrityRepository.listBySource(ctx.deps.db, 'failure_review', review.id), trailsOf(ctx.deps.db, [review.id])]);
  return presentFailureReview(ctx.actor, subject, review, records, ctx.deps.now(), trails.get(review.id) ?? []);
}
