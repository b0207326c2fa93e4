import { describe, expect, it } from 'vitest';
import { assertDeclarations, assertInvitationAnswerable, assertSeatAccepted, invitationActions, invitationLifecycle, isLiveSeat } from './invitation.ts';

describe('panel invitation (评审邀请)', () => {
  it('is answered once: accepted or declined, and the officer may withdraw an open or accepted seat', () => {
    expect(invitationLifecycle.transition('invited', 'accept')).toBe('accepted');
    expect(invitationLifecycle.transition('invited', 'decline')).toBe('declined');
    expect(invitationLifecycle.transition('accepted', 'withdraw')).toBe('withdrawn');
    expect(() => invitationLifecycle.transition('declined', 'accept')).toThrowError(expect.objectContaining({ code: 'FORBIDDEN_TRANSITION' }));
    expect(() => invitationLifecycle.transition('accepted', 'decline')).toThrowError(expect.objectContaining({ code: 'FORBIDDEN_TRANSITION' }));
  });

  it('offers the answers only to an open invitation of a panel still at work', () => {
    expect(invitationActions('invited', 'forming')).toEqual(['accept_invitation', 'decline_invitation']);
    expect(invitationActions('invited', 'scoring')).toEqual(['accept_invitation', 'decline_invitation']);
    expect(invitationActions('invited', 'closed')).toEqual([]);
    expect(invitationActions('accepted', 'forming')).toEqual([]);
    expect(() => assertInvitationAnswerable('closed')).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'review.panel_closed' }) }));
    expect(() => assertInvitationAnswerable('scoring')).not.toThrow();
  });

  it('needs both declarations to accept and names the one missing', () => {
    expect(() => assertDeclarations({ noConflictDeclared: true, confidentialityPledged: true })).not.toThrow();
    expect(() => assertDeclarations({ noConflictDeclared: false, confidentialityPledged: true })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ path: 'body.noConflictDeclared' })] } }),
    );
    expect(() => assertDeclarations({ noConflictDeclared: true, confidentialityPledged: false })).toThrowError(
      expect.objectContaining({ details: { issues: [expect.objectContaining({ path: 'body.confidentialityPledged' })] } }),
    );
  });

  it('lets only an accepted seat review, and counts only open and accepted seats', () => {
    expect(() => assertSeatAccepted('accepted')).not.toThrow();
    for (const status of ['invited', 'declined', 'withdrawn'] as const) {
      expect(() => assertSeatAccepted(status)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'review.invitation_not_accepted', invitationStatus: status }) }));
    }
    expect(['invited', 'accepted', 'declined', 'withdrawn'].filter((status) => isLiveSeat(status as 'invited'))).toEqual(['invited', 'accepted']);
  });
});
