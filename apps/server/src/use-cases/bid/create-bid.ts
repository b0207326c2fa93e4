import {
  assertAvoidList,
  assertBiddingOpen,
  assertConsortium,
  assertIndicatorCommitments,
  CLAIM_TAKEN_STATUSES,
  DomainError,
  invalidField,
  isLeadStaff,
  type AllocationMode,
  type AvoidedExpert,
  type ConsortiumMemberInput,
  type Indicator,
  type IndicatorCommitmentInput,
} from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { bidRepository, evaluationUserRepository, isUniqueViolation } from '../../repositories/bid.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { audit, authorise, notFound, notify, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadChallenge, PUBLIC_CHALLENGE_STATUSES } from './load-challenge.ts';

export interface BidContentInput {
  title: string;
  technicalProposal: string;
  indicatorCommitments: IndicatorCommitmentInput[];
  budgetFen: number;
  rdInputFen: number;
  leadTask: string;
  leadBudgetShareBp: number;
  members: ConsortiumMemberInput[];
  avoidedExperts: AvoidedExpert[];
}

export interface CreateBidInput extends BidContentInput {
  challengeId: string;
  leadOrgId: string;
  piUserId: string;
}

/** The PI (揭榜挂帅人) works for the lead organisation: their unit, or a grant they hold for it. */
export async function assertPiOfLead(trx: Tx, piUserId: string, leadOrgId: string): Promise<void> {
  const user = await evaluationUserRepository.find(trx, piUserId);
  const grants = user ? await evaluationUserRepository.grantsOf(trx, piUserId) : [];
  const ofLead = user !== undefined && user.disabled_at === null && (user.organisation_id === leadOrgId || grants.some((grant) => grant.organisation_id === leadOrgId));
  if (!ofLead) throw invalidField('body.piUserId', 'must be an active user of the lead organisation');
}

/** Every consortium member is a registered organisation. */
export async function assertMembersExist(trx: Tx, members: readonly ConsortiumMemberInput[]): Promise<void> {
  const found = new Set((await organisationRepository.findByIds(trx, members.map((member) => member.organisationId))).map((org) => org.id));
  members.forEach((member, index) => {
    if (!found.has(member.organisationId)) throw invalidField(`body.members.${index}.organisationId`, 'no such organisation');
  });
}

export async function writeMembers(trx: Tx, bidId: string, leadOrgId: string, input: Pick<BidContentInput, 'leadTask' | 'leadBudgetShareBp' | 'members'>): Promise<void> {
  await trx
    .insertInto('bid_member')
    .values([
      { bid_id: bidId, organisation_id: leadOrgId, role: 'lead', task: input.leadTask, budget_share_bp: input.leadBudgetShareBp },
      ...input.members.map((member) => ({ bid_id: bidId, organisation_id: member.organisationId, role: 'member' as const, task: member.task, budget_share_bp: member.budgetShareBp })),
    ])
    .execute();
}

/**
 * Staff of the lead organisation drafts a bid (揭榜申请), alone or as a consortium (联合体). One bid per
 * organisation per challenge; the challenge must be open (published, before the deadline, not claimed, and in
 * 定向委托 only for the designated organisation). The PI is asked to sign the commitment next.
 */
export async function createBid(ctx: UseCaseContext, input: CreateBidInput): Promise<string> {
  const actor = requireActor(ctx);
  authorise(isLeadStaff(actor, { leadOrgId: input.leadOrgId }), 'bid.create');
  assertConsortium(input.leadOrgId, input.members);
  return inTransaction(ctx.deps, async (trx) => {
    // A share lock: closing the challenge waits for bids being written, bids don't wait for each other.
    const { challenge, policy } = await loadChallenge(trx, input.challengeId, 'share');
    if (!PUBLIC_CHALLENGE_STATUSES.includes(challenge.status)) throw notFound('challenge', input.challengeId);
    const now = ctx.deps.now();
    const allocationMode = challenge.allocation_mode as AllocationMode;
    const claimTaken = allocationMode === 'claim' && (await bidRepository.countInStatuses(trx, challenge.id, CLAIM_TAKEN_STATUSES)) > 0;
    assertBiddingOpen({ status: challenge.status, allocationMode, designatedOrgId: challenge.designated_org_id, bidDeadline: challenge.bid_deadline }, input.leadOrgId, now, claimTaken);
    assertIndicatorCommitments(challenge.indicators as Indicator[], input.indicatorCommitments);
    assertAvoidList(input.avoidedExperts, policy.review.recusal.avoidListMax);
    await assertPiOfLead(trx, input.piUserId, input.leadOrgId);
    await assertMembersExist(trx, input.members);
    if (await bidRepository.findByChallengeAndLead(trx, challenge.id, input.leadOrgId)) throw duplicateBid();

    const id = ctx.deps.newId();
    try {
      await trx
        .insertInto('bid')
        .values({
          id,
          tenant_id: challenge.tenant_id,
          challenge_id: challenge.id,
          programme_id: challenge.programme_id,
          lead_org_id: input.leadOrgId,
          pi_user_id: input.piUserId,
          title: input.title,
          technical_proposal: input.technicalProposal,
          indicator_commitments: JSON.stringify(input.indicatorCommitments),
          budget_fen: input.budgetFen,
          rd_input_fen: input.rdInputFen,
          avoided_experts: JSON.stringify(input.avoidedExperts),
          status: 'draft',
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        })
        .execute();
    } catch (error) {
      // Two staff of one organisation racing: the unique index (challenge, lead) decides.
      if (isUniqueViolation(error)) throw duplicateBid();
      throw error;
    }
    await writeMembers(trx, id, input.leadOrgId, input);
    await audit(trx, ctx, {
      tenantId: challenge.tenant_id,
      type: 'bid.created',
      aggregateType: 'bid',
      aggregateId: id,
      payload: { challengeId: challenge.id, title: input.title, leadOrgId: input.leadOrgId, piUserId: input.piUserId, memberOrgIds: input.members.map((member) => member.organisationId) },
    });
    await notify(trx, ctx, { tenantId: challenge.tenant_id, userId: input.piUserId, kind: 'bid.pi_commitment_requested', title: '请签署揭榜挂帅承诺书', body: `揭榜申请「${input.title}」已指定您为揭榜挂帅人，请审阅并签署承诺书（军令状）。`, aggregateType: 'bid', aggregateId: id });
    return id;
  });
}

const duplicateBid = () => new DomainError('DUPLICATE', 'This organisation already has a bid for this challenge (one bid per organisation per challenge)', { rule: 'bid.one_per_organisation' });
