import { describe, expect, it } from 'vitest';
import { expertTierQualifies, MAJOR_PROJECT_THRESHOLD_FEN, requiredExpertTier } from './tier.ts';
import { yuan } from '../shared/money.ts';

describe('expert tier', () => {
  it('asks for the major pool from 1000万元 up', () => {
    expect(MAJOR_PROJECT_THRESHOLD_FEN).toBe(yuan(10_000_000));
    expect(requiredExpertTier(yuan(10_000_000) - 1)).toBe('general');
    expect(requiredExpertTier(yuan(10_000_000))).toBe('major');
    expect(requiredExpertTier(yuan(30_000_000))).toBe('major');
    expect(requiredExpertTier(0)).toBe('general');
  });

  it('lets major-pool experts review both, general-pool experts only general', () => {
    expect(expertTierQualifies('major', 'major')).toBe(true);
    expect(expertTierQualifies('major', 'general')).toBe(true);
    expect(expertTierQualifies('general', 'general')).toBe(true);
    expect(expertTierQualifies('general', 'major')).toBe(false);
  });
});
