import type { NewRow } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';

export const acceptanceRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('acceptance').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('acceptance').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  listByContract: (db: DbOrTx, contractId: string) => db.selectFrom('acceptance').selectAll().where('contract_id', '=', contractId).orderBy('requested_at').orderBy('id').execute(),

  verdictsOf: (db: DbOrTx, acceptanceIds: readonly string[]) =>
    acceptanceIds.length ? db.selectFrom('acceptance_verdict').selectAll().where('acceptance_id', 'in', [...acceptanceIds]).execute() : Promise.resolve([]),

  /** One verdict per indicator: re-measuring while the acceptance is open replaces the earlier one. */
  upsertVerdict: (db: DbOrTx, row: NewRow<'acceptance_verdict'>) =>
    db
      .insertInto('acceptance_verdict')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['acceptance_id', 'indicator_key']).doUpdateSet({
          measured_value: row.measured_value,
          verdict: row.verdict,
          evidence: row.evidence ?? '',
          condition_note: row.condition_note ?? null,
          recorded_by: row.recorded_by,
          recorded_at: row.recorded_at ?? new Date(),
        }),
      )
      .execute(),
};
