import { OFFICER_ROLES } from '@jiebang/domain';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { authorise, requireActor, type UseCaseContext } from '../use-case-context.ts';

/**
 * The expert pool (专家库) an officer draws review panels from: the active users holding the expert role in the
 * tenants the caller is an officer of. Recusal (回避) is checked when an expert is added to a panel, not here.
 */
export async function listExpertPool(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  const tenantIds = [...new Set(actor.grants.filter((grant) => OFFICER_ROLES.includes(grant.role)).map((grant) => grant.tenantId))];
  authorise(tenantIds.length > 0, 'expert_pool.list');
  const rows = await reviewRepository.expertPool(ctx.deps.db, tenantIds);
  return rows.map((row) => ({ userId: row.id, displayName: row.display_name, organisationName: row.organisation_name }));
}
