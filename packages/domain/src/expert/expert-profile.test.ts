import { describe, expect, it } from 'vitest';
import { expertProfileIssues, expertProfileLifecycle, isCalendarDate, isUnavailableOn } from './expert-profile.ts';

describe('expert profile lifecycle', () => {
  it('admits or rejects an application, and suspends and reactivates an active expert', () => {
    expect(expertProfileLifecycle.transition('pending', 'approve')).toBe('active');
    expect(expertProfileLifecycle.transition('pending', 'reject')).toBe('rejected');
    expect(expertProfileLifecycle.transition('active', 'suspend')).toBe('suspended');
    expect(expertProfileLifecycle.transition('suspended', 'reactivate')).toBe('active');
    expect(expertProfileLifecycle.isTerminal('rejected')).toBe(true);
  });

  it('refuses to suspend an application or approve an active expert', () => {
    expect(() => expertProfileLifecycle.transition('pending', 'suspend')).toThrow(expect.objectContaining({ code: 'FORBIDDEN_TRANSITION', details: expect.objectContaining({ rule: 'expert_profile.suspend' }) }));
    expect(expertProfileLifecycle.next('active', 'approve')).toBeUndefined();
  });
});

describe('expert profile draft validation', () => {
  it('accepts a sound draft', () => {
    expect(expertProfileIssues({ panelRole: 'finance', tier: 'major', fieldCodes: ['C36', 'J67'], loadCap: 0, rating: 100, regionCode: '330200', unavailable: [{ from: '2026-12-01', to: '2026-12-01' }] })).toEqual([]);
  });

  it('names every bad field', () => {
    expect(
      expertProfileIssues({
        panelRole: 'demander',
        tier: 'gold',
        fieldCodes: ['C36', 'X99', 'C36'],
        loadCap: 101,
        rating: 80.5,
        regionCode: '33020',
        unavailable: [
          { from: '2026-12-10', to: '2026-12-01' },
          { from: '2026-02-30', to: 'soon' },
        ],
      }).map((issue) => issue.path),
    ).toEqual(['panelRole', 'tier', 'fieldCodes.1', 'fieldCodes.2', 'loadCap', 'rating', 'regionCode', 'unavailable.0.to', 'unavailable.1.from', 'unavailable.1.to']);
  });

  it('knows real calendar dates and whether a day falls in a window', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    const windows = [{ from: '2026-12-01', to: '2026-12-10' }];
    expect(isUnavailableOn(windows, '2026-12-10')).toBe(true);
    expect(isUnavailableOn(windows, '2026-12-11')).toBe(false);
  });
});
