import { describe, expect, it } from 'vitest';
import { budgetUnitFen, formatBasisPoints, formatBudget, formatYuan } from './money';

describe('formatYuan', () => {
  it('formats integer fen exactly, with thousands separators', () => {
    expect(formatYuan(123_456_789)).toBe('¥1,234,567.89');
    expect(formatYuan(300_000_000)).toBe('¥3,000,000');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(0)).toBe('¥0');
    expect(formatYuan(-1050)).toBe('-¥10.50');
  });

  it('keeps the largest safe amount exact', () => {
    expect(formatYuan(Number.MAX_SAFE_INTEGER)).toBe('¥90,071,992,547,409.91');
  });

  it('refuses non-integer fen', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
  });
});

describe('formatBudget', () => {
  it('quotes 万元 in Chinese', () => {
    expect(formatBudget(300_000_000, 'zh-CN')).toBe('300万元');
    expect(formatBudget(125_000_000, 'zh-CN')).toBe('125万元');
    expect(formatBudget(1_250_000, 'zh-CN')).toBe('1.25万元');
    expect(formatBudget(1_200_000, 'zh-CN')).toBe('1.2万元');
    expect(formatBudget(12_345_678_900, 'zh-CN')).toBe('12,345.68万元');
    expect(formatBudget(0, 'zh-CN')).toBe('0万元');
  });

  it('rounds half up to the hundredth of the unit', () => {
    expect(formatBudget(5_000, 'zh-CN')).toBe('0.01万元');
    expect(formatBudget(4_999, 'zh-CN')).toBe('0万元');
  });

  it('quotes millions of yuan in English', () => {
    expect(formatBudget(300_000_000, 'en')).toBe('¥3M');
    expect(formatBudget(12_000_000, 'en')).toBe('¥0.12M');
    expect(formatBudget(1_000_000_000_00, 'en')).toBe('¥1,000M');
  });

  it('converts filter values with the same unit', () => {
    expect(budgetUnitFen('zh-CN')).toBe(1_000_000);
    expect(budgetUnitFen('en')).toBe(100_000_000);
  });
});

describe('formatBasisPoints', () => {
  it('shows basis points as a percentage', () => {
    expect(formatBasisPoints(2000)).toBe('20%');
    expect(formatBasisPoints(1250)).toBe('12.5%');
    expect(formatBasisPoints(5)).toBe('0.05%');
  });
});
