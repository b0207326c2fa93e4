import { describe, expect, it } from 'vitest';
import { changedContent, contentOf, emptyValues, formFieldOf, isCreatable, percentToBp, shareTotalBp, unscale, wanToFen } from './draft-values';

const indicators = [{ key: 'accuracy', name: '准确率', unit: '%', baseline: 90, target: 99, threshold: 97, weightBp: 10000, direction: 'higher_is_better' as const, testMethod: '' }];

describe('bid form values', () => {
  it('converts 万元 to fen and % to basis points exactly, refusing extra decimals', () => {
    expect(wanToFen('300')).toBe(300_000_000);
    expect(wanToFen('12.34')).toBe(12_340_000);
    expect(wanToFen('0.000001')).toBe(1);
    expect(wanToFen('0.0000001')).toBeNull();
    expect(wanToFen('abc')).toBeNull();
    expect(wanToFen(0.1)).toBe(100_000);
    expect(percentToBp('33.33')).toBe(3333);
    expect(percentToBp('12.5')).toBe(1250);
    expect(percentToBp('12.345')).toBeNull();
    expect(unscale(12_340_000, 6)).toBe('12.34');
    expect(unscale(1250, 2)).toBe('12.5');
  });

  it('totals the shares and tells when the draft can be created', () => {
    const values = { ...emptyValues(indicators, 'o1', 'u1'), leadSharePct: '60', members: [{ organisationId: 'o2', organisationName: 'B', task: '测试', sharePct: '40' }] };
    expect(shareTotalBp(values)).toBe(10_000);
    expect(isCreatable(values)).toBe(false);
    const complete = { ...values, title: '方案', technicalProposal: '路线', leadTask: '总体', budgetWan: '300', indicatorCommitments: [{ indicatorKey: 'accuracy', committedValue: '98.5', note: '' }] };
    expect(isCreatable(complete)).toBe(true);
    expect(contentOf(complete)).toMatchObject({ budgetFen: 300_000_000, leadBudgetShareBp: 6000, indicatorCommitments: [{ indicatorKey: 'accuracy', committedValue: 98.5 }], members: [{ organisationId: 'o2', budgetShareBp: 4000 }] });
  });

  it('patches only what changed (an unchanged commitment must not void the PI signature)', () => {
    const values = { ...emptyValues(indicators, 'o1', 'u1'), title: '方案', budgetWan: '300', indicatorCommitments: [{ indicatorKey: 'accuracy', committedValue: 98, note: '' }] };
    const saved = contentOf(values);
    expect(changedContent({ ...values, title: '新方案' }, saved)).toEqual({ title: '新方案' });
    expect(changedContent(values, saved)).toEqual({});
  });

  it('maps server paths to form fields', () => {
    expect(formFieldOf('budgetFen')).toEqual(['budgetWan']);
    expect(formFieldOf('members.1.budgetShareBp')).toEqual(['members', 1, 'sharePct']);
    expect(formFieldOf('indicatorCommitments.0.committedValue')).toEqual(['indicatorCommitments', 0, 'committedValue']);
  });
});
