import type { DbOrTx } from '../context.ts';

/** Data access for review panels, their experts and the scores. */
export const reviewRepository = {
  findPanel: (db: DbOrTx, id: string) => db.selectFrom('review_panel').selectAll().where('id', '=', id).executeTakeFirst(),
  findPanelForUpdate: (db: DbOrTx, id: string) => db.selectFrom('review_panel').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  findPanelByChallenge: (db: DbOrTx, challengeId: string, lock: 'none' | 'share' | 'update' = 'none') => {
    const query = db.selectFrom('review_panel').selectAll().where('challenge_id', '=', challengeId);
    return (lock === 'update' ? query.forUpdate() : lock === 'share' ? query.forShare() : query).executeTakeFirst();
  },

  /** Active users holding the expert role (expert_reviewer) in any of these tenants, by name, with their own unit. */
  expertPool: (db: DbOrTx, tenantIds: readonly string[]) =>
    tenantIds.length
      ? db
          .selectFrom('app_user')
          .leftJoin('organisation', 'organisation.id', 'app_user.organisation_id')
          .select(['app_user.id', 'app_user.display_name', 'organisation.name as organisation_name'])
          .where('app_user.disabled_at', 'is', null)
          .where('app_user.id', 'in', (eb) => eb.selectFrom('role_grant').select('user_id').where('role', '=', 'expert_reviewer').where('tenant_id', 'in', [...tenantIds]))
          .orderBy('app_user.display_name')
          .orderBy('app_user.id')
          .execute()
      : Promise.resolve([]),

  membersOf: (db: DbOrTx, panelId: string) =>
    db
      .selectFrom('panel_member')
      .innerJoin('app_user', 'app_user.id', 'panel_member.expert_user_id')
      .select(['panel_member.panel_id', 'panel_member.expert_user_id', 'panel_member.panel_role', 'panel_member.assigned_at', 'app_user.display_name'])
      .where('panel_member.panel_id', '=', panelId)
      .orderBy('panel_member.assigned_at')
      .execute(),

  findMember: (db: DbOrTx, panelId: string, expertUserId: string) =>
    db.selectFrom('panel_member').selectAll().where('panel_id', '=', panelId).where('expert_user_id', '=', expertUserId).executeTakeFirst(),

  /** Of `challengeIds`, those on whose panel the user sits (one query for a whole list of bids). */
  challengesWithSeat: async (db: DbOrTx, userId: string, challengeIds: readonly string[]): Promise<Set<string>> => {
    if (!challengeIds.length) return new Set();
    const rows = await db
      .selectFrom('panel_member')
      .innerJoin('review_panel', 'review_panel.id', 'panel_member.panel_id')
      .select('review_panel.challenge_id')
      .where('review_panel.challenge_id', 'in', [...new Set(challengeIds)])
      .where('panel_member.expert_user_id', '=', userId)
      .execute();
    return new Set(rows.map((row) => row.challenge_id));
  },

  /** The panels an expert sits on, with their challenge. */
  panelsOfExpert: (db: DbOrTx, userId: string) =>
    db
      .selectFrom('panel_member')
      .innerJoin('review_panel', 'review_panel.id', 'panel_member.panel_id')
      .innerJoin('challenge', 'challenge.id', 'review_panel.challenge_id')
      .select(['review_panel.id as panel_id', 'review_panel.challenge_id', 'review_panel.status', 'review_panel.rubric', 'panel_member.panel_role', 'challenge.title as challenge_title'])
      .where('panel_member.expert_user_id', '=', userId)
      .orderBy('panel_member.assigned_at', 'desc')
      .execute(),

  scoresOfPanel: (db: DbOrTx, panelId: string) => db.selectFrom('review_score').selectAll().where('panel_id', '=', panelId).orderBy('submitted_at').execute(),

  scoresOfExpertInPanels: (db: DbOrTx, panelIds: readonly string[], expertUserId: string) =>
    panelIds.length ? db.selectFrom('review_score').selectAll().where('panel_id', 'in', [...panelIds]).where('expert_user_id', '=', expertUserId).execute() : Promise.resolve([]),

  findScoreForUpdate: (db: DbOrTx, bidId: string, expertUserId: string) =>
    db.selectFrom('review_score').selectAll().where('bid_id', '=', bidId).where('expert_user_id', '=', expertUserId).forUpdate().executeTakeFirst(),

  findScore: (db: DbOrTx, id: string) => db.selectFrom('review_score').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
};
