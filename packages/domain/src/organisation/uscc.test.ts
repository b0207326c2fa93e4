import { describe, expect, it } from 'vitest';
import { checkUscc, isValidUscc, usccCheckCharacter, usccRegionCode } from './uscc.ts';
import { assertOrganisationIdentity, regionWithin } from './organisation.ts';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  // The standard's worked example and a published enterprise code.
  it.each(['91350100M000100Y43', '91110000802100433B'])('accepts %s', (code) => {
    expect(checkUscc(code)).toBeUndefined();
  });

  it('computes the check character, including the 31 → 0 wrap', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(usccCheckCharacter('91110000802100433')).toBe('B');
    // weighted sum ≡ 0 (mod 31): 31 − 0 = 31 wraps to the character for 0
    expect(usccCheckCharacter('91330200MA2000020')).toBe('0');
  });

  it('rejects a wrong check character, a wrong length and letters outside the alphabet', () => {
    expect(checkUscc('91350100M000100Y44')).toBe('check_character');
    expect(checkUscc('91350100M000100Y4')).toBe('length');
    expect(checkUscc('91350100M000100YI3')).toBe('alphabet');
    expect(checkUscc('91350100m000100Y43')).toBe('alphabet');
    expect(isValidUscc('')).toBe(false);
  });

  it('catches every single-character substitution', () => {
    const code = '91350100M000100Y43';
    for (let i = 0; i < 17; i += 1) {
      const replaced = code[i] === '0' ? '1' : '0';
      expect(isValidUscc(code.slice(0, i) + replaced + code.slice(i + 1))).toBe(false);
    }
  });

  it('reads the region from characters 3–8', () => {
    expect(usccRegionCode('91330200MA20000200')).toBe('330200');
  });
});

describe('organisation identity', () => {
  it('needs a valid USCC and division code at home, a registration number abroad', () => {
    expect(() => assertOrganisationIdentity({ uscc: '91350100M000100Y43', regionCode: '350100' })).not.toThrow();
    expect(() => assertOrganisationIdentity({ uscc: '91350100M000100Y44', regionCode: '350100' })).toThrow(/check character/);
    expect(() => assertOrganisationIdentity({ uscc: '91350100M000100Y43', regionCode: '35010' })).toThrow(/regionCode/);
    expect(() => assertOrganisationIdentity({ countryCode: 'DE', foreignRegistrationNumber: 'HRB 12345' })).not.toThrow();
    expect(() => assertOrganisationIdentity({ countryCode: 'DE' })).toThrow(/foreignRegistrationNumber/);
  });

  it('places a county in its prefecture and province', () => {
    expect(regionWithin('330212', '330200')).toBe(true);
    expect(regionWithin('330212', '330000')).toBe(true);
    expect(regionWithin('330212', '210000')).toBe(false);
    expect(regionWithin('330212', '330212')).toBe(true);
    expect(regionWithin('330213', '330212')).toBe(false);
  });
});
