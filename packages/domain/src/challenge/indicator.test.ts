import { describe, expect, it } from 'vitest';
import { assertIndicators, judgeIndicator, type Indicator } from './indicator.ts';

const accuracy: Indicator = { key: 'accuracy', name: '识别准确率', unit: '%', baseline: 85, target: 98, threshold: 95, weightBp: 6000, direction: 'higher_is_better', testMethod: '第三方测试' };
const latency: Indicator = { key: 'latency', name: '时延', unit: 'ms', baseline: 200, target: 50, threshold: 80, weightBp: 4000, direction: 'lower_is_better', testMethod: '现场测试' };

describe('indicators as data', () => {
  it('accepts a weighted list summing to 100%', () => {
    expect(() => assertIndicators([accuracy, latency])).not.toThrow();
  });

  it('names the failing field', () => {
    expect(() => assertIndicators([])).toThrow(/indicators: at least one/);
    expect(() => assertIndicators([accuracy, { ...latency, key: 'accuracy' }])).toThrow(/indicators\.1\.key/);
    expect(() => assertIndicators([accuracy, { ...latency, weightBp: 3000 }])).toThrow(/sum to 10000/);
    expect(() => assertIndicators([{ ...accuracy, threshold: 99 }, latency])).toThrow(/indicators\.0\.threshold/);
  });

  it('judges a measured value against target and threshold in the right direction', () => {
    expect(judgeIndicator(accuracy, 98.5)).toBe('passed');
    expect(judgeIndicator(accuracy, 96)).toBe('passed_with_conditions');
    expect(judgeIndicator(accuracy, 90)).toBe('failed');
    expect(judgeIndicator(latency, 45)).toBe('passed');
    expect(judgeIndicator(latency, 70)).toBe('passed_with_conditions');
    expect(judgeIndicator(latency, 120)).toBe('failed');
    expect(judgeIndicator({ ...latency, threshold: null }, 70)).toBe('failed');
  });
});
