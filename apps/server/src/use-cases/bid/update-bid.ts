import { assertAvoidList, assertConsortium, assertIndicatorCommitments, assertSubmissionOpen, type AvoidedExpert, type ConsortiumMemberInput, type Indicator, type IndicatorCommitmentInput } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { updateVersioned } from '../../infra/versioned-update.ts';
import { audit, notify, type UseCaseContext } from '../use-case-context.ts';
import { assertMembersExist, assertPiOfLead, writeMembers } from './create-bid.ts';
import { loadBidFor } from './load-bid.ts';

export interface UpdateBidInput {
  piUserId?: string | undefined;
  title?: string | undefined;
  technicalProposal?: string | undefined;
  indicatorCommitments?: IndicatorCommitmentInput[] | undefined;
  budgetFen?: number | undefined;
  rdInputFen?: number | undefined;
  leadTask?: string | undefined;
  leadBudgetShareBp?: number | undefined;
  members?: ConsortiumMemberInput[] | undefined;
  avoidedExperts?: AvoidedExpert[] | undefined;
  version?: number | undefined;
}

/**
 * Lead staff edits a draft or returned bid. The PI's signature covers the PI and the indicator commitments
 * (the 军令状 is a pledge to reach those values), so changing either voids it and the PI must sign again.
 */
export async function updateBid(ctx: UseCaseContext, bidId: string, input: UpdateBidInput): Promise<void> {
  await inTransaction(ctx.deps, async (trx) => {
    const { bid, members, challenge, subject, policy } = await loadBidFor(trx, ctx, bidId, 'edit', { lock: true });
    // Content that can never be submitted again is not edited (nor offered for editing).
    assertSubmissionOpen(subject, { status: challenge.status, bidDeadline: challenge.bid_deadline });
    if (input.members) assertConsortium(bid.lead_org_id, input.members);
    if (input.indicatorCommitments) assertIndicatorCommitments(challenge.indicators as Indicator[], input.indicatorCommitments);
    if (input.avoidedExperts) assertAvoidList(input.avoidedExperts, policy.review.recusal.avoidListMax);
    if (input.piUserId !== undefined) await assertPiOfLead(trx, input.piUserId, bid.lead_org_id);
    if (input.members) await assertMembersExist(trx, input.members);

    const piChanged = input.piUserId !== undefined && input.piUserId !== bid.pi_user_id;
    const voidsCommitment = bid.pi_commitment_signed_at !== null && (piChanged || input.indicatorCommitments !== undefined);
    const patch = {
      ...(input.piUserId !== undefined && { pi_user_id: input.piUserId }),
      ...(input.title !== undefined && { title: input.title }),
      ...(input.technicalProposal !== undefined && { technical_proposal: input.technicalProposal }),
      ...(input.indicatorCommitments !== undefined && { indicator_commitments: JSON.stringify(input.indicatorCommitments) }),
      ...(input.budgetFen !== undefined && { budget_fen: input.budgetFen }),
      ...(input.rdInputFen !== undefined && { rd_input_fen: input.rdInputFen }),
      ...(input.avoidedExperts !== undefined && { avoided_experts: JSON.stringify(input.avoidedExperts) }),
      ...(voidsCommitment && { pi_commitment_signed_at: null }),
    };
    await updateVersioned(trx, 'bid', bid.id, input.version ?? bid.version, { ...patch, updated_at: ctx.deps.now() });

    const lead = members.find((member) => member.role === 'lead');
    const membersChanged = input.members !== undefined || input.leadTask !== undefined || input.leadBudgetShareBp !== undefined;
    if (membersChanged) {
      await trx.deleteFrom('bid_member').where('bid_id', '=', bid.id).execute();
      await writeMembers(trx, bid.id, bid.lead_org_id, {
        leadTask: input.leadTask ?? lead?.task ?? '',
        leadBudgetShareBp: input.leadBudgetShareBp ?? lead?.budget_share_bp ?? 0,
        members:
          input.members ??
          members.filter((member) => member.role === 'member').map((member) => ({ organisationId: member.organisation_id, task: member.task, budgetShareBp: member.budget_share_bp })),
      });
    }
    const fields = [...Object.keys(patch).filter((key) => key !== 'pi_commitment_signed_at'), ...(membersChanged ? ['members'] : [])];
    await audit(trx, ctx, { tenantId: bid.tenant_id, type: 'bid.updated', aggregateType: 'bid', aggregateId: bid.id, payload: { fields, piCommitmentVoided: voidsCommitment } });
    if (voidsCommitment || piChanged) {
      await notify(trx, ctx, { tenantId: bid.tenant_id, userId: input.piUserId ?? bid.pi_user_id, kind: 'bid.pi_commitment_requested', title: '请重新签署揭榜挂帅承诺书', body: `揭榜申请「${input.title ?? bid.title}」的负责人或指标承诺已变更，请重新签署承诺书。`, aggregateType: 'bid', aggregateId: bid.id });
    }
  });
}
