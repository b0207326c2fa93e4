import type { DbOrTx } from '../context.ts';
import { presentTrail } from './audit.repository.ts';

export type TrailEntry = ReturnType<typeof presentTrail>[number];

/**
 * The audit trails of many objects in one query (a contract with its milestones, tranches, change requests…),
 * each oldest first.
 */
export async function trailsOf(db: DbOrTx, aggregateIds: readonly string[]): Promise<Map<string, TrailEntry[]>> {
  const ids = [...new Set(aggregateIds)];
  const trails = new Map<string, TrailEntry[]>(ids.map((id) => [id, []]));
  if (!ids.length) return trails;
  const rows = await db
    .selectFrom('audit_event')
    .select(['aggregate_id', 'seq', 'type', 'occurred_at', 'actor_name', 'payload'])
    .where('aggregate_id', 'in', ids)
    .orderBy('occurred_at')
    .orderBy('seq')
    .execute();
  for (const row of rows) trails.get(row.aggregate_id)?.push(...presentTrail([row]));
  return trails;
}
