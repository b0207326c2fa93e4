import { assertSeatAccepted, type InvitationStatus, type PanelStatus } from '@jiebang/domain';
import type { DbOrTx, Tx } from '../../context.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { notFound } from '../use-case-context.ts';
import { loadChallenge } from '../bid/load-challenge.ts';

/**
 * The caller's own seat on a panel, for answering the invitation: the panel share-locked (opening it waits for the
 * answer) and the seat row locked. Someone without a seat learns nothing of the panel: NOT_FOUND.
 */
export async function loadOwnSeat(trx: Tx, panelId: string, expertUserId: string) {
  const panel = await reviewRepository.findPanel(trx, panelId);
  if (!panel) throw notFound('review_panel', panelId);
  const loaded = await loadChallenge(trx, panel.challenge_id);
  const locked = await reviewRepository.findPanelByChallenge(trx, panel.challenge_id, 'share');
  const seat = await reviewRepository.findMemberForUpdate(trx, panelId, expertUserId);
  if (!locked || !seat || seat.invitation_status === 'withdrawn') throw notFound('review_panel', panelId);
  return { ...loaded, panel: locked, panelStatus: locked.status as PanelStatus, seat, invitationStatus: seat.invitation_status as InvitationStatus };
}

/**
 * Refuses, naming the missing step, an expert whose seat on the bid's panel is not accepted. Without it the bid
 * policy would only answer FORBIDDEN (an invitation opens no bid); an expert with no seat at all gets that as before.
 */
export async function assertOwnSeatAcceptedForBid(db: DbOrTx, bidId: string, expertUserId: string): Promise<void> {
  const seat = await reviewRepository.seatForBid(db, bidId, expertUserId);
  if (seat) assertSeatAccepted(seat.invitation_status as InvitationStatus);
}
