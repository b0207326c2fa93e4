import type { DbOrTx } from '../context.ts';

/** Data access for defence slots (答辩安排). */
export const defenceRepository = {
  slotsOfPanel: (db: DbOrTx, panelId: string) => db.selectFrom('defence_slot').selectAll().where('panel_id', '=', panelId).orderBy('starts_at').orderBy('id').execute(),

  slotsOfPanels: (db: DbOrTx, panelIds: readonly string[]) =>
    panelIds.length ? db.selectFrom('defence_slot').selectAll().where('panel_id', 'in', [...panelIds]).orderBy('starts_at').execute() : Promise.resolve([]),

  /** Each bid has at most one slot (unique bid_id). */
  slotsOfBids: async (db: DbOrTx, bidIds: readonly string[]) => {
    const rows = bidIds.length ? await db.selectFrom('defence_slot').selectAll().where('bid_id', 'in', [...bidIds]).execute() : [];
    return new Map(rows.map((row) => [row.bid_id, row]));
  },

  findSlot: (db: DbOrTx, id: string) => db.selectFrom('defence_slot').selectAll().where('id', '=', id).executeTakeFirst(),

  findSlotForUpdate: (db: DbOrTx, id: string) => db.selectFrom('defence_slot').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

  /** Removes the panel's slots not yet held (scheduled or cancelled), which a new plan replaces; returns what was removed. */
  deleteUnheld: (db: DbOrTx, panelId: string) => db.deleteFrom('defence_slot').where('panel_id', '=', panelId).where('status', 'in', ['scheduled', 'cancelled']).returningAll().execute(),
};
