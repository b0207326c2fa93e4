import type { DbOrTx } from '../context.ts';

export interface PublicResultsFilter {
  challengeId?: string | undefined;
  programmeId?: string | undefined;
  page: number;
  pageSize: number;
}

/** An award still standing: a failed negotiation is replaced by a fallback award and is no longer a result. */
const STANDING_AWARD_STATUSES = ['awarded', 'contracted'];

/** Data access for the public results board (揭榜结果): awarded challenges, newest award first. */
export const resultRepository = {
  page: async (db: DbOrTx, filter: PublicResultsFilter) => {
    let query = db
      .selectFrom('challenge as c')
      .innerJoin('programme as p', 'p.id', 'c.programme_id')
      .innerJoin('tenant as t', 't.id', 'c.tenant_id')
      .innerJoin('award as a', 'a.challenge_id', 'c.id')
      .where('c.status', '=', 'awarded')
      .where('a.status', 'in', STANDING_AWARD_STATUSES);
    if (filter.challengeId) query = query.where('c.id', '=', filter.challengeId);
    if (filter.programmeId) query = query.where('c.programme_id', '=', filter.programmeId);
    const [{ total } = { total: 0 }] = await query.select((eb) => eb.fn.count<number>('c.id').distinct().as('total')).execute();
    const rows = await query
      .select((eb) => [
        'c.id',
        'c.code',
        'c.title',
        'c.field',
        'c.budget_fen',
        'c.max_winners',
        'c.programme_id',
        'p.name as programme_name',
        'p.region_code as programme_region_code',
        't.name as tenant_name',
        eb.fn.max('a.awarded_at').as('awarded_at'),
      ])
      .groupBy(['c.id', 'p.name', 'p.region_code', 't.name'])
      .orderBy('awarded_at', 'desc')
      .orderBy('c.id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute();
    return { total: Number(total), rows };
  },

  /** The standing awards of several challenges in one query, in rank order. */
  awardsOf: (db: DbOrTx, challengeIds: readonly string[]) =>
    challengeIds.length
      ? db.selectFrom('award').selectAll().where('challenge_id', 'in', [...challengeIds]).where('status', 'in', STANDING_AWARD_STATUSES).orderBy('rank').execute()
      : Promise.resolve([]),
};

export type PublicResultRow = Awaited<ReturnType<typeof resultRepository.page>>['rows'][number];
