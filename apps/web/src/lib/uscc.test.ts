import { describe, expect, it } from 'vitest';
import { checkUscc, isValidUscc, usccCheckCharacter, usccRegionCode } from './uscc';

// The same vectors as packages/domain/src/organisation/uscc.test.ts: this file is a browser copy of that check.
describe('统一社会信用代码 (GB 32100-2015), browser copy', () => {
  it.each(['91350100M000100Y43', '91110000802100433B'])('accepts %s', (code) => {
    expect(checkUscc(code)).toBeUndefined();
  });

  it('computes the check character, including the 31 → 0 wrap', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(usccCheckCharacter('91110000802100433')).toBe('B');
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
