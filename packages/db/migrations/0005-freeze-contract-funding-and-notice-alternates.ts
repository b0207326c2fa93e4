import { sql, type Kysely } from 'kysely';

/**
 * Two facts that must not drift after they were decided:
 * - a contract keeps the funding scheme in force when negotiation opened, so a later policy edit can neither
 *   pay it twice nor change what it is owed;
 * - a public notice may name alternates (候补) below the proposed winners, so a fallback after failed
 *   negotiation goes only to a bid the public has already seen and could object to.
 * Payouts are keyed once per contract (`payout:<contract id>`), whatever the scheme.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table contract add column funding_scheme jsonb;
    update contract set funding_scheme = programme.policy -> 'funding' from programme where programme.id = contract.programme_id;
    alter table contract alter column funding_scheme set not null;
    alter table public_notice add column alternate_bid_ids jsonb not null default '[]'::jsonb;
    update payout set idempotency_key = 'payout:' || contract_id::text where status <> 'cancelled';
  `.execute(db);
}
