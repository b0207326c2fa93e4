import type { IndicatorVerdict } from '../types';

type Indicator = IndicatorVerdict['indicator'];

/** "≥ 95 %" for a value to reach, "≤ 0.5 mm" for one to stay under. */
export const formatLimit = (indicator: Pick<Indicator, 'direction' | 'unit'>, value: number): string =>
  `${indicator.direction === 'lower_is_better' ? '≤' : '≥'} ${formatMeasure(indicator, value)}`;

export const formatMeasure = (indicator: Pick<Indicator, 'unit'>, value: number): string => `${value}${indicator.unit ? ` ${indicator.unit}` : ''}`;
