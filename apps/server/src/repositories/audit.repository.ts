import type { DbOrTx } from '../context.ts';

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
};

export const presentTrail = (rows: Awaited<ReturnType<typeof auditRepository.trailOf>>) =>
  rows.map((row) => ({ seq: row.seq, type: row.type, occurredAt: row.occurred_at.toISOString(), actorName: row.actor_name, payload: row.payload }));
