import { canOnBid, MEMBER_ROLES } from '@jiebang/domain';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { bidSubjectOf } from './load-bid.ts';

/** The caller's bids: where an organisation they act for leads or is a member, or where they are the PI. */
export async function listMyBids(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  const orgIds = [...new Set(actor.grants.filter((grant) => MEMBER_ROLES.includes(grant.role) && grant.organisationId).map((grant) => grant.organisationId as string))];
  const bids = await bidRepository.listForParties(ctx.deps.db, { orgIds, userId: actor.userId });
  const members = await bidRepository.membersOfMany(ctx.deps.db, bids.map((bid) => bid.id));
  const visible = [];
  for (const bid of bids) {
    const programme = await programmeRepository.findById(ctx.deps.db, bid.programme_id);
    if (!programme) continue;
    const subject = await bidSubjectOf(ctx.deps.db, actor, bid, members.get(bid.id) ?? [], { id: programme.id, tenantId: programme.tenant_id });
    if (canOnBid(actor, 'view', subject)) visible.push(bid);
  }
  return visible;
}
