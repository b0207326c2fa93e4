/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state PRNG with full period 2^32, passing PractRand to
 * 2^32 outputs. Small, fast and identical on every platform (pure 32-bit integer arithmetic via Math.imul), which
 * is what a replayable draw needs: the recorded seed reproduces the draw bit for bit.
 *
 * `nextUint32()` returns an integer in [0, 2^32); `next()` a dyadic double in [0, 1) (a multiple of 2^-32).
 */
export interface Prng {
  nextUint32(): number;
  next(): number;
}

export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return { nextUint32, next: () => nextUint32() / 4294967296 };
}
