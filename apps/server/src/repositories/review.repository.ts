import { PANEL_ROLES } from '@jiebang/domain';
import { sql } from 'kysely';
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
      .select(['panel_member.invitation_status', 'panel_member.responded_at', 'panel_member.decline_reason', 'panel_member.declared_conflict'])
      .where('panel_member.panel_id', '=', panelId)
      // Seats added in one go share their time: role order (technical first), then name, keeps the list stable.
      .orderBy(sql`array_position(array[${sql.join(PANEL_ROLES.map((role) => sql.lit(role)))}]::text[], panel_member.panel_role)`)
      .orderBy('panel_member.assigned_at')
      .orderBy('app_user.display_name')
      .execute(),

  findMember: (db: DbOrTx, panelId: string, expertUserId: string) =>
    db.selectFrom('panel_member').selectAll().where('panel_id', '=', panelId).where('expert_user_id', '=', expertUserId).executeTakeFirst(),

  /** The expert's seat on the panel of a bid's challenge, if any. */
  seatForBid: (db: DbOrTx, bidId: string, expertUserId: string) =>
    db
      .selectFrom('bid')
      .innerJoin('review_panel', 'review_panel.challenge_id', 'bid.challenge_id')
      .innerJoin('panel_member', 'panel_member.panel_id', 'review_panel.id')
      .select(['panel_member.panel_id', 'panel_member.invitation_status'])
      .where('bid.id', '=', bidId)
      .where('panel_member.expert_user_id', '=', expertUserId)
      .executeTakeFirst(),

  /** The expert's seat, locked: answering an invitation and opening the panel are serialised on it. */
  findMemberForUpdate: (db: DbOrTx, panelId: string, expertUserId: string) =>
    db.selectFrom('panel_member').selectAll().where('panel_id', '=', panelId).where('expert_user_id', '=', expertUserId).forUpdate().executeTakeFirst(),

  /** Of `challengeIds`, those on whose panel the user holds an accepted seat (one query for a whole list of bids): an invitation not yet accepted opens no bid. */
  challengesWithSeat: async (db: DbOrTx, userId: string, challengeIds: readonly string[]): Promise<Set<string>> => {
    if (!challengeIds.length) return new Set();
    const rows = await db
      .selectFrom('panel_member')
      .innerJoin('review_panel', 'review_panel.id', 'panel_member.panel_id')
      .select('review_panel.challenge_id')
      .where('review_panel.challenge_id', 'in', [...new Set(challengeIds)])
      .where('panel_member.expert_user_id', '=', userId)
      .where('panel_member.invitation_status', '=', 'accepted')
      .execute();
    return new Set(rows.map((row) => row.challenge_id));
  },

  /** The panels an expert is invited to or sits on (a withdrawn seat is gone), with their challenge. */
  panelsOfExpert: (db: DbOrTx, userId: string) =>
    db
      .selectFrom('panel_member')
      .innerJoin('review_panel', 'review_panel.id', 'panel_member.panel_id')
      .innerJoin('challenge', 'challenge.id', 'review_panel.challenge_id')
      .select(['review_panel.id as panel_id', 'review_panel.challenge_id', 'review_panel.status', 'review_panel.rubric', 'panel_member.panel_role', 'challenge.title as challenge_title'])
      .select(['panel_member.invitation_status', 'panel_member.responded_at', 'challenge.field as challenge_field', 'challenge.programme_id'])
      .where('panel_member.expert_user_id', '=', userId)
      .where('panel_member.invitation_status', '!=', 'withdrawn')
      .orderBy('panel_member.assigned_at', 'desc')
      .execute(),

  scoresOfPanel: (db: DbOrTx, panelId: string) => db.selectFrom('review_score').selectAll().where('panel_id', '=', panelId).orderBy('submitted_at').execute(),

  scoresOfExpertInPanels: (db: DbOrTx, panelIds: readonly string[], expertUserId: string) =>
    panelIds.length ? db.selectFrom('review_score').selectAll().where('panel_id', 'in', [...panelIds]).where('expert_user_id', '=', expertUserId).execute() : Promise.resolve([]),

  findScoreForUpdate: (db: DbOrTx, bidId: string, expertUserId: string) =>
    db.selectFrom('review_score').selectAll().where('bid_id', '=', bidId).where('expert_user_id', '=', expertUserId).forUpdate().executeTakeFirst(),

  findScore: (db: DbOrTx, id: string) => db.selectFrom('review_score').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
};
