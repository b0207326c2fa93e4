import { DomainError, ruleViolation, type Actor, type ProgrammePolicy } from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { isUniqueViolation } from '../../repositories/bid.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadChallengeAsOfficer } from '../bid/load-challenge.ts';

/**
 * An officer forms the review panel of a challenge under review. The rubric is copied from the programme policy
 * at this moment, so a later policy edit cannot change how bids already being scored are judged.
 */
export async function createPanel(ctx: UseCaseContext, challengeId: string): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const { challenge, policy } = await loadChallengeAsOfficer(trx, ctx, challengeId, 'review_panel.create', 'update');
    if (challenge.status !== 'under_review') throw ruleViolation('review.challenge_not_under_review', `The challenge is ${challenge.status}; a panel is formed once it is under review`);
    if (await reviewRepository.findPanelByChallenge(trx, challenge.id)) throw panelExists();
    return insertPanel(trx, ctx, actor, challenge, policy);
  });
}

/** Inserts a forming panel with the policy's rubric, audited; shared with the assignment run, which forms missing panels. */
export async function insertPanel(trx: Tx, ctx: UseCaseContext, actor: Actor, challenge: { id: string; tenant_id: string }, policy: ProgrammePolicy): Promise<string> {
  const id = ctx.deps.newId();
  try {
    await trx
      .insertInto('review_panel')
      .values({ id, tenant_id: challenge.tenant_id, challenge_id: challenge.id, rubric: JSON.stringify(policy.review.rubric), status: 'forming', created_by: actor.userId, created_at: ctx.deps.now() })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw panelExists();
    throw error;
  }
  await audit(trx, ctx, { tenantId: challenge.tenant_id, type: 'review_panel.created', aggregateType: 'review_panel', aggregateId: id, payload: { challengeId: challenge.id, rubric: policy.review.rubric } });
  return id;
}

const panelExists = () => new DomainError('DUPLICATE', 'This challenge already has a review panel', { rule: 'review.panel_exists' });
