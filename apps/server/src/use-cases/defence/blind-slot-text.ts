import { assertNoIdentityInBlindText, BID_STATUSES, identityFinder, type BidIdentity } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../../context.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { jointIdentity, loadBidIdentities } from '../bid/load-bid-identities.ts';

/**
 * Whose names a defence slot's text may not carry: every bid of the challenge ever submitted, whatever its status
 * now. The panel's experts read every slot of the challenge, so a note on one slot naming another bid's bidder
 * gives that one away; and the round is wider than the bids now under review or shortlisted — a bid heard and then
 * not selected or withdrawn keeps its slot, a returned one may come back, and the experts scored them all blind.
 * Refusing a name the experts could not place costs the officer a rewording; a name let through cannot be taken
 * back. Drafts only are left out: nobody else knows of them, and refusing an officer's words for matching one
 * would tell the officer that the draft exists.
 */
async function defenceRoundIdentity(db: DbOrTx, challengeId: string): Promise<BidIdentity> {
  const bids = await bidRepository.listByChallenge(db, challengeId, BID_STATUSES.filter((status) => status !== 'draft'));
  return jointIdentity((await loadBidIdentities(db, bids)).values());
}

/**
 * 盲评: a slot's venue and note reach the panel's experts, so in a blind programme the officer may not write there a
 * name, USCC or PI of any bid of the challenge (409 `defence.identity_in_blind_text`, naming each such field). Call
 * before saving anything.
 */
export async function assertSlotTextNamesNoBidder(db: DbOrTx, blind: boolean, challengeId: string, fields: readonly { path: string; text: string | undefined }[]): Promise<void> {
  const written = fields.flatMap(({ path, text }) => (text?.trim() ? [{ path, text }] : []));
  if (!blind || !written.length) return;
  assertNoIdentityInBlindText(written, await defenceRoundIdentity(db, challengeId));
}

/**
 * The slots whose note names a party of any bid of the challenge: written before notes were checked (or before the
 * check looked past the slot's own bid), they are kept from the experts of a blind programme. The venue is shown all
 * the same: the experts must know where to go.
 */
export async function slotsWithNamingNotes(db: DbOrTx, challengeId: string, slots: readonly Pick<Row<'defence_slot'>, 'id' | 'note'>[]): Promise<Set<string>> {
  const noted = slots.filter((slot) => slot.note.trim() !== '');
  if (!noted.length) return new Set();
  const names = identityFinder(await defenceRoundIdentity(db, challengeId));
  return new Set(noted.filter((slot) => names(slot.note).length > 0).map((slot) => slot.id));
}
