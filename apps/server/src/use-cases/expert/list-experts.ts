import { officerTenantIds } from '@jiebang/domain';
import { presentExperts } from '../../presenters/expert.presenter.ts';
import { expertRepository, type ExpertListFilter } from '../../repositories/expert.repository.ts';
import { authorise, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { drawingPoolsOf, poolsAbove } from './expert-pools.ts';

/** The officer's filter and page; the tenants searched follow from who asks. */
export type ExpertListInput = Omit<ExpertListFilter, 'tenantIds' | 'poolsAboveTenantIds'>;

/**
 * The expert pool (专家库) as an officer sees it: the profiles their tenants own (applications included) and every
 * expert their programmes may draw — by the rule an assignment run draws by: the active experts of the pools above
 * their tenant (provincial, national) and those with an expert grant in their tenant — filtered and paged.
 */
export async function listExperts(ctx: UseCaseContext, input: ExpertListInput) {
  const actor = requireActor(ctx);
  const tenantIds = officerTenantIds(actor);
  authorise(tenantIds.length > 0, 'expert_profile.list');
  const pools = await drawingPoolsOf(ctx.deps.db, actor);
  const { total, rows } = await expertRepository.list(ctx.deps.db, { ...input, tenantIds, poolsAboveTenantIds: poolsAbove(pools) });
  return { items: await presentExperts(ctx.deps.db, actor, rows, pools), total, page: input.page, pageSize: input.pageSize };
}
