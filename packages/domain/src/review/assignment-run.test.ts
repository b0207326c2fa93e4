import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import { assignmentRunActions, assignmentRunLifecycle, reviewWindowOf, seatDemand, seatExclusion, unavailableDuring, type SeatFacts } from './assignment-run.ts';

const programme = { id: 'p1', tenantId: 't1' };
const officer: Actor = { userId: 'u1', displayName: '王处长', tenantId: 't1', grants: [{ role: 'programme_owner', tenantId: 't1', organisationId: null, programmeId: 'p1' }] };
const expert: Actor = { userId: 'u2', displayName: '刘教授', tenantId: 't1', grants: [{ role: 'expert_reviewer', tenantId: 't1', organisationId: null, programmeId: null }] };

describe('assignment runs (专家遴选)', () => {
  it('is applied or discarded once, from proposed only', () => {
    expect(assignmentRunLifecycle.transition('proposed', 'apply')).toBe('applied');
    expect(assignmentRunLifecycle.transition('proposed', 'discard')).toBe('discarded');
    expect(() => assignmentRunLifecycle.transition('applied', 'discard')).toThrow(/does not accept/);
  });

  it('offers apply, discard and replay to the programme officer only', () => {
    expect(assignmentRunActions(officer, { status: 'proposed', programme })).toEqual(['apply', 'discard', 'replay']);
    expect(assignmentRunActions(officer, { status: 'applied', programme })).toEqual(['replay']);
    expect(assignmentRunActions(officer, { status: 'proposed', programme: { id: 'p2', tenantId: 't1' } })).toEqual([]);
    expect(assignmentRunActions(expert, { status: 'proposed', programme })).toEqual([]);
  });

  it('asks for the quota less the live seats, never below zero', () => {
    expect(seatDemand({ technical: 3, industry: 1, finance: 1, legal: 0 }, { technical: 1, finance: 2 })).toEqual({ technical: 2, industry: 1, finance: 0, legal: 0 });
  });

  it('finds an unavailability window meeting the review window, ends included', () => {
    const window = { from: '2026-03-01', to: '2026-03-15' };
    expect(unavailableDuring([{ from: '2026-02-20', to: '2026-03-01' }], window)).toBe(true);
    expect(unavailableDuring([{ from: '2026-03-15', to: '2026-04-01' }], window)).toBe(true);
    // 2026-02-28 17:00 UTC is already 1 March in Beijing.
    expect(reviewWindowOf(new Date('2026-02-28T17:00:00Z'))).toEqual({ from: '2026-03-01', to: '2026-03-15' });
    expect(unavailableDuring([{ from: '2026-02-01', to: '2026-02-28' }, { from: '2026-03-16', to: '2026-03-20' }], window)).toBe(false);
  });

  it('names the first reason a seat is refused, in the order a run counts them, and fails closed without recusal facts', () => {
    const clear: SeatFacts = { onPanel: false, unitOnPanel: false, capacityLeft: 1, unavailable: false, tierQualifies: true, recusalReasons: [] };
    expect(seatExclusion(clear)).toBeNull();
    expect(seatExclusion({ ...clear, recusalReasons: null })).toBe('recusal');
    expect(seatExclusion({ ...clear, recusalReasons: [{ kind: 'relative' }], tierQualifies: false })).toBe('tier');
    expect(seatExclusion({ ...clear, tierQualifies: false, unavailable: true })).toBe('unavailable');
    expect(seatExclusion({ ...clear, unavailable: true, capacityLeft: 0 })).toBe('no_capacity');
    expect(seatExclusion({ ...clear, capacityLeft: -1, unitOnPanel: true })).toBe('unit_on_panel');
    expect(seatExclusion({ ...clear, unitOnPanel: true, onPanel: true })).toBe('already_on_panel');
  });
});
