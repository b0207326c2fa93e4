import { describe, expect, it } from 'vitest';
import { assertDefencesPlannable, beijingMinuteText, beijingSlotText, assertNoSlotOverlap, assertOutcomeRecordable, DEFENCE_DAY_MAX_MINUTES, defenceSlotActions, defenceSlotLifecycle, planDefenceSlots, slotsOverlap } from './defence.ts';

const now = new Date('2026-05-10T00:00:00Z');
// 09:00 in Beijing on 2026-05-12.
const startsAt = new Date('2026-05-12T01:00:00Z');
const plan = { startsAt, minutesEach: 30, gapMinutes: 10, format: 'onsite' as const, venue: '宁波市科技局 3 楼会议室' };
const bids = (n: number) => Array.from({ length: n }, (_, index) => `bid-${index + 1}`);
const time = (date: Date) => date.toISOString().slice(11, 16);

describe('defence plan (答辩安排)', () => {
  it('gives each bid its slot in order, with the gap between slots', () => {
    const slots = planDefenceSlots(bids(3), plan, now);
    expect(slots.map((slot) => [slot.bidId, time(slot.startsAt), time(slot.endsAt)])).toEqual([
      ['bid-1', '01:00', '01:30'],
      ['bid-2', '01:40', '02:10'],
      ['bid-3', '02:20', '02:50'],
    ]);
    expect(slots.every((slot) => slot.format === 'onsite' && slot.venue === '宁波市科技局 3 楼会议室')).toBe(true);
  });

  it('goes on the next day at the same hour once a day’s 8 hours are full', () => {
    const slots = planDefenceSlots(bids(8), { ...plan, minutesEach: 60, gapMinutes: 15 }, now);
    // 09:00, 10:15, 11:30, 12:45, 14:00, 15:15 (ends 16:15); 16:30–17:30 would end 8.5 h after 09:00.
    expect(slots.slice(0, 6).every((slot) => slot.startsAt.toISOString().startsWith('2026-05-12'))).toBe(true);
    expect(slots[6]!.startsAt.toISOString()).toBe('2026-05-13T01:00:00.000Z');
    expect(slots[7]!.startsAt.toISOString()).toBe('2026-05-13T02:15:00.000Z');
  });

  it('never overlaps and keeps every day within 8 hours, whatever the sizes', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let run = 0; run < 200; run += 1) {
      const minutesEach = 10 + Math.floor(next() * 171);
      const gapMinutes = Math.floor(next() * 61);
      const slots = planDefenceSlots(bids(1 + Math.floor(next() * 40)), { ...plan, minutesEach, gapMinutes }, now);
      for (const [index, slot] of slots.entries()) {
        expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(minutesEach * 60_000);
        const previous = slots[index - 1];
        if (previous) expect(slot.startsAt.getTime()).toBeGreaterThanOrEqual(previous.endsAt.getTime() + gapMinutes * 60_000);
        // Every slot lies within 8 hours of its day's first hour, which is the plan's start time of day.
        const sinceDayStart = (slot.endsAt.getTime() - startsAt.getTime()) % 86_400_000;
        expect(sinceDayStart / 60_000).toBeLessThanOrEqual(DEFENCE_DAY_MAX_MINUTES);
      }
      expect(slots.some((a) => slots.some((b) => a !== b && slotsOverlap(a, b)))).toBe(false);
    }
  });

  it.each([
    [{ startsAt: new Date('2026-05-09T00:00:00Z') }, 'body.startsAt'],
    [{ minutesEach: 5 }, 'body.minutesEach'],
    [{ minutesEach: 181 }, 'body.minutesEach'],
    [{ minutesEach: 30.5 }, 'body.minutesEach'],
    [{ gapMinutes: 61 }, 'body.gapMinutes'],
    [{ gapMinutes: -1 }, 'body.gapMinutes'],
    [{ venue: ' ' }, 'body.venue'],
  ])('refuses %o naming %s', (change, path) => {
    expect(() => planDefenceSlots(bids(2), { ...plan, ...change }, now)).toThrowError(expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ path })] } }));
  });

  it('needs at least one bid, each once, and lets an online defence go without a venue', () => {
    expect(() => planDefenceSlots([], plan, now)).toThrowError(expect.objectContaining({ details: { issues: [expect.objectContaining({ path: 'body.bidIds' })] } }));
    expect(() => planDefenceSlots(['a', 'a'], plan, now)).toThrowError(expect.objectContaining({ details: { issues: [expect.objectContaining({ path: 'body.bidIds' })] } }));
    expect(planDefenceSlots(['a'], { ...plan, format: 'online', venue: '' }, now)).toHaveLength(1);
  });
});

describe('defence slot', () => {
  const slot = (id: string, from: string, to: string, status: 'scheduled' | 'cancelled' = 'scheduled') => ({ id, startsAt: new Date(from), endsAt: new Date(to), status });

  it('may not be moved onto another live slot; a cancelled one or touching ends do not clash', () => {
    const others = [slot('a', '2026-05-12T01:00:00Z', '2026-05-12T01:30:00Z'), slot('b', '2026-05-12T02:00:00Z', '2026-05-12T02:30:00Z', 'cancelled')];
    expect(() => assertNoSlotOverlap(slot('x', '2026-05-12T01:20:00Z', '2026-05-12T01:50:00Z'), others)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'defence.slot_overlap', slotId: 'a' }) }));
    expect(() => assertNoSlotOverlap(slot('x', '2026-05-12T01:30:00Z', '2026-05-12T02:10:00Z'), others)).not.toThrow();
    expect(() => assertNoSlotOverlap(slot('a', '2026-05-12T01:10:00Z', '2026-05-12T01:40:00Z'), others)).not.toThrow();
  });

  it('ends held, absent or cancelled; held and absent only once its time has come', () => {
    expect(defenceSlotLifecycle.transition('scheduled', 'hold')).toBe('held');
    expect(defenceSlotLifecycle.transition('scheduled', 'mark_absent')).toBe('absent');
    expect(() => defenceSlotLifecycle.transition('held', 'cancel')).toThrowError(expect.objectContaining({ code: 'FORBIDDEN_TRANSITION' }));
    expect(() => assertOutcomeRecordable('held', startsAt, now)).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'defence.not_started' }) }));
    expect(() => assertOutcomeRecordable('cancelled', startsAt, now)).not.toThrow();
    expect(() => assertOutcomeRecordable('absent', startsAt, new Date('2026-05-12T01:05:00Z'))).not.toThrow();
    expect(defenceSlotActions('scheduled', true)).toEqual(['update', 'record_outcome']);
    expect(defenceSlotActions('held', true)).toEqual([]);
    expect(defenceSlotActions('scheduled', false)).toEqual([]);
  });

  it('names its time in Beijing for notifications', () => {
    expect(beijingMinuteText(new Date('2026-05-12T17:30:00Z'))).toBe('2026-05-13 01:30');
    expect(beijingSlotText(new Date('2026-05-12T01:00:00Z'), new Date('2026-05-12T01:30:00Z'))).toBe('2026-05-12 09:00–09:30（北京时间）');
    expect(beijingSlotText(new Date('2026-05-12T15:30:00Z'), new Date('2026-05-12T16:30:00Z'))).toBe('2026-05-12 23:30–2026-05-13 00:30（北京时间）');
  });

  it('is planned only once the panel left forming', () => {
    expect(() => assertDefencesPlannable('forming')).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'defence.panel_forming' }) }));
    expect(() => assertDefencesPlannable('closed')).not.toThrow();
  });
});
