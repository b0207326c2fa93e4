import type { AcceptanceStatus } from '@jiebang/domain';
import type { NewRow } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';

/** Where a tester's grants reach: whole tenants, or single programmes of a tenant. */
export interface TesterScope {
  tenantIds: string[];
  programmes: { tenantId: string; programmeId: string }[];
}

export const acceptanceRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('acceptance').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('acceptance').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  listByContract: (db: DbOrTx, contractId: string) => db.selectFrom('acceptance').selectAll().where('contract_id', '=', contractId).orderBy('requested_at').orderBy('id').execute(),

  /**
   * Open acceptances of the programmes a tester covers: every programme of `tenantIds`, plus the single
   * `programmes` a narrower grant names. Newest request first.
   */
  listOpenForTester: (db: DbOrTx, scope: TesterScope) =>
    db
      .selectFrom('acceptance')
      .innerJoin('contract', 'contract.id', 'acceptance.contract_id')
      .innerJoin('programme', 'programme.id', 'contract.programme_id')
      .selectAll('acceptance')
      .where('acceptance.status', '=', 'open' satisfies AcceptanceStatus)
      .where((eb) => {
        const any = scope.programmes.map((grant) => eb.and([eb('programme.tenant_id', '=', grant.tenantId), eb('programme.id', '=', grant.programmeId)]));
        if (scope.tenantIds.length) any.push(eb('programme.tenant_id', 'in', scope.tenantIds));
        return eb.or(any);
      })
      .orderBy('acceptance.requested_at', 'desc')
      .orderBy('acceptance.id', 'desc')
      .limit(500)
      .execute(),

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
