import { LEAD_ROLES, MEMBER_ROLES, type Actor, type Role } from '@jiebang/domain';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';

const orgsActedFor = (actor: Actor, roles: readonly Role[]) => [...new Set(actor.grants.filter((grant) => roles.includes(grant.role) && grant.organisationId).map((grant) => grant.organisationId as string))];

/**
 * A page of the caller's bids: where an organisation they act for leads (bidder staff) or is a member, or where
 * they are the PI — exactly the parties `canOnBid` lets view a bid, selected in the query so the page is exact.
 */
export async function listMyBids(ctx: UseCaseContext, query: { page: number; pageSize: number }) {
  const actor = requireActor(ctx);
  return bidRepository.pageForParties(ctx.deps.db, { leadOrgIds: orgsActedFor(actor, LEAD_ROLES), memberOrgIds: orgsActedFor(actor, MEMBER_ROLES), userId: actor.userId, page: query.page, pageSize: query.pageSize });
}
