import type { AssignmentInstance } from '../instance.ts';
import { mulberry32 } from '../prng.ts';

export interface RandomInstanceShape {
  maxBids: number;
  maxExperts: number;
  maxRoles: number;
}

/**
 * A small random instance for property tests: 1–3 roles, per-role demands 0–2, load caps 0–3, each (bid, expert)
 * pair a candidate with probability 0.3–1 (the missing pairs are conflicts), affinities either from the real data's
 * values {0, 0.25, 0.5, 1} (many ties) or arbitrary floats (negative ones included).
 */
export function randomInstance(seed: number, shape: RandomInstanceShape = { maxBids: 8, maxExperts: 12, maxRoles: 3 }): AssignmentInstance {
  const rng = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));
  const bidCount = int(1, shape.maxBids);
  const expertCount = int(1, shape.maxExperts);
  const roleCount = int(1, shape.maxRoles);
  const density = 0.3 + 0.7 * rng.next();
  const discrete = rng.next() < 0.5;
  const expertRole = new Uint8Array(expertCount).map(() => int(0, roleCount - 1));
  const expertCapacity = new Int32Array(expertCount).map(() => int(0, 3));
  const bidRoleDemand = new Int32Array(bidCount * roleCount).map(() => int(0, 2));
  const edges = randomEdges(rng, int, bidCount, expertCount, density, discrete);
  return { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, ...edges };
}

/**
 * The candidate edges of a random instance, in CSR: each (bid, expert) pair with probability `density`, with an
 * affinity from the real data's values {0, 0.25, 0.5, 1} when `discrete`, else a float in [−0.3, 1.7).
 */
function randomEdges(rng: { next(): number }, int: (lo: number, hi: number) => number, bidCount: number, expertCount: number, density: number, discrete: boolean) {
  const edgeStart = new Int32Array(bidCount + 1);
  const experts: number[] = [];
  const affinities: number[] = [];
  for (let b = 0; b < bidCount; b++) {
    for (let e = 0; e < expertCount; e++) {
      if (rng.next() >= density) continue;
      experts.push(e);
      affinities.push(discrete ? [0, 0.25, 0.5, 1][int(0, 3)]! : rng.next() * 2 - 0.3);
    }
    edgeStart[b + 1] = experts.length;
  }
  return { edgeStart, edgeExpert: Int32Array.from(experts), edgeAffinity: Float64Array.from(affinities) };
}

/** Builds an instance from a dense table of affinities (null = no edge), one role. */
export function tableInstance(rows: readonly (readonly (number | null)[])[], options: { demand: number | readonly number[]; capacity: number | readonly number[] }): AssignmentInstance {
  const bidCount = rows.length;
  const expertCount = rows[0]?.length ?? 0;
  const edgeStart = new Int32Array(bidCount + 1);
  const experts: number[] = [];
  const affinities: number[] = [];
  rows.forEach((row, b) => {
    row.forEach((value, e) => {
      if (value === null) return;
      experts.push(e);
      affinities.push(value);
    });
    edgeStart[b + 1] = experts.length;
  });
  const per = (value: number | readonly number[], count: number) => Int32Array.from({ length: count }, (_, i) => (typeof value === 'number' ? value : value[i]!));
  return {
    bidCount,
    expertCount,
    roleCount: 1,
    expertRole: new Uint8Array(expertCount),
    expertCapacity: per(options.capacity, expertCount),
    bidRoleDemand: per(options.demand, bidCount),
    edgeStart,
    edgeExpert: Int32Array.from(experts),
    edgeAffinity: Float64Array.from(affinities),
  };
}

/**
 * A small "popular experts" instance: every bid scores experts by one shared rating plus a little noise, keeps its
 * top `k` non-conflicted ones, caps are 0–1 and supply is about the demand, so most bids compete for the same
 * experts and many seats stay empty — the regime that sends the solver to its maximum-flow and cost-scaling stages.
 */
export function popularInstance(seed: number): AssignmentInstance {
  const rng = mulberry32(seed ^ 0x9e3779b9);
  const int = (lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));
  const bidCount = int(2, 14);
  const roleCount = int(1, 2);
  const expertCount = int(3, 30);
  const k = int(1, Math.min(8, expertCount));
  const discrete = rng.next() < 0.5;
  const rating = Array.from({ length: expertCount }, () => (discrete ? int(0, 20) / 20 : rng.next()));
  const expertRole = new Uint8Array(expertCount).map(() => int(0, roleCount - 1));
  const expertCapacity = new Int32Array(expertCount).map(() => (rng.next() < 0.9 ? 1 : int(0, 2)));
  const bidRoleDemand = new Int32Array(bidCount * roleCount).map(() => int(0, 2));
  const edgeStart = new Int32Array(bidCount + 1);
  const experts: number[] = [];
  const affinities: number[] = [];
  for (let b = 0; b < bidCount; b++) {
    const scored: { e: number; a: number }[] = [];
    for (let e = 0; e < expertCount; e++) {
      if (rng.next() < 0.1) continue; // a conflict of interest
      const noise = discrete ? int(0, 4) / 20 : 0.3 * rng.next();
      scored.push({ e, a: rating[e]! + noise });
    }
    scored.sort((x, y) => y.a - x.a || x.e - y.e);
    for (const { e, a } of scored.slice(0, k).sort((x, y) => x.e - y.e)) {
      experts.push(e);
      affinities.push(a);
    }
    edgeStart[b + 1] = experts.length;
  }
  return { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert: Int32Array.from(experts), edgeAffinity: Float64Array.from(affinities) };
}

/**
 * A small random instance with a panel-diversity rule: 2–8 bids, 6–16 experts, 1–3 roles, per-role demands 1–2,
 * load caps 0–3, each (bid, expert) pair a candidate with probability 0.5–1, affinities as in randomInstance; each
 * expert in one of 1–3 groups (10 % in none), at most 1 (75 %) or 2 experts of a group per panel. Few groups and
 * full panels, so the rule binds on most instances and some panels cannot be completed under it.
 */
export function diverseInstance(seed: number): AssignmentInstance {
  const rng = mulberry32(seed ^ 0x5bd1e995);
  const int = (lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));
  const bidCount = int(2, 8);
  const expertCount = int(6, 16);
  const roleCount = int(1, 3);
  const density = 0.5 + 0.5 * rng.next();
  const discrete = rng.next() < 0.5;
  const groups = int(1, 3);
  const expertRole = new Uint8Array(expertCount).map(() => int(0, roleCount - 1));
  const expertCapacity = new Int32Array(expertCount).map(() => int(0, 3));
  const expertGroup = new Int32Array(expertCount).map(() => (rng.next() < 0.1 ? -1 : int(0, groups - 1)));
  const bidRoleDemand = new Int32Array(bidCount * roleCount).map(() => int(1, 2));
  const edges = randomEdges(rng, int, bidCount, expertCount, density, discrete);
  const maxPerGroup = rng.next() < 0.75 ? 1 : 2;
  return { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, ...edges, expertGroup, maxPerGroup };
}
