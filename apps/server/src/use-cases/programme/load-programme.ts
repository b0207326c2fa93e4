import { canOnProgramme, type ProgrammeAction, type ProgrammeStatus } from '@jiebang/domain';
import type { DbOrTx } from '../../context.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';

export const programmeSubject = (programme: { id: string; tenant_id: string; status: string }) => ({
  id: programme.id,
  tenantId: programme.tenant_id,
  status: programme.status as ProgrammeStatus,
});

/**
 * Loads a programme (locked inside a write transaction) and authorises `action`. A draft programme is
 * internal to its officers: anyone else gets NOT_FOUND, so its existence does not leak.
 */
export async function loadProgrammeFor(db: DbOrTx, ctx: UseCaseContext, programmeId: string, action: ProgrammeAction, lock = false) {
  const programme = await (lock ? programmeRepository.findByIdForUpdate(db, programmeId) : programmeRepository.findById(db, programmeId));
  if (!programme) throw notFound('programme', programmeId);
  const subject = programmeSubject(programme);
  if (!canOnProgramme(ctx.actor, 'view', subject)) throw notFound('programme', programmeId);
  authorise(canOnProgramme(ctx.actor, action, subject), `programme.${action}`);
  return programme;
}
