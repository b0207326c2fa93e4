import { bidActions, type PanelRole, type PanelStatus, type RubricCriterion } from '@jiebang/domain';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { bidSubjectOf } from '../bid/load-bid.ts';

/**
 * An expert's review work: each panel they sit on, with its rubric and the bids under review to score, and their
 * own score where given. Nothing of other experts' scores, nor of bids outside merit review.
 */
export async function listExpertAssignments(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  const db = ctx.deps.db;
  const panels = await reviewRepository.panelsOfExpert(db, actor.userId);
  return Promise.all(
    panels.map(async (panel) => {
      const [bids, myScores] = await Promise.all([bidRepository.listByChallenge(db, panel.challenge_id, ['under_review']), reviewRepository.scoresOfExpert(db, panel.panel_id, actor.userId)]);
      const members = await bidRepository.membersOfMany(db, bids.map((bid) => bid.id));
      const names = await organisationRepository.namesById(db, [...members.values()].flat().map((member) => member.organisation_id));
      const scoreByBid = new Map(myScores.map((score) => [score.bid_id, score]));
      const programmeIds = [...new Set(bids.map((bid) => bid.programme_id))];
      const programmes = new Map((await Promise.all(programmeIds.map((id) => programmeRepository.findById(db, id)))).flatMap((p) => (p ? [[p.id, p] as const] : [])));
      return {
        panelId: panel.panel_id,
        challengeId: panel.challenge_id,
        challengeTitle: panel.challenge_title,
        panelStatus: panel.status as PanelStatus,
        panelRole: panel.panel_role as PanelRole,
        rubric: panel.rubric as RubricCriterion[],
        bids: await Promise.all(
          bids.map(async (bid) => {
            const bidMembers = members.get(bid.id) ?? [];
            const programme = programmes.get(bid.programme_id);
            const subject = await bidSubjectOf(db, actor, bid, bidMembers, { id: bid.programme_id, tenantId: programme?.tenant_id ?? bid.tenant_id });
            const score = scoreByBid.get(bid.id);
            return {
              bidId: bid.id,
              title: bid.title,
              leadOrgName: names.get(bid.lead_org_id) ?? '',
              memberOrgNames: bidMembers.filter((member) => member.role === 'member').map((member) => names.get(member.organisation_id) ?? ''),
              technicalProposal: bid.technical_proposal,
              indicatorCommitments: bid.indicator_commitments as { indicatorKey: string; committedValue: number; note: string }[],
              budgetFen: bid.budget_fen,
              myScore: score
                ? { id: score.id, bidId: score.bid_id, panelId: score.panel_id, criterionScores: score.criterion_scores as Record<string, number>, total: score.total, comment: score.comment, submittedAt: score.submitted_at.toISOString() }
                : null,
              actions: panel.status === 'scoring' ? bidActions(actor, subject) : [],
            };
          }),
        ),
      };
    }),
  );
}
