import type { ProgrammePolicy } from '@jiebang/domain';
import type { DbOrTx } from '../context.ts';

export interface ProgrammeListFilter {
  tenantId?: string | undefined;
  status?: string | undefined;
  /** Drafts are visible only to officers: tenants where the caller is a tenant-wide officer, and single programmes. */
  draftVisibleTenantIds: string[];
  draftVisibleProgrammeIds: string[];
  page: number;
  pageSize: number;
}

export const programmeRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('programme').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('programme').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  findByIds: (db: DbOrTx, ids: readonly string[]) => (ids.length ? db.selectFrom('programme').selectAll().where('id', 'in', [...new Set(ids)]).execute() : Promise.resolve([])),
  policyOf: (row: { policy: unknown }): ProgrammePolicy => row.policy as ProgrammePolicy,

  findByCode: (db: DbOrTx, tenantId: string, code: string) => db.selectFrom('programme').select('id').where('tenant_id', '=', tenantId).where('code', '=', code).executeTakeFirst(),

  tenantName: async (db: DbOrTx, tenantId: string): Promise<string> =>
    (await db.selectFrom('tenant').select('name').where('id', '=', tenantId).executeTakeFirst())?.name ?? '',

  list: async (db: DbOrTx, filter: ProgrammeListFilter) => {
    let query = db.selectFrom('programme as p').innerJoin('tenant as t', 't.id', 'p.tenant_id');
    if (filter.tenantId) query = query.where('p.tenant_id', '=', filter.tenantId);
    if (filter.status) query = query.where('p.status', '=', filter.status);
    query = query.where((eb) =>
      eb.or([
        eb('p.status', '<>', 'draft'),
        ...(filter.draftVisibleTenantIds.length ? [eb('p.tenant_id', 'in', filter.draftVisibleTenantIds)] : []),
        ...(filter.draftVisibleProgrammeIds.length ? [eb('p.id', 'in', filter.draftVisibleProgrammeIds)] : []),
      ]),
    );
    const [{ total } = { total: 0 }] = await query.select((eb) => eb.fn.countAll<number>().as('total')).execute();
    const rows = await query
      .selectAll('p')
      .select('t.name as tenant_name')
      .orderBy('p.year', 'desc')
      .orderBy('p.created_at', 'desc')
      .orderBy('p.id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute();
    return { total: Number(total), rows };
  },
};
