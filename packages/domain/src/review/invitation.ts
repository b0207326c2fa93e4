import { defineLifecycle } from '../shared/lifecycle.ts';
import { invalidField, ruleViolation } from '../shared/domain-error.ts';
import type { PanelStatus } from './panel-lifecycle.ts';

/**
 * 评审邀请: a seat on a panel is an invitation until the expert answers it. Accepting carries the expert's
 * self-declaration (no recusal situation, confidentiality); declining may declare a conflict, which then counts as
 * a recusal reason for the whole challenge. The officer withdraws a seat to replace the expert (候补).
 */
export const INVITATION_STATUSES = ['invited', 'accepted', 'declined', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const INVITATION_EVENTS = ['accept', 'decline', 'withdraw'] as const;
export type InvitationEvent = (typeof INVITATION_EVENTS)[number];

export const invitationLifecycle = defineLifecycle<InvitationStatus, InvitationEvent>('panel_invitation', INVITATION_EVENTS, {
  invited: { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' },
  accepted: { withdraw: 'withdrawn' },
  declined: {},
  withdrawn: {},
});

export type InvitationAction = 'accept_invitation' | 'decline_invitation';

/**
 * The declaration an expert signs by accepting, as shown to them. Its version is audited with every acceptance,
 * so a later change of wording never rewrites what an earlier expert agreed to.
 */
export const EXPERT_DECLARATION = {
  version: '2026-01',
  noConflict: '本人与该榜单的需求方、揭榜单位及其人员不存在回避情形（任职、兼职、投资、近亲属、近三年合作或师生关系等），如评审中发现，将立即申请回避。',
  confidentiality: '本人承诺对评审材料和结果保密，不复制、不外传、不向任何人透露评审内容及其他专家的意见，不私下接触揭榜单位。',
} as const;

/** Seats that still count: a declined or withdrawn seat is as if it never was. */
export const isLiveSeat = (status: InvitationStatus): boolean => status === 'invited' || status === 'accepted';

/** An invitation is answered while the panel has not finished scoring (an alternate may join an open panel). */
export function assertInvitationAnswerable(panelStatus: PanelStatus): void {
  if (panelStatus === 'closed') throw ruleViolation('review.panel_closed', 'The panel has finished scoring; its invitations can no longer be answered');
}

/** Accepting means both declarations are made; the error names the one missing. */
export function assertDeclarations(input: { noConflictDeclared: boolean; confidentialityPledged: boolean }): void {
  if (input.noConflictDeclared !== true) throw invalidField('body.noConflictDeclared', 'must be true: declare that no recusal situation exists, or decline the invitation');
  if (input.confidentialityPledged !== true) throw invalidField('body.confidentialityPledged', 'must be true: the confidentiality pledge is required to review');
}

/** An expert sees the bids and scores only on a seat they accepted. */
export function assertSeatAccepted(status: InvitationStatus): void {
  if (status !== 'accepted') throw ruleViolation('review.invitation_not_accepted', `Your invitation to this panel is ${status}; accept it before reviewing its bids`, { invitationStatus: status });
}

/** What the invited expert may answer now. */
export function invitationActions(status: InvitationStatus, panelStatus: PanelStatus): InvitationAction[] {
  if (panelStatus === 'closed') return [];
  return [...(invitationLifecycle.next(status, 'accept') ? (['accept_invitation'] as const) : []), ...(invitationLifecycle.next(status, 'decline') ? (['decline_invitation'] as const) : [])];
}
