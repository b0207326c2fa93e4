import { describe, expect, it } from 'vitest';
import { splitComponents } from './components.ts';
import { tableInstance } from './testing/random-instance.ts';

describe('splitComponents', () => {
  it('splits the candidate graph into independent parts that keep demands, caps and the edge mapping', () => {
    // Bids 0 and 2 share expert 1; bid 1 only knows expert 3; bid 3 has no candidate; expert 2 has no edge.
    const instance = tableInstance(
      [
        [0.1, 0.2, null, null],
        [null, null, null, 0.3],
        [null, 0.4, null, null],
        [null, null, null, null],
      ],
      { demand: [1, 2, 1, 3], capacity: [1, 2, 3, 4] },
    );
    const split = splitComponents(instance, instance.edgeAffinity)!;
    expect(split.unreachableSeats).toBe(3);
    expect(split.parts).toHaveLength(2);
    const [first, second] = split.parts;
    expect(first!.instance).toMatchObject({ bidCount: 2, expertCount: 2 });
    expect([...first!.instance.bidRoleDemand]).toEqual([1, 1]);
    expect([...first!.instance.expertCapacity]).toEqual([1, 2]);
    expect([...first!.originalEdge]).toEqual([0, 1, 3]);
    expect([...first!.instance.edgeAffinity]).toEqual([0.1, 0.2, 0.4]);
    expect(second!.instance).toMatchObject({ bidCount: 1, expertCount: 1 });
    expect([...second!.instance.expertCapacity]).toEqual([4]);
    expect([...second!.originalEdge]).toEqual([2]);
  });

  it('returns null for a connected instance (nothing to split)', () => {
    expect(splitComponents(tableInstance([[0.1, 0.2], [0.3, null]], { demand: 1, capacity: 1 }), Float64Array.from([0.1, 0.2, 0.3]))).toBeNull();
  });
});
