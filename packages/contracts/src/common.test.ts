import { describe, expect, it } from 'vitest';
import { DateOnly, VersionedCommand } from './common.ts';

describe('shared field schemas keep values inside what the database stores', () => {
  it('accepts calendar dates from 1900 to 2999 only', () => {
    expect(DateOnly.safeParse('2027-03-31').success).toBe(true);
    expect(DateOnly.safeParse('0000-01-01').success).toBe(false);
    expect(DateOnly.safeParse('3000-01-01').success).toBe(false);
    expect(DateOnly.safeParse('2027-02-30').success).toBe(false);
  });

  it('bounds versions to a PostgreSQL integer', () => {
    expect(VersionedCommand.safeParse({ version: 2_147_483_647 }).success).toBe(true);
    expect(VersionedCommand.safeParse({ version: 2_147_483_648 }).success).toBe(false);
    expect(VersionedCommand.safeParse({}).success).toBe(true);
  });
});
