import type { DbOrTx } from '../context.ts';
import { likePattern } from './organisation.repository.ts';

export interface ChallengeHallFilter {
  statuses: readonly string[];
  q?: string | undefined;
  field?: string | undefined;
  regionPrefix?: string | undefined;
  minBudgetFen?: number | undefined;
  maxBudgetFen?: number | undefined;
  deadlineBefore?: string | undefined;
  allocationMode?: string | undefined;
  programmeId?: string | undefined;
  sort: 'deadline' | 'budget' | 'published';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const SORT_COLUMNS = { deadline: 'c.bid_deadline', budget: 'c.budget_fen', published: 'c.published_at' } as const;

/** A challenge with what a list shows beside it: programme, issuer (tenant) and region. */
const summaries = (db: DbOrTx) =>
  db
    .selectFrom('challenge as c')
    .innerJoin('programme as p', 'p.id', 'c.programme_id')
    .innerJoin('tenant as t', 't.id', 'c.tenant_id');

const summaryColumns = [
  'c.id',
  'c.code',
  'c.version_no',
  'c.title',
  'c.field',
  'c.budget_fen',
  'c.bid_deadline',
  'c.status',
  'c.allocation_mode',
  'c.max_winners',
  'c.programme_id',
  'c.tenant_id',
  'c.group_id',
  'c.group_sequence',
  'c.published_at',
  'p.name as programme_name',
  'p.region_code as programme_region_code',
  't.name as tenant_name',
  't.region_code as tenant_region_code',
] as const;

export type ChallengeSummaryRow = Awaited<ReturnType<typeof challengeRepository.listByProgramme>>[number];

/** Data access for challenges (榜单). Only moves rows; rules live in the domain and the use cases. */
export const challengeRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('challenge').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('challenge').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

  needIdsOf: async (db: DbOrTx, challengeId: string): Promise<string[]> =>
    (await db.selectFrom('challenge_need').select('need_id').where('challenge_id', '=', challengeId).orderBy('need_id').execute()).map((row) => row.need_id),

  /** The version that re-published this one, if any. */
  successorOf: async (db: DbOrTx, challengeId: string): Promise<string | null> =>
    (await db.selectFrom('challenge').select('id').where('previous_version_id', '=', challengeId).executeTakeFirst())?.id ?? null,

  /** Distinct codes already used in the programme (all versions of one challenge share its code). */
  codesUsedInProgramme: async (db: DbOrTx, programmeId: string): Promise<number> => {
    const row = await db.selectFrom('challenge').select((eb) => eb.fn.count<number>('code').distinct().as('codes')).where('programme_id', '=', programmeId).executeTakeFirst();
    return Number(row?.codes ?? 0);
  },

  maxGroupSequence: async (db: DbOrTx, groupId: string): Promise<number | null> => {
    const row = await db.selectFrom('challenge').select((eb) => eb.fn.max('group_sequence').as('max_sequence')).where('group_id', '=', groupId).executeTakeFirst();
    return row?.max_sequence ?? null;
  },

  /** Awards of every version of the group's challenge at `sequence` (a 流榜 challenge may have been won as version 2). */
  awardsAtGroupSequence: (db: DbOrTx, groupId: string, sequence: number) =>
    db
      .selectFrom('award as a')
      .innerJoin('challenge as c', 'c.id', 'a.challenge_id')
      .select(['a.id', 'a.challenge_id', 'a.lead_org_id', 'a.rank', 'a.status'])
      .where('c.group_id', '=', groupId)
      .where('c.group_sequence', '=', sequence)
      .execute(),

  listByProgramme: (db: DbOrTx, programmeId: string, filter: { statuses?: readonly string[] | undefined; status?: string | undefined }) => {
    let query = summaries(db).select(summaryColumns).where('c.programme_id', '=', programmeId);
    if (filter.statuses) query = query.where('c.status', 'in', [...filter.statuses]);
    if (filter.status) query = query.where('c.status', '=', filter.status);
    return query.orderBy('c.code').orderBy('c.version_no').execute();
  },

  /** The challenges of several groups in one query, in sequence order within each group. */
  listByGroups: (db: DbOrTx, groupIds: readonly string[]) =>
    groupIds.length
      ? db
          .selectFrom('challenge')
          .select(['id', 'code', 'title', 'status', 'group_id', 'group_sequence', 'version_no', 'programme_id', 'tenant_id', 'demander_org_id'])
          .where('group_id', 'in', [...groupIds])
          .orderBy('group_sequence')
          .orderBy('version_no')
          .execute()
      : Promise.resolve([]),

  /** The public challenge hall: every tenant's visible challenges, filtered, sorted and paged. */
  hall: async (db: DbOrTx, filter: ChallengeHallFilter) => {
    let query = summaries(db).where('c.status', 'in', [...filter.statuses]);
    if (filter.q) {
      const pattern = likePattern(filter.q);
      query = query.where((eb) => eb.or([eb('c.title', 'ilike', pattern), eb('c.field', 'ilike', pattern), eb('c.problem_statement', 'ilike', pattern)]));
    }
    if (filter.field) query = query.where('c.field', '=', filter.field);
    if (filter.regionPrefix) query = query.where('p.region_code', 'like', `${filter.regionPrefix}%`);
    if (filter.minBudgetFen !== undefined) query = query.where('c.budget_fen', '>=', filter.minBudgetFen);
    if (filter.maxBudgetFen !== undefined) query = query.where('c.budget_fen', '<=', filter.maxBudgetFen);
    if (filter.deadlineBefore) query = query.where('c.bid_deadline', '<=', new Date(filter.deadlineBefore));
    if (filter.allocationMode) query = query.where('c.allocation_mode', '=', filter.allocationMode);
    if (filter.programmeId) query = query.where('c.programme_id', '=', filter.programmeId);
    const [{ total } = { total: 0 }] = await query.select((eb) => eb.fn.countAll<number>().as('total')).execute();
    const rows = await query
      .select(summaryColumns)
      .orderBy(SORT_COLUMNS[filter.sort], (ob) => (filter.order === 'asc' ? ob.asc().nullsLast() : ob.desc().nullsLast()))
      .orderBy('c.id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute();
    return { total: Number(total), rows };
  },
};

export const challengeGroupRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('challenge_group').selectAll().where('id', '=', id).executeTakeFirst(),
  /** Locked while a challenge is appended, so two officers cannot take the same sequence number. */
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('challenge_group').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  listByProgramme: (db: DbOrTx, programmeId: string) => db.selectFrom('challenge_group').selectAll().where('programme_id', '=', programmeId).orderBy('created_at').orderBy('id').execute(),
};
