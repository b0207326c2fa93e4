import type { FundingScheme } from '@jiebang/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../context.ts';

/** Who the caller is for contracts: the rows a "my contracts" list may show. */
export interface ContractScope {
  userId: string;
  leadOrgIds: string[];
  demanderOrgIds: string[];
  officerProgrammeIds: string[];
  officerTenantIds: string[];
}

/** Data access for contracts (任务书). Only moves rows; rules live in the domain and the use cases. */
export const contractRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('contract').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIds: (db: DbOrTx, ids: readonly string[]) => (ids.length ? db.selectFrom('contract').selectAll().where('id', 'in', [...new Set(ids)]).execute() : Promise.resolve([])),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('contract').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  findByAwardId: (db: DbOrTx, awardId: string) => db.selectFrom('contract').selectAll().where('award_id', '=', awardId).executeTakeFirst(),
  /** award id → contract id, for the awards given. */
  idsByAwardIds: async (db: DbOrTx, awardIds: readonly string[]): Promise<Map<string, string>> => {
    const rows = awardIds.length ? await db.selectFrom('contract').select(['id', 'award_id']).where('award_id', 'in', [...awardIds]).execute() : [];
    return new Map(rows.map((row) => [row.award_id, row.id]));
  },

  /** The funding scheme frozen into the contract when negotiation opened (never the programme's current one). */
  fundingSchemeOf: (row: { funding_scheme: unknown }): FundingScheme => row.funding_scheme as FundingScheme,

  listInScope: (db: DbOrTx, scope: ContractScope) =>
    db
      .selectFrom('contract')
      .selectAll()
      .where((eb) => {
        const any = [eb('pi_user_id', '=', scope.userId)];
        if (scope.leadOrgIds.length) any.push(eb('lead_org_id', 'in', scope.leadOrgIds));
        if (scope.demanderOrgIds.length) any.push(eb('demander_org_id', 'in', scope.demanderOrgIds));
        if (scope.officerProgrammeIds.length) any.push(eb('programme_id', 'in', scope.officerProgrammeIds));
        if (scope.officerTenantIds.length) any.push(eb('tenant_id', 'in', scope.officerTenantIds));
        return eb.or(any);
      })
      .orderBy('created_at', 'desc')
      .limit(500)
      .execute(),

  /** Names shown beside a contract: challenge title, lead and demander organisations, the PI. */
  labels: async (db: DbOrTx, rows: readonly { challenge_id: string; lead_org_id: string; demander_org_id: string | null; pi_user_id: string }[]) => {
    const orgIds = [...new Set(rows.flatMap((row) => [row.lead_org_id, ...(row.demander_org_id ? [row.demander_org_id] : [])]))];
    const userIds = [...new Set(rows.map((row) => row.pi_user_id))];
    const challengeIds = [...new Set(rows.map((row) => row.challenge_id))];
    const [orgs, users, challenges] = await Promise.all([
      orgIds.length ? db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', orgIds).execute() : [],
      userIds.length ? db.selectFrom('app_user').select(['id', 'display_name as name']).where('id', 'in', userIds).execute() : [],
      challengeIds.length ? db.selectFrom('challenge').select(['id', 'title as name', 'code']).where('id', 'in', challengeIds).execute() : [],
    ]);
    const map = (list: { id: string; name: string }[]) => new Map(list.map((item) => [item.id, item.name]));
    return { orgs: map(orgs), users: map(users), challenges: map(challenges), challengeCodes: new Map(challenges.map((challenge) => [challenge.id, challenge.code])) };
  },

  /**
   * contract id → the earliest date one of its open milestones is due, in one query for all the contracts: a
   * pending milestone's due date, or the 限期整改 deadline of one under remediation (its due date if none).
   */
  nextMilestoneDueDates: async (db: DbOrTx, contractIds: readonly string[]): Promise<Map<string, string>> => {
    if (!contractIds.length) return new Map();
    const rows = await db
      .selectFrom('milestone')
      .select(['contract_id', sql<string>`min(case when status = 'remediation' then coalesce(remediation_due_date, due_date) else due_date end)::text`.as('due')])
      .where('contract_id', 'in', [...contractIds])
      .where('status', 'in', ['pending', 'remediation'])
      .groupBy('contract_id')
      .execute();
    return new Map(rows.map((row) => [row.contract_id, row.due]));
  },
};
