import type { DbOrTx } from '../context.ts';

const none = <T>(): Promise<T[]> => Promise.resolve([]);

/**
 * Data access for the facts recusal (回避) decides on: who the experts are and whom they worked with, and who is
 * behind a bid or a challenge. Every query takes a whole batch of ids, so a list costs the same few queries as
 * one item.
 */
export const recusalRepository = {
  users: (db: DbOrTx, userIds: readonly string[]) =>
    userIds.length ? db.selectFrom('app_user').select(['id', 'display_name', 'organisation_id']).where('id', 'in', [...userIds]).execute() : none<{ id: string; display_name: string; organisation_id: string | null }>(),

  grantOrganisations: (db: DbOrTx, userIds: readonly string[]) =>
    userIds.length
      ? db.selectFrom('role_grant').select(['user_id', 'organisation_id']).distinct().where('user_id', 'in', [...userIds]).where('organisation_id', 'is not', null).execute()
      : none<{ user_id: string; organisation_id: string | null }>(),

  profiles: (db: DbOrTx, userIds: readonly string[]) =>
    userIds.length
      ? db.selectFrom('expert_profile').select(['user_id', 'organisation_id', 'organisation_name', 'region_code']).where('user_id', 'in', [...userIds]).execute()
      : none<{ user_id: string; organisation_id: string | null; organisation_name: string; region_code: string | null }>(),

  organisations: (db: DbOrTx, ids: readonly string[]) =>
    ids.length ? db.selectFrom('organisation').select(['id', 'name', 'region_code']).where('id', 'in', [...new Set(ids)]).execute() : none<{ id: string; name: string; region_code: string | null }>(),

  relations: (db: DbOrTx, userIds: readonly string[]) =>
    userIds.length
      ? db.selectFrom('expert_relation').select(['expert_user_id', 'kind', 'person_name', 'organisation_id', 'organisation_name', 'related_user_id', 'year']).where('expert_user_id', 'in', [...userIds]).execute()
      : none<{ expert_user_id: string; kind: string; person_name: string; organisation_id: string | null; organisation_name: string; related_user_id: string | null; year: number | null }>(),

  /**
   * The parties of every submitted bid one of these users led as PI or one of these organisations was party to,
   * one row per (bid, organisation). Drafts never went anywhere, so they make no collaboration.
   */
  coBidParties: (db: DbOrTx, userIds: readonly string[], orgIds: readonly string[]) =>
    userIds.length || orgIds.length
      ? db
          .selectFrom('bid_member')
          .innerJoin('bid', 'bid.id', 'bid_member.bid_id')
          .select(['bid.id as bid_id', 'bid.pi_user_id', 'bid.submitted_at', 'bid_member.organisation_id'])
          .where('bid.submitted_at', 'is not', null)
          .where((eb) =>
            eb.or([
              ...(userIds.length ? [eb('bid.pi_user_id', 'in', [...userIds])] : []),
              ...(orgIds.length ? [eb('bid.id', 'in', eb.selectFrom('bid_member as own').select('own.bid_id').where('own.organisation_id', 'in', [...orgIds]))] : []),
            ]),
          )
          .execute()
      : none<{ bid_id: string; pi_user_id: string; submitted_at: Date | null; organisation_id: string }>(),

  /**
   * The parties (demander, lead, consortium members) of every signed contract one of these users is PI of or one
   * of these organisations is party to, one row per (contract, organisation).
   */
  coProjectParties: async (db: DbOrTx, userIds: readonly string[], orgIds: readonly string[]) => {
    if (!userIds.length && !orgIds.length) return [];
    const rows = await db
      .selectFrom('contract')
      .leftJoin('bid_member', 'bid_member.bid_id', 'contract.bid_id')
      .select(['contract.id as contract_id', 'contract.pi_user_id', 'contract.signed_at', 'contract.lead_org_id', 'contract.demander_org_id', 'bid_member.organisation_id as member_org_id'])
      .where('contract.signed_at', 'is not', null)
      .where((eb) =>
        eb.or([
          ...(userIds.length ? [eb('contract.pi_user_id', 'in', [...userIds])] : []),
          ...(orgIds.length
            ? [eb('contract.demander_org_id', 'in', [...orgIds]), eb('contract.lead_org_id', 'in', [...orgIds]), eb('contract.bid_id', 'in', eb.selectFrom('bid_member as own').select('own.bid_id').where('own.organisation_id', 'in', [...orgIds]))]
            : []),
        ]),
      )
      .execute();
    return rows;
  },

  /** Challenges the experts declared a conflict with when answering an invitation. */
  declaredConflicts: (db: DbOrTx, userIds: readonly string[]) =>
    userIds.length
      ? db
          .selectFrom('panel_member')
          .innerJoin('review_panel', 'review_panel.id', 'panel_member.panel_id')
          .select(['panel_member.expert_user_id', 'review_panel.challenge_id', 'panel_member.decline_reason'])
          .where('panel_member.expert_user_id', 'in', [...userIds])
          .where('panel_member.declared_conflict', '=', true)
          .execute()
      : none<{ expert_user_id: string; challenge_id: string; decline_reason: string | null }>(),

  /** Bids with their challenge's demander (id and name) and their PI's name. */
  bids: (db: DbOrTx, filter: { bidIds?: readonly string[]; challengeIds?: readonly string[]; statuses?: readonly string[] }) => {
    let query = db
      .selectFrom('bid')
      .innerJoin('challenge', 'challenge.id', 'bid.challenge_id')
      .innerJoin('app_user', 'app_user.id', 'bid.pi_user_id')
      .leftJoin('organisation as demander', 'demander.id', 'challenge.demander_org_id')
      .select(['bid.id', 'bid.challenge_id', 'bid.programme_id', 'bid.pi_user_id', 'bid.avoided_experts', 'challenge.demander_org_id', 'demander.name as demander_name', 'app_user.display_name as pi_name']);
    if (filter.bidIds) query = query.where('bid.id', 'in', filter.bidIds.length ? [...filter.bidIds] : ['']);
    if (filter.challengeIds) query = query.where('bid.challenge_id', 'in', filter.challengeIds.length ? [...filter.challengeIds] : ['']);
    if (filter.statuses) query = query.where('bid.status', 'in', [...filter.statuses]);
    return query.execute();
  },

  /** Every party of these bids (lead included) with its region and name. */
  bidParties: (db: DbOrTx, bidIds: readonly string[]) =>
    bidIds.length
      ? db
          .selectFrom('bid_member')
          .innerJoin('organisation', 'organisation.id', 'bid_member.organisation_id')
          .select(['bid_member.bid_id', 'bid_member.organisation_id', 'bid_member.role', 'organisation.region_code', 'organisation.name'])
          .where('bid_member.bid_id', 'in', [...bidIds])
          .execute()
      : none<{ bid_id: string; organisation_id: string; role: 'lead' | 'member'; region_code: string | null; name: string }>(),

  challenges: (db: DbOrTx, challengeIds: readonly string[]) =>
    challengeIds.length
      ? db
          .selectFrom('challenge')
          .leftJoin('organisation as demander', 'demander.id', 'challenge.demander_org_id')
          .select(['challenge.id', 'challenge.programme_id', 'challenge.demander_org_id', 'demander.name as demander_name'])
          .where('challenge.id', 'in', [...challengeIds])
          .execute()
      : none<{ id: string; programme_id: string; demander_org_id: string | null; demander_name: string | null }>(),

  programmePolicies: (db: DbOrTx, programmeIds: readonly string[]) =>
    programmeIds.length ? db.selectFrom('programme').select(['id', 'policy']).where('id', 'in', [...new Set(programmeIds)]).execute() : none<{ id: string; policy: unknown }>(),
};
