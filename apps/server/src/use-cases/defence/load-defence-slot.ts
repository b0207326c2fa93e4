import type { Tx } from '../../context.ts';
import { defenceRepository } from '../../repositories/defence.repository.ts';
import { notFound, type UseCaseContext } from '../use-case-context.ts';
import { loadPanelFor } from '../review/load-panel.ts';

/**
 * A defence slot for an officer's change: the panel locked first (plans and moves of one panel are serialised,
 * so two cannot overlap), then the slot. Someone who may not see the panel learns nothing of the slot.
 */
export async function loadDefenceSlotFor(trx: Tx, ctx: UseCaseContext, slotId: string) {
  const unlocked = await defenceRepository.findSlot(trx, slotId);
  if (!unlocked) throw notFound('defence_slot', slotId);
  const loaded = await loadPanelFor(trx, ctx, unlocked.panel_id, 'manage_defences', true);
  const slot = await defenceRepository.findSlotForUpdate(trx, slotId);
  if (!slot) throw notFound('defence_slot', slotId);
  return { ...loaded, slot };
}
