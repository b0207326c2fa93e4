import type { DbOrTx } from '../context.ts';

/** Data access for review panels, their experts and the scores. */
export const reviewRepository = {
  findPanel: (db: DbOrTx, id: string) => db.selectFrom('review_panel').selectAll().where('id', '=', id).executeTakeFirst(),
  findPanelForUpdate: (db: DbOrTx, id: string) => db.selectFrom('review_panel').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  findPanelByChallenge: (db: DbOrTx, challengeId: string, lock: 'none' | 'share' | 'update' = 'none') => {
    const query = db.selectFrom('review_panel').selectAll().where('challenge_id', '=', challengeId);
    return (lock === 'update' ? query.forUpdate() : lock === 'share' ? query.forShare() : query).executeTakeFirst();
  },

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

  /** Whether the user sits on the panel of this challenge. */
  isOnChallengePanel: async (db: DbOrTx, challengeId: string, userId: string) => {
    const row = await db
      .selectFrom('panel_member')
      .innerJoin('review_panel', 'review_panel.id', 'panel_member.panel_id')
      .select('panel_member.panel_id')
      .where('review_panel.challenge_id', '=', challengeId)
      .where('panel_member.expert_user_id', '=', userId)
      .executeTakeFirst();
    return row !== undefined;
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

  scoresOfExpert: (db: DbOrTx, panelId: string, expertUserId: string) =>
    db.selectFrom('review_score').selectAll().where('panel_id', '=', panelId).where('expert_user_id', '=', expertUserId).execute(),

  findScoreForUpdate: (db: DbOrTx, bidId: string, expertUserId: string) =>
    db.selectFrom('review_score').selectAll().where('bid_id', '=', bidId).where('expert_user_id', '=', expertUserId).forUpdate().executeTakeFirst(),

  findScore: (db: DbOrTx, id: string) => db.selectFrom('review_score').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
};
