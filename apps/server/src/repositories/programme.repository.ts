import type { ProgrammePolicy } from '@jiebang/domain';
import type { DbOrTx } from '../context.ts';

export const programmeRepository = {
  findById: (db: DbOrTx, id: string) => db.selectFrom('programme').selectAll().where('id', '=', id).executeTakeFirst(),
  findByIdForUpdate: (db: DbOrTx, id: string) => db.selectFrom('programme').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
  policyOf: (row: { policy: unknown }): ProgrammePolicy => row.policy as ProgrammePolicy,
};
