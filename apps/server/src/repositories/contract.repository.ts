import type { FundingScheme } from '@jiebang/domain';
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
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('contract').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  findByAwardId: (db: DbOrTx, awardId: string) => db.selectFrom('contract').selectAll().where('award_id', '=', awardId).executeTakeFirst(),

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
      challengeIds.length ? db.selectFrom('challenge').select(['id', 'title as name']).where('id', 'in', challengeIds).execute() : [],
    ]);
    const map = (list: { id: string; name: string }[]) => new Map(list.map((item) => [item.id, item.name]));
    return { orgs: map(orgs), users: map(users), challenges: map(challenges) };
  },
};
