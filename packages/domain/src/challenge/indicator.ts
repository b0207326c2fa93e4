import { invalidField } from '../shared/domain-error.ts';

/**
 * 考核指标: a measurable indicator, held as data so acceptance can judge each one.
 * `direction` says which way is better: a detection accuracy ≥ target, a latency ≤ target.
 */
export interface Indicator {
  key: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  /** The least acceptable value (passed_with_conditions between threshold and target). */
  threshold: number | null;
  /** Weight in basis points; a challenge's weights sum to 10,000. */
  weightBp: number;
  direction: 'higher_is_better' | 'lower_is_better';
  testMethod: string;
}

export function assertIndicators(indicators: readonly Indicator[], path = 'indicators'): void {
  if (indicators.length === 0) throw invalidField(path, 'at least one measurable indicator is required');
  const keys = new Set<string>();
  indicators.forEach((indicator, index) => {
    if (keys.has(indicator.key)) throw invalidField(`${path}.${index}.key`, `duplicate indicator key "${indicator.key}"`);
    keys.add(indicator.key);
    if (indicator.threshold !== null) {
      const wrongSide = indicator.direction === 'higher_is_better' ? indicator.threshold > indicator.target : indicator.threshold < indicator.target;
      if (wrongSide) throw invalidField(`${path}.${index}.threshold`, 'must lie between the baseline side and the target');
    }
  });
  const totalWeight = indicators.reduce((sum, indicator) => sum + indicator.weightBp, 0);
  if (totalWeight !== 10_000) throw invalidField(path, `weights must sum to 10000 basis points (100%), got ${totalWeight}`);
}

/** The verdict a measured value earns against an indicator: target met, threshold met, or failed. */
export function judgeIndicator(indicator: Indicator, measured: number): 'passed' | 'passed_with_conditions' | 'failed' {
  const meets = (limit: number) => (indicator.direction === 'higher_is_better' ? measured >= limit : measured <= limit);
  if (meets(indicator.target)) return 'passed';
  if (indicator.threshold !== null && meets(indicator.threshold)) return 'passed_with_conditions';
  return 'failed';
}
