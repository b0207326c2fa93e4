import { hasRole, isProgrammeOfficer, type Caller } from '../access/roles.ts';
import { DomainError, ruleViolation } from '../shared/domain-error.ts';
import type { InvitationStatus } from './invitation.ts';
import { panelLifecycle, type PanelEvent, type PanelStatus } from './panel-lifecycle.ts';
import type { ScoreAggregate } from './scoring.ts';

/** `manage_defences`: plan, move and record the defence slots (答辩安排) of the panel's bids. */
export type PanelAction = PanelEvent | 'view' | 'add_member' | 'remove_member' | 'shortlist' | 'manage_defences';

export interface PanelPolicySubject {
  status: PanelStatus;
  programme: { id: string; tenantId: string };
}

/** Forming, opening, closing a panel and shortlisting are the programme officers' work; experts only score. */
export function canOnPanel(actor: Caller, _action: PanelAction, panel: PanelPolicySubject): boolean {
  return isProgrammeOfficer(actor, panel.programme);
}

/** The actions to offer now: membership changes while forming, the table's next step, shortlisting once closed. */
export function panelActions(actor: Caller, panel: PanelPolicySubject): PanelAction[] {
  const candidates: PanelAction[] = [...(panel.status === 'forming' ? (['add_member', 'remove_member'] as const) : []), ...panelLifecycle.eventsFrom(panel.status), ...(panel.status === 'closed' ? (['shortlist'] as const) : [])];
  return candidates.filter((action) => canOnPanel(actor, action, panel));
}

/** Experts join or leave a panel only while it is being formed, never once scoring started. */
export function assertPanelForming(status: PanelStatus): void {
  if (status !== 'forming') throw ruleViolation('review.panel_not_forming', `The panel is ${status}; its experts can change only while it is forming`);
}

/**
 * A panel opens for scoring only once every live invitation is answered (a declined or withdrawn seat does not
 * count) and enough experts accepted to give each bid the scores the policy requires.
 */
export function assertPanelCanOpen(seats: readonly { invitationStatus: InvitationStatus }[], minScoresPerBid: number): void {
  const pending = seats.filter((seat) => seat.invitationStatus === 'invited').length;
  if (pending) throw ruleViolation('review.invitations_pending', `${pending} expert(s) have not answered their invitation yet; scoring opens once every invited expert accepted or declined`, { pending });
  const accepted = seats.filter((seat) => seat.invitationStatus === 'accepted').length;
  if (accepted < minScoresPerBid) {
    throw ruleViolation('review.panel_too_small', `The panel has ${accepted} accepted experts; each bid needs ${minScoresPerBid} scores, so at least ${minScoresPerBid} experts must accept`, { accepted });
  }
}

/**
 * Only experts in the pool (an expert_reviewer grant) sit on panels. Whether they must recuse (回避) is decided by
 * `recusalReasons` (recusal.ts) against the whole challenge.
 */
export function assertInExpertPool(expert: { holdsExpertGrant: boolean }): void {
  if (!expert.holdsExpertGrant) throw ruleViolation('review.not_an_expert', 'The user is not in the expert pool (no expert_reviewer grant)');
}

/** Whether the caller is an expert at all; used to answer 403 (an expert off this panel) rather than 404. */
export const isExpert = (actor: Caller): boolean => hasRole(actor, 'expert_reviewer');

/** Scores are taken only while the panel is scoring. */
export function assertScoringOpen(panelStatus: PanelStatus): void {
  if (panelStatus !== 'scoring') throw ruleViolation('review.scoring_not_open', `The panel is ${panelStatus}; scores are taken only while it is scoring`);
}

/** Every bid under review has at least `minScoresPerBid` expert scores before anything is shortlisted. */
export function assertEnoughScores(bids: readonly { bidId: string; title: string; aggregate: Pick<ScoreAggregate, 'count'> }[], minScoresPerBid: number): void {
  const short = bids.filter((bid) => bid.aggregate.count < minScoresPerBid);
  if (short.length) {
    throw ruleViolation('review.insufficient_scores', `Each bid needs ${minScoresPerBid} expert scores; short: ${short.map((bid) => `${bid.title} (${bid.aggregate.count})`).join('、')}`, {
      bidIds: short.map((bid) => bid.bidId),
    });
  }
}

/** 入围: the best `maxShortlisted` by rank are shortlisted, the rest are not selected. */
export function splitShortlist<T extends { rank: number }>(ranked: readonly T[], maxShortlisted: number): { shortlisted: T[]; notSelected: T[] } {
  if (!Number.isInteger(maxShortlisted) || maxShortlisted < 1) throw new DomainError('RULE_VIOLATION', 'The programme allows no shortlisted bid', { rule: 'review.no_shortlist_places' });
  const ordered = [...ranked].sort((a, b) => a.rank - b.rank);
  return { shortlisted: ordered.slice(0, maxShortlisted), notSelected: ordered.slice(maxShortlisted) };
}
