import type { DbOrTx } from '../context.ts';

const trailColumns = ['aggregate_id', 'seq', 'type', 'occurred_at', 'actor_name', 'payload'] as const;

export const auditRepository = {
  /** The status timeline of one object, oldest first. */
  trailOf: (db: DbOrTx, aggregateType: string, aggregateId: string) =>
    db
      .selectFrom('audit_event')
      .select(['seq', 'type', 'occurred_at', 'actor_name', 'payload'])
      .where('aggregate_type', '=', aggregateType)
      .where('aggregate_id', '=', aggregateId)
      .orderBy('occurred_at')
      .orderBy('seq')
      .execute(),

  /** The timelines of many objects of one type in one query (a list page), each oldest first; every id has an entry. */
  trailsOf: async (db: DbOrTx, aggregateType: string, aggregateIds: readonly string[]) => {
    const ids = [...new Set(aggregateIds)];
    const rows = ids.length
      ? await db.selectFrom('audit_event').select(trailColumns).where('aggregate_type', '=', aggregateType).where('aggregate_id', 'in', ids).orderBy('occurred_at').orderBy('seq').execute()
      : [];
    const trails = new Map<string, typeof rows>(ids.map((id) => [id, []]));
    for (const row of rows) trails.get(row.aggregate_id)?.push(row);
    return trails;
  },
};

type TrailRow = Pick<Awaited<ReturnType<typeof auditRepository.trailOf>>[number], 'seq' | 'type' | 'occurred_at' | 'actor_name' | 'payload'>;

export const presentTrail = (rows: readonly TrailRow[]) =>
  rows.map((row) => ({ seq: row.seq, type: row.type, occurredAt: row.occurred_at.toISOString(), actorName: row.actor_name, payload: row.payload }));

/**
 * The timeline of an object the public (or another party) may read. PIPL Art. 25: who in the programme office took
 * each step is shown to its officers only; everyone else sees the steps without the names.
 */
export const presentPublicTrail = (rows: readonly TrailRow[], callerIsOfficer: boolean) =>
  presentTrail(rows).map((entry) => (callerIsOfficer ? entry : { ...entry, actorName: null }));
