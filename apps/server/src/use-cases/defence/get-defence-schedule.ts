import { assertSeatAccepted, isProgrammeOfficer, type InvitationStatus } from '@jiebang/domain';
import { presentDefenceSchedule } from '../../presenters/defence.presenter.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadChallenge } from '../bid/load-challenge.ts';
import { expertRecusalsForBids } from '../review/load-recusal-facts.ts';

/**
 * The defence schedule of a panel, for the programme's officers and the panel's experts who accepted their seat.
 * In a blind programme the experts see the bids only as “答辩单位 n”. Anyone else learns nothing of the panel.
 */
export async function getDefenceSchedule(ctx: UseCaseContext, panelId: string) {
  const actor = requireActor(ctx);
  const db = ctx.deps.db;
  const panel = await reviewRepository.findPanel(db, panelId);
  if (!panel) throw notFound('review_panel', panelId);
  const { challenge, programmeRef, policy } = await loadChallenge(db, panel.challenge_id);
  const officer = isProgrammeOfficer(actor, programmeRef);
  if (!officer) {
    const seat = await reviewRepository.findMember(db, panel.id, actor.userId);
    if (!seat || seat.invitation_status === 'withdrawn') throw notFound('review_panel', panelId);
    assertSeatAccepted(seat.invitation_status as InvitationStatus);
  }
  const blind = policy.review.blindReview === true;
  const schedule = await presentDefenceSchedule(db, { officer, hideIdentities: !officer && blind }, panel, challenge, blind);
  if (officer) return schedule;
  // 回避: an expert does not see the slot of a bid they must recuse from, decided afresh on every read.
  const recused = await expertRecusalsForBids(db, actor.userId, await bidRepository.listByIds(db, schedule.slots.map((slot) => slot.bidId)), ctx.deps.now());
  return { ...schedule, slots: schedule.slots.filter((slot) => !recused.has(slot.bidId)) };
}
