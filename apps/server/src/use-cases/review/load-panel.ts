import { canOnPanel, type PanelAction, type PanelStatus, type RubricCriterion } from '@jiebang/domain';
import type { DbOrTx } from '../../context.ts';
import { reviewRepository } from '../../repositories/review.repository.ts';
import { authorise, notFound, type UseCaseContext } from '../use-case-context.ts';
import { loadChallenge } from '../bid/load-challenge.ts';

/**
 * Loads a review panel with its challenge and authorises `action` for an officer of the programme. The panel's
 * composition is confidential during review, so anyone else reading it gets NOT_FOUND; trying to change it, FORBIDDEN.
 */
export async function loadPanelFor(db: DbOrTx, ctx: UseCaseContext, panelId: string, action: PanelAction, lock = false) {
  const unlocked = await reviewRepository.findPanel(db, panelId);
  if (!unlocked) throw notFound('review_panel', panelId);
  const loaded = await loadChallenge(db, unlocked.challenge_id);
  const panel = lock ? await reviewRepository.findPanelForUpdate(db, panelId) : unlocked;
  if (!panel) throw notFound('review_panel', panelId);
  const subject = { status: panel.status as PanelStatus, programme: loaded.programmeRef };
  if (!canOnPanel(ctx.actor, action, subject)) {
    if (action === 'view') throw notFound('review_panel', panelId);
    authorise(false, `review_panel.${action}`);
  }
  return { ...loaded, panel, rubric: panel.rubric as RubricCriterion[], subject };
}
