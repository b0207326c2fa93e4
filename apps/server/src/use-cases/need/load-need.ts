import { canOnNeed, type NeedAction } from '@jiebang/domain';
import type { DbOrTx } from '../../context.ts';
import { needRepository } from '../../repositories/need.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';
import type { NeedStatus } from '@jiebang/domain';

/**
 * Loads a need (locked when inside a write transaction) and its programme, and authorises `action`.
 * A need the caller may not even view answers NOT_FOUND, so its existence does not leak.
 */
export async function loadNeedFor(db: DbOrTx, ctx: UseCaseContext, needId: string, action: NeedAction, lock = false) {
  const need = await (lock ? needRepository.findByIdForUpdate(db, needId) : needRepository.findById(db, needId));
  if (!need) throw notFound('need', needId);
  const programme = await programmeRepository.findById(db, need.programme_id);
  if (!programme) throw notFound('programme', need.programme_id);
  const subject = { status: need.status as NeedStatus, demanderOrgId: need.demander_org_id, programme: { id: programme.id, tenantId: programme.tenant_id } };
  if (!canOnNeed(ctx.actor, 'view', subject)) throw notFound('need', needId);
  authorise(canOnNeed(ctx.actor, action, subject), `need.${action}`);
  return { need, programme };
}
