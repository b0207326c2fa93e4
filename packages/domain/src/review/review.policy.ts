import { hasRole, isProgrammeOfficer, type Caller } from '../access/roles.ts';
import { DomainError, ruleViolation } from '../shared/domain-error.ts';
import { panelLifecycle, type PanelEvent, type PanelStatus } from './panel-lifecycle.ts';
import type { ScoreAggregate } from './scoring.ts';

export type PanelAction = PanelEvent | 'view' | 'add_member' | 'remove_member' | 'shortlist';

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

/** A panel opens for scoring only with enough experts to give each bid the scores the policy requires. */
export function assertPanelCanOpen(memberCount: number, minScoresPerBid: number): void {
  if (memberCount < minScoresPerBid) {
    throw ruleViolation('review.panel_too_small', `The panel has ${memberCount} experts; each bid needs ${minScoresPerBid} scores, so at least ${minScoresPerBid} experts are required`);
  }
}

export interface ExpertCandidate {
  holdsExpertGrant: boolean;
  /** The expert's own unit and every organisation the expert holds a grant for. */
  organisationIds: readonly string[];
}

/**
 * 回避 (recusal, 科学技术进步法 Art. 101): an expert may not review a challenge raised by their own unit (the
 * demander) or a challenge their unit bids for, as lead or consortium member. Only this same-unit rule is
 * automatic; kinship and co-authorship are self-declared outside the platform for now.
 */
export function assertNoConflictOfInterest(expert: ExpertCandidate, conflicts: { demanderOrgId: string | null; bidderOrgIds: readonly string[] }): void {
  if (!expert.holdsExpertGrant) throw ruleViolation('review.not_an_expert', 'The user is not in the expert pool (no expert_reviewer grant)');
  const own = new Set(expert.organisationIds);
  if (conflicts.demanderOrgId !== null && own.has(conflicts.demanderOrgId)) {
    throw ruleViolation('review.conflict_of_interest', 'The expert belongs to the demander of this challenge and must recuse (回避)');
  }
  if (conflicts.bidderOrgIds.some((orgId) => own.has(orgId))) {
    throw ruleViolation('review.conflict_of_interest', 'The expert’s organisation bids for this challenge (as lead or consortium member) and must recuse (回避)');
  }
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
