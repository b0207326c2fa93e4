import { describe, expect, it } from 'vitest';
import { resultDifferences, snapshotDigest, solveSnapshot, type AssignmentSnapshot } from './assignment-snapshot.ts';

const expert = (userId: string, role: 'technical' | 'finance', capacity: number) => ({ userId, role, loadCap: capacity, openSeats: 0, capacity });

/** Two challenges, each wanting one technical and one finance expert; e1 is best everywhere but takes one seat. */
const snapshot = (overrides: Partial<AssignmentSnapshot> = {}): AssignmentSnapshot => ({
  format: 1,
  programmeId: 'p',
  mode: 'optimal',
  seed: null,
  quotas: { technical: 1, industry: 0, finance: 1, legal: 0 },
  reviewWindow: { from: '2026-03-02', to: '2026-03-16' },
  roles: ['technical', 'industry', 'finance', 'legal'],
  experts: [expert('e1', 'technical', 1), expert('e2', 'technical', 2), expert('e3', 'technical', 2), expert('e4', 'technical', 2), expert('f1', 'finance', 2)],
  items: [
    { challengeId: 'c1', panelId: 'p1', panelVersion: 1, demand: { technical: 1, industry: 0, finance: 1, legal: 0 }, candidates: [[0, 0.9], [1, 0.5], [2, 0.4], [3, 0.3], [4, 0.2]] },
    { challengeId: 'c2', panelId: 'p2', panelVersion: 1, demand: { technical: 1, industry: 0, finance: 1, legal: 0 }, candidates: [[0, 0.8], [1, 0.7], [2, 0.1], [4, 0.6]] },
  ],
  exclusions: { already_on_panel: 0, unavailable: 0, tier: 0, recusal: 0, no_capacity: 0 },
  ...overrides,
});

describe('assignment snapshot: solve, alternates, replay', () => {
  it('seats the optimum and ranks the alternates by affinity among experts with capacity left', () => {
    const { result, objective, shortfall } = solveSnapshot(snapshot());
    // e1 (cap 1) goes where it gains most over the next best: c1 (0.9 vs 0.5) beats c2 (0.8 vs 0.7).
    expect(result.panels.map((panel) => panel.seats.map((seat) => seat.expertUserId))).toEqual([
      ['e1', 'f1'],
      ['e2', 'f1'],
    ]);
    expect(objective).toBe(2.4); // 0.9 + 0.2 + 0.7 + 0.6
    expect(shortfall).toBe(0);
    // e1 has no capacity left, so it is nobody's alternate; finance has no alternate at all.
    expect(result.panels[0]!.alternates.map((alternate) => [alternate.expertUserId, alternate.rank])).toEqual([
      ['e2', 1],
      ['e3', 2],
      ['e4', 3],
    ]);
    expect(result.panels[1]!.alternates.map((alternate) => alternate.expertUserId)).toEqual(['e3']);
  });

  it('orders a draw’s alternates by the draw itself, so the same seed gives the same alternates', () => {
    const drawn = (seed: number) => solveSnapshot(snapshot({ mode: 'random', seed })).result;
    expect(drawn(11)).toEqual(drawn(11));
    const seeds = Array.from({ length: 12 }, (_, seed) => drawn(seed).panels[0]!.alternates.map((alternate) => alternate.expertUserId).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
    expect(resultDifferences(drawn(11), drawn(11))).toEqual([]);
  });

  it('names what a replay changed', () => {
    const recorded = solveSnapshot(snapshot()).result;
    const changed = structuredClone(recorded);
    changed.panels[1]!.seats[0]!.expertUserId = 'e3';
    expect(resultDifferences(recorded, changed)).toEqual(['challenge c2: seat technical:e2 not drawn again', 'challenge c2: seat technical:e3 drawn only by the replay']);
  });

  it('digests the snapshot independently of key order, and any change of input changes it', () => {
    const base = snapshot();
    // Keys in reverse order, as a jsonb round trip may return them.
    const reordered = Object.fromEntries(Object.entries(structuredClone(base)).reverse()) as unknown as AssignmentSnapshot;
    expect(Object.keys(reordered)[0]).toBe('exclusions');
    expect(snapshotDigest(reordered)).toBe(snapshotDigest(base));
    expect(snapshotDigest(snapshot({ seed: 1 }))).not.toBe(snapshotDigest(base));
    expect(snapshotDigest(base)).toMatch(/^[0-9a-f]{64}$/);
  });
});
