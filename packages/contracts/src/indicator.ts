import { z } from 'zod';
import { BasisPoints, NonEmpty } from './common.ts';

/** 考核指标 as data. Weights of one list sum to 10000. */
export const IndicatorInput = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower_snake_case, ≤ 40 characters'),
    name: NonEmpty(200),
    unit: z.string().trim().max(40).default(''),
    baseline: z.number().nullable().default(null),
    target: z.number(),
    threshold: z.number().nullable().default(null).describe('Least acceptable value: between threshold and target = passed with conditions'),
    weightBp: BasisPoints,
    direction: z.enum(['higher_is_better', 'lower_is_better']).default('higher_is_better'),
    testMethod: NonEmpty(1000),
  })
  .meta({ id: 'Indicator' });

export const IndicatorList = z
  .array(IndicatorInput)
  .min(1, 'at least one measurable indicator is required')
  .max(50)
  .superRefine((indicators, ctx) => {
    const total = indicators.reduce((sum, indicator) => sum + indicator.weightBp, 0);
    if (total !== 10_000) ctx.addIssue({ code: 'custom', message: `weights must sum to 10000 basis points, got ${total}` });
    const seen = new Set<string>();
    indicators.forEach((indicator, index) => {
      if (seen.has(indicator.key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: `duplicate key "${indicator.key}"` });
      seen.add(indicator.key);
    });
  });
