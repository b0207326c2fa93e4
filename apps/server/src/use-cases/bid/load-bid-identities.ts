import type { BidIdentity } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../../context.ts';
import { bidRepository, evaluationUserRepository } from '../../repositories/bid.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';

type IdentifiedBid = Pick<Row<'bid'>, 'id' | 'lead_org_id' | 'pi_user_id'>;

/** A bid's identity with each unit's id kept, so a caller can still tell whose task names whom. */
export interface LoadedBidIdentity extends BidIdentity {
  organisations: readonly { id: string; name: string; nameEn: string | null; uscc: string | null }[];
}

/**
 * Who is behind each bid as far as text could give it away — its lead and member units (names, USCC) and its PI —
 * in three queries whatever the number of bids. The one loader of the blind checks (盲评): a bid's own proposal at
 * submission and the defence slot texts the panel reads.
 */
export async function loadBidIdentities(db: DbOrTx, bids: readonly IdentifiedBid[]): Promise<Map<string, LoadedBidIdentity>> {
  const members = await bidRepository.membersOfMany(db, bids.map((bid) => bid.id));
  const unitIdsOf = (bid: IdentifiedBid) => [...new Set([bid.lead_org_id, ...(members.get(bid.id) ?? []).map((member) => member.organisation_id)])];
  const [organisations, people] = await Promise.all([organisationRepository.findByIds(db, [...new Set(bids.flatMap(unitIdsOf))]), evaluationUserRepository.namesById(db, bids.map((bid) => bid.pi_user_id))]);
  const unitById = new Map(organisations.map((organisation) => [organisation.id, { id: organisation.id, name: organisation.name, nameEn: organisation.name_en, uscc: organisation.uscc }]));
  return new Map(
    bids.map((bid) => {
      const pi = people.get(bid.pi_user_id);
      return [bid.id, { organisations: unitIdsOf(bid).flatMap((id) => unitById.get(id) ?? []), people: pi === undefined ? [] : [pi] }];
    }),
  );
}

/** Many bids' identities as one: text checked against it may name none of them. */
export const jointIdentity = (identities: Iterable<BidIdentity>): BidIdentity => {
  const all = [...identities];
  return { organisations: all.flatMap((identity) => identity.organisations), people: all.flatMap((identity) => identity.people) };
};
