import { describe, expect, it } from 'vitest';
import { acceptanceLifecycle, payoutLifecycle } from '../acceptance/acceptance.ts';
import { bidLifecycle } from '../bid/bid-lifecycle.ts';
import { challengeLifecycle } from '../challenge/challenge-lifecycle.ts';
import { changeRequestLifecycle, expenseLifecycle } from '../contract/change-request.ts';
import { contractLifecycle, milestoneLifecycle, trancheLifecycle } from '../contract/contract-lifecycle.ts';
import { failureReviewLifecycle } from '../failure/failure-review.ts';
import { needLifecycle } from '../need/need-lifecycle.ts';
import { noticeLifecycle, objectionLifecycle } from '../notice/notice-lifecycle.ts';
import { programmeLifecycle } from '../programme/programme-lifecycle.ts';
import { panelLifecycle } from '../review/panel-lifecycle.ts';
import type { Lifecycle } from './lifecycle.ts';

/** Every lifecycle with its initial status(es): statuses a new row may be created in. */
const LIFECYCLES: [Lifecycle<string, string>, string[]][] = [
  [programmeLifecycle, ['draft']],
  [needLifecycle, ['draft']],
  [challengeLifecycle, ['drafting']],
  [bidLifecycle, ['draft']],
  [panelLifecycle, ['forming']],
  [noticeLifecycle, ['open']],
  [objectionLifecycle, ['filed']],
  [contractLifecycle, ['negotiation']],
  [milestoneLifecycle, ['pending']],
  [trancheLifecycle, ['locked', 'unlocked']],
  [changeRequestLifecycle, ['filed', 'pending_approval']],
  [expenseLifecycle, ['submitted']],
  [acceptanceLifecycle, ['open']],
  [payoutLifecycle, ['computed']],
  [failureReviewLifecycle, ['open']],
];

describe.each(LIFECYCLES)('lifecycle %s', (lifecycle, initial) => {
  const edges = lifecycle.statuses.flatMap((from) => lifecycle.events.flatMap((event) => {
    const to = lifecycle.next(from, event);
    return to === undefined ? [] : [[from, event, to] as const];
  }));
  const missing = lifecycle.statuses.flatMap((from) => lifecycle.events.filter((event) => lifecycle.next(from, event) === undefined).map((event) => [from, event] as const));

  it('allows every listed transition and lands on a known status', () => {
    expect(edges.length).toBeGreaterThan(0);
    for (const [from, event, to] of edges) {
      expect(lifecycle.transition(from, event)).toBe(to);
      expect(lifecycle.statuses).toContain(to);
    }
  });

  it('refuses every unlisted transition with FORBIDDEN_TRANSITION naming the rule', () => {
    for (const [from, event] of missing) {
      let thrown: unknown;
      try {
        lifecycle.transition(from, event);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'FORBIDDEN_TRANSITION', kind: 'conflict', details: { rule: `${lifecycle.aggregate}.${event}`, from, event } });
    }
  });

  it('reaches every status from its initial status(es)', () => {
    const reached = new Set(initial);
    const queue = [...initial];
    while (queue.length) {
      const from = queue.shift() as string;
      for (const to of lifecycle.eventsFrom(from).map((event) => lifecycle.next(from, event) as string)) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    expect([...reached].sort()).toEqual([...lifecycle.statuses].sort());
  });

  it('uses every event somewhere, and terminal statuses accept nothing', () => {
    for (const event of lifecycle.events) expect(edges.some(([, e]) => e === event)).toBe(true);
    for (const status of lifecycle.statuses.filter((s) => lifecycle.isTerminal(s))) expect(lifecycle.eventsFrom(status)).toEqual([]);
  });
});

describe('lifecycle specifics from the programme rules', () => {
  it('challenge: cancel from every non-terminal status, and no re-opening of a 流榜', () => {
    for (const status of challengeLifecycle.statuses.filter((s) => !challengeLifecycle.isTerminal(s))) {
      expect(challengeLifecycle.next(status, 'cancel')).toBe('cancelled');
    }
    expect(challengeLifecycle.eventsFrom('no_award')).toEqual([]);
  });

  it('milestone: remediation goes back to review, termination is final', () => {
    expect(milestoneLifecycle.transition('submitted', 'require_remediation')).toBe('remediation');
    expect(milestoneLifecycle.transition('remediation', 'submit_report')).toBe('submitted');
    expect(milestoneLifecycle.isTerminal('terminated')).toBe(true);
  });

  it('tranche: a locked tranche cannot be paid', () => {
    expect(() => trancheLifecycle.transition('locked', 'pay')).toThrow(/does not accept "pay"/);
  });
});
