import { describe, expect, it } from 'vitest';
import { buildNetwork, costScale } from './network.ts';
import { tableInstance } from './testing/random-instance.ts';

const scaleOf = (values: number[], totalDemand = 10) => costScale(Float64Array.from(values), Math.min(...values), Math.max(...values), totalDemand);

describe('costScale', () => {
  it('uses the smallest decimal or dyadic grid the affinities lie on, so costs are exact integers', () => {
    expect(scaleOf([0.25, 0.5, 1, 0])).toEqual({ scale: 4, exact: true });
    expect(scaleOf([0.413, 0.652, 0.25])).toEqual({ scale: 1000, exact: true });
    expect(scaleOf([3, 7, 12])).toEqual({ scale: 1, exact: true });
    expect(scaleOf([1 / 2 ** 32, 5 / 2 ** 32, 0.5])).toEqual({ scale: 2 ** 32, exact: true });
  });

  it('falls back to the largest power of two within the exact-integer budget for arbitrary floats', () => {
    const { scale, exact } = scaleOf([Math.PI / 10, Math.E / 10, 0.1 * Math.SQRT2], 100_000);
    expect(exact).toBe(false);
    expect(Number.isInteger(Math.log2(scale))).toBe(true);
    expect((Math.PI / 10 - 0.1 * Math.SQRT2) * scale * (100_000 + 2)).toBeLessThanOrEqual(2 ** 49);
    expect(scale).toBeGreaterThan(2 ** 20);
  });

  it('declines a grid whose costs would leave the budget (a million seats in millionths)', () => {
    expect(scaleOf([0.000001, 1], 10 ** 9)).toMatchObject({ exact: false });
  });
});

describe('buildNetwork', () => {
  it('turns affinities into integer costs from the best one and groups edges by (bid, role)', () => {
    const net = buildNetwork(tableInstance([[0.75, 0.25], [null, 0.5]], { demand: [1, 1], capacity: [1, 2] }), Float64Array.from([0.75, 0.25, 0.5]));
    expect(net.scale).toBe(4);
    expect([...net.cost]).toEqual([0, 2, 1]);
    expect(net.maxCost).toBe(2);
    expect([...net.uStart]).toEqual([0, 2, 3]);
    expect([...net.slotStart]).toEqual([0, 1, 3]);
  });
});
