import { officerTenantIds } from '@jiebang/domain';
import { presentExperts } from '../../presenters/expert.presenter.ts';
import { expertRepository, type ExpertListFilter } from '../../repositories/expert.repository.ts';
import { authorise, requireActor, type UseCaseContext } from '../use-case-context.ts';

/** The officer's filter and page; the tenants searched follow from who asks. */
export type ExpertListInput = Omit<ExpertListFilter, 'tenantIds'>;

/**
 * The expert pool (专家库) as an officer sees it: the profiles their tenants own (applications included) and the
 * experts their programmes may draw (an expert grant in their tenant), filtered and paged.
 */
export async function listExperts(ctx: UseCaseContext, input: ExpertListInput) {
  const actor = requireActor(ctx);
  const tenantIds = officerTenantIds(actor);
  authorise(tenantIds.length > 0, 'expert_profile.list');
  const { total, rows } = await expertRepository.list(ctx.deps.db, { ...input, tenantIds });
  return { items: await presentExperts(ctx.deps.db, actor, rows), total, page: input.page, pageSize: input.pageSize };
}
