import { LIVE_BID_STATUSES } from '@jiebang/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../context.ts';
import { inDrawingPool } from './expert.repository.ts';

const none = <T>(): Promise<T[]> => Promise.resolve([]);

/** Seats that count against an expert's load cap: live invitations on panels still forming or scoring. */
const LIVE_SEATS = ['invited', 'accepted'];
const OPEN_PANELS = ['forming', 'scoring'];

/**
 * The unit the panel-diversity rule counts an expert for: the profile's registered organisation, else the unit
 * typed on the profile, else the account's organisation (an expert seated by hand without a profile). Needs
 * app_user and (left-joined) expert_profile in scope.
 */
const UNIT_NAME = sql`coalesce(
    nullif((select organisation.name from organisation where organisation.id = expert_profile.organisation_id), ''),
    nullif(expert_profile.organisation_name, ''),
    (select organisation.name from organisation where organisation.id = app_user.organisation_id))`;

/** What an assignment run reads of a profile: seats by role and tier, affinity by fields and text, load, availability. */
const ASSIGNMENT_FACTS = [
  'expert_profile.user_id',
  'expert_profile.panel_role',
  'expert_profile.tier',
  'expert_profile.field_codes',
  'expert_profile.expertise',
  'expert_profile.professional_title',
  'expert_profile.load_cap',
  'expert_profile.unavailable',
  'expert_profile.status',
  sql<string | null>`${UNIT_NAME}`.as('unit_name'),
] as const;

/** Data access for assignment runs and the facts they are built from; every query takes a whole batch. */
export const assignmentRepository = {
  /** The tenant and its ancestors (its expert pools are the ones a programme draws from). */
  tenantAndAncestors: async (db: DbOrTx, tenantId: string): Promise<string[]> => {
    const rows = await sql<{ id: string }>`
      with recursive chain(id, parent_id) as (
        select id, parent_id from tenant where id = ${tenantId}
        union all
        select tenant.id, tenant.parent_id from tenant join chain on tenant.id = chain.parent_id
      )
      select id from chain`.execute(db);
    return rows.rows.map((row) => row.id);
  },

  /**
   * Active experts of a programme's pools whose account is enabled, by user id (the snapshot's order): profiles
   * owned by these tenants (the programme's and its ancestors'), and profiles shared with the programme's tenant by
   * an expert_reviewer grant there — the same experts the tenant's officers see in 专家库.
   */
  activeExperts: (db: DbOrTx, tenantIds: readonly string[], sharedWithTenantId: string) =>
    tenantIds.length
      ? db
          .selectFrom('expert_profile')
          .innerJoin('app_user', 'app_user.id', 'expert_profile.user_id')
          .select([...ASSIGNMENT_FACTS, 'app_user.display_name'])
          .where((eb) => inDrawingPool(eb, { ownerTenantIds: tenantIds, sharedWithTenantIds: [sharedWithTenantId] }))
          .where('expert_profile.status', '=', 'active')
          .where('app_user.disabled_at', 'is', null)
          .orderBy('expert_profile.user_id')
          .execute()
      : none<never>(),

  /**
   * Locks these experts' profiles for the transaction, in id order (no deadlock between two runs): seats on two
   * different panels are then counted against the load cap one transaction after the other.
   */
  lockProfiles: async (db: DbOrTx, userIds: readonly string[]): Promise<void> => {
    if (userIds.length) await db.selectFrom('expert_profile').select('user_id').where('user_id', 'in', [...new Set(userIds)]).orderBy('user_id').forUpdate().execute();
  },

  /** Of these users, those holding the expert grant in the tenant (a pool shared with it). */
  sharedWith: async (db: DbOrTx, tenantId: string, userIds: readonly string[]): Promise<Set<string>> => {
    if (!userIds.length) return new Set();
    const rows = await db.selectFrom('role_grant').select('user_id').where('role', '=', 'expert_reviewer').where('tenant_id', '=', tenantId).where('user_id', 'in', [...new Set(userIds)]).execute();
    return new Set(rows.map((row) => row.user_id));
  },

  /** The profiles of these users whatever their status (re-checks at apply, replace and override time). */
  profiles: (db: DbOrTx, userIds: readonly string[]) =>
    userIds.length
      ? db
          .selectFrom('expert_profile')
          .innerJoin('app_user', 'app_user.id', 'expert_profile.user_id')
          .select([...ASSIGNMENT_FACTS, 'expert_profile.tenant_id', 'app_user.disabled_at'])
          .where('expert_profile.user_id', 'in', [...new Set(userIds)])
          .execute()
      : none<never>(),

  /** Display name and unit (UNIT_NAME: the unit the diversity rule counts, so the screen and the rule agree) of each user. */
  expertNames: async (db: DbOrTx, userIds: readonly string[]): Promise<Map<string, { displayName: string; organisationName: string }>> => {
    if (!userIds.length) return new Map();
    const rows = await db
      .selectFrom('app_user')
      .leftJoin('expert_profile', 'expert_profile.user_id', 'app_user.id')
      .select(['app_user.id', 'app_user.display_name', sql<string | null>`${UNIT_NAME}`.as('unit_name')])
      .where('app_user.id', 'in', [...new Set(userIds)])
      .execute();
    return new Map(rows.map((row) => [row.id, { displayName: row.display_name, organisationName: row.unit_name ?? '' }]));
  },

  /** Live seats each expert holds on open panels (any programme). */
  openSeats: async (db: DbOrTx, userIds: readonly string[]): Promise<Map<string, number>> => {
    if (!userIds.length) return new Map();
    const rows = await db
      .selectFrom('panel_member')
      .innerJoin('review_panel', 'review_panel.id', 'panel_member.panel_id')
      .select(['panel_member.expert_user_id', (eb) => eb.fn.countAll<number>().as('seats')])
      .where('panel_member.expert_user_id', 'in', [...new Set(userIds)])
      .where('panel_member.invitation_status', 'in', LIVE_SEATS)
      .where('review_panel.status', 'in', OPEN_PANELS)
      .groupBy('panel_member.expert_user_id')
      .execute();
    return new Map(rows.map((row) => [row.expert_user_id, Number(row.seats)]));
  },

  panelsOfChallenges: (db: DbOrTx, challengeIds: readonly string[]) =>
    challengeIds.length ? db.selectFrom('review_panel').selectAll().where('challenge_id', 'in', [...challengeIds]).execute() : none<never>(),

  panelsForUpdate: (db: DbOrTx, panelIds: readonly string[]) =>
    panelIds.length ? db.selectFrom('review_panel').selectAll().where('id', 'in', [...panelIds]).orderBy('id').forUpdate().execute() : none<never>(),

  /** Every seat row of these panels, whatever its invitation status. */
  seatsOfPanels: (db: DbOrTx, panelIds: readonly string[]) =>
    panelIds.length ? db.selectFrom('panel_member').selectAll().where('panel_id', 'in', [...panelIds]).orderBy('assigned_at').orderBy('expert_user_id').execute() : none<never>(),

  /**
   * Challenges of a programme a run may fill: under review, with their live bid count, and no result put to public
   * notice yet (a claimed 榜单 can go to 公示 without a panel; it needs no experts any more).
   */
  challengesUnderReview: (db: DbOrTx, programmeId: string) =>
    db
      .selectFrom('challenge')
      .select(['challenge.id', 'challenge.code', 'challenge.title', 'challenge.field', 'challenge.budget_fen', 'challenge.status'])
      .select((eb) =>
        eb
          .selectFrom('bid')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('bid.challenge_id', '=', 'challenge.id')
          .where('bid.status', 'in', [...LIVE_BID_STATUSES])
          .as('bid_count'),
      )
      .where('challenge.programme_id', '=', programmeId)
      .where('challenge.status', '=', 'under_review')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('public_notice').select('public_notice.id').whereRef('public_notice.challenge_id', '=', 'challenge.id').where('public_notice.status', '!=', 'withdrawn'))))
      .orderBy('challenge.code')
      .execute(),

  findRun: (db: DbOrTx, id: string) => db.selectFrom('assignment_run').selectAll().where('id', '=', id).executeTakeFirst(),
  findRunForUpdate: (db: DbOrTx, id: string) => db.selectFrom('assignment_run').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

  runsOfProgramme: (db: DbOrTx, programmeId: string) =>
    db
      .selectFrom('assignment_run')
      .innerJoin('app_user', 'app_user.id', 'assignment_run.created_by')
      .select([
        'assignment_run.id',
        'assignment_run.mode',
        'assignment_run.seed',
        'assignment_run.status',
        'assignment_run.result',
        'assignment_run.objective',
        'assignment_run.shortfall',
        'assignment_run.input_digest',
        'assignment_run.created_at',
        'assignment_run.applied_at',
        'app_user.display_name as created_by_name',
      ])
      .where('assignment_run.programme_id', '=', programmeId)
      .orderBy('assignment_run.created_at', 'desc')
      .orderBy('assignment_run.id', 'desc')
      .execute(),

  /** The latest applied run whose result holds this challenge's panel (its alternates are the 候补). */
  latestAppliedRunFor: (db: DbOrTx, programmeId: string, challengeId: string) =>
    db
      .selectFrom('assignment_run')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .where('status', '=', 'applied')
      .where(sql<boolean>`result -> 'panels' @> ${JSON.stringify([{ challengeId }])}::jsonb`)
      .orderBy('applied_at', 'desc')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
};
