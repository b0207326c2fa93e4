import type { BidView, ChallengeView, CreateBidBody, MyBidsPage, OrganisationMemberView, OrganisationSearchItem, Page, UpdateBidBody } from '@jiebang/contracts';
import type { z } from 'zod';

export type Bid = z.infer<typeof BidView>;
export type BidPage = z.infer<typeof MyBidsPage>;
export type BidStatus = Bid['status'];
export type BidTimelineEntry = Bid['timeline'][number];
export type CreateBidInput = z.input<typeof CreateBidBody>;
export type UpdateBidInput = z.input<typeof UpdateBidBody>;
export type ChallengeForBid = z.infer<typeof ChallengeView>;
export type ChallengeIndicator = ChallengeForBid['indicators'][number];
export type OrganisationHit = z.infer<typeof OrganisationSearchItem>;
export type OrganisationPage = z.infer<ReturnType<typeof Page<typeof OrganisationSearchItem>>>;
export type OrganisationMember = z.infer<typeof OrganisationMemberView>;

/** The signed-in user as the bid pages need them (passed in by the app, which owns the session). */
export interface BidderIdentity {
  userId: string;
  displayName: string;
  /** Organisations the user acts for as bidder staff (bidder_org), with their names when known. */
  leadOrganisations: { id: string; name: string }[];
}
