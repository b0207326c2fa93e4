/**
 * Seeded synthetic expert-assignment instances for the benchmark (issue 4), built straight into the solver's CSR
 * typed arrays so that L (20,000 bids × 100,000 experts, 4 M candidate edges) needs ~60 MB, not a dense matrix.
 *
 * Model (all of it a pure function of the seed and the size):
 * - **Topics.** Experts are split into *fields* of `10·K` experts each, and every field into *clusters* of `K/4`
 *   experts. Each bid belongs to one field (uniform) and one cluster in it (skewed: cluster ⌊C·u²⌋, so a few
 *   clusters are "hot" and their experts' load caps bind).
 * - **Affinity** of expert e for bid b, in thousandths (three decimals):
 *   400 if same cluster, else 250 if same field, else 0; plus noise `pairHash(seed, b, e) mod 250`.
 *   Same-cluster [0.4, 0.65) and same-field [0.25, 0.5) overlap, so the solver must trade a cluster match against
 *   a strong field match; every other field stays below 0.25, so the top-K of a bid's whole row lies in its field
 *   whenever the field has ≥ K eligible experts (10·K experts, COI removes a few %). The generator therefore only
 *   scores the field (`stats.thinBids` counts the bids where that condition fails; 0 at S, M, L).
 * - **Roles.** Each expert holds exactly one role: technical 60 %, industry 20 %, finance 20 %; each bid needs
 *   3 technical + 1 industry + 1 finance.
 * - **Load caps** uniform in 1..2 (supply ≈ 1.5 × demand per role overall, tight in hot clusters: greedy leaves
 *   seats empty there).
 * - **Organisations and regions.** `experts / 25` organisations with skewed sizes (org ⌊O·u²⌋, universities are
 *   big), each in one of 31 regions. A bid has a bidder organisation and, with probability 0.3, a consortium member.
 * - **Conflicts of interest (回避)**, removed as edges before the top-K cut: the expert's organisation is the bidder's
 *   or the consortium member's; or a declared relation, `pairHash(seed ⊕ COI_SALT, b, e) < 1 %`; optionally the same
 *   region (off by default). `conflicts(b, e)` re-derives the rule from the raw attributes for the validator.
 * - **Diverse regime** (`regime: 'diverse'`): the same model with 50 organisations at every size (still skewed: the
 *   largest holds ~14 % of the experts, a provincial pool where a few universities and institutes supply most
 *   experts) and the panel-diversity rule on the instance: `expertGroup` = organisation, `maxPerGroup` = 1. The
 *   rule-free optimum then seats two experts of one organisation on about a third of the panels at S, M and L.
 *
 * PRNG: `mulberry32` (Tommy Ettinger's 32-bit generator, public domain) draws the per-expert and per-bid attributes
 * in a fixed order; per-pair values (noise, declared COI) use `pairHash`, a stateless hash built from Chris
 * Wellons' `lowbias32` integer mixer, so a pair's value does not depend on the order pairs are visited.
 */
import type { AssignmentInstance } from '@jiebang/assignment';

export type SizeName = 'S' | 'M' | 'L';

export interface SyntheticSpec {
  name: string;
  bids: number;
  experts: number;
  /** Candidates kept per bid after the COI filter. */
  k: number;
  seed: number;
  /** Declared-relation COI rate per pair (default 0.01). */
  declaredCoiRate?: number;
  /** Also exclude experts from the bidder's region (default false). */
  sameRegionExclusion?: boolean;
  /** `clustered` (default, see above), `popular` (see generatePopular) or `diverse` (see below). */
  regime?: 'clustered' | 'popular' | 'diverse';
}

export const SIZES: Record<SizeName, SyntheticSpec> = {
  S: { name: 'synthetic S', bids: 2_000, experts: 10_000, k: 100, seed: 20260401 },
  M: { name: 'synthetic M', bids: 10_000, experts: 50_000, k: 100, seed: 20260402 },
  L: { name: 'synthetic L', bids: 20_000, experts: 100_000, k: 200, seed: 20260403 },
};

export const ROLES = [
  { name: 'technical', share: 0.6, demand: 3 },
  { name: 'industry', share: 0.2, demand: 1 },
  { name: 'finance', share: 0.2, demand: 1 },
] as const;

const REGION_COUNT = 31;
/** Organisations in the diverse regime, at every size (see the header). */
const DIVERSE_ORGANISATIONS = 50;
const COI_SALT = 0x5eed_c01;

export interface SyntheticInstance {
  instance: AssignmentInstance;
  /** Re-derives the COI rule from the raw attributes (used by the independent validator). */
  conflicts(bid: number, expert: number): boolean;
  /** The affinity of any pair, candidate or not (the dense row the top-K cut is taken from). */
  affinity(bid: number, expert: number): number;
  stats: { organisations: number; regions: number; fields: number; clusters: number; coiRemoved: number; thinBids: number; generateMs: number };
}

/** mulberry32: a 32-bit state PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** lowbias32 (Chris Wellons, "hash-prospector"): a strong 32-bit integer mixer. */
function lowbias32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A stateless uint32 hash of (seed, bid, expert). */
export function pairHash(seed: number, bid: number, expert: number): number {
  return lowbias32((lowbias32((lowbias32(seed >>> 0) + bid) >>> 0) + expert) >>> 0);
}

export function generateSynthetic(spec: SyntheticSpec): SyntheticInstance {
  if (spec.regime === 'popular') return generatePopular(spec);
  const diverse = spec.regime === 'diverse';
  const started = performance.now();
  const { bids: bidCount, experts: expertCount, k, seed } = spec;
  const declaredThreshold = Math.floor((spec.declaredCoiRate ?? 0.01) * 4294967296);
  const sameRegion = spec.sameRegionExclusion ?? false;
  const rng = mulberry32(seed);
  const roleCount = ROLES.length;

  const fieldSize = Math.min(expertCount, 10 * k);
  const fieldCount = Math.ceil(expertCount / fieldSize);
  const clusterSize = Math.max(1, Math.floor(k / 4));
  const clustersPerField = Math.ceil(fieldSize / clusterSize);
  const orgCount = diverse ? DIVERSE_ORGANISATIONS : Math.max(2, Math.floor(expertCount / 25));

  const orgRegion = new Uint8Array(orgCount);
  for (let o = 0; o < orgCount; o++) orgRegion[o] = Math.floor(rng() * REGION_COUNT);

  // Experts: contiguous by field, then by cluster inside the field.
  const expertRole = new Uint8Array(expertCount);
  const expertCapacity = new Int32Array(expertCount);
  const expertOrg = new Int32Array(expertCount);
  const expertCluster = new Int32Array(expertCount);
  for (let e = 0; e < expertCount; e++) {
    const u = rng();
    expertRole[e] = u < ROLES[0].share ? 0 : u < ROLES[0].share + ROLES[1].share ? 1 : 2;
    expertCapacity[e] = 1 + Math.floor(rng() * 2);
    expertOrg[e] = Math.floor(orgCount * rng() ** 2);
    const field = Math.floor(e / fieldSize);
    expertCluster[e] = field * clustersPerField + Math.floor((e - field * fieldSize) / clusterSize);
  }

  const bidField = new Int32Array(bidCount);
  const bidCluster = new Int32Array(bidCount);
  const bidOrg = new Int32Array(bidCount);
  const bidOrg2 = new Int32Array(bidCount).fill(-1);
  const bidRoleDemand = new Int32Array(bidCount * roleCount);
  for (let b = 0; b < bidCount; b++) {
    const field = Math.floor(rng() * fieldCount);
    const fieldExperts = Math.min(fieldSize, expertCount - field * fieldSize);
    const clusters = Math.ceil(fieldExperts / clusterSize);
    bidField[b] = field;
    bidCluster[b] = field * clustersPerField + Math.floor(clusters * rng() ** 2);
    bidOrg[b] = Math.floor(orgCount * rng() ** 2);
    if (rng() < 0.3) bidOrg2[b] = Math.floor(orgCount * rng());
    for (let r = 0; r < roleCount; r++) bidRoleDemand[b * roleCount + r] = ROLES[r]!.demand;
  }

  const conflicts = (b: number, e: number): boolean => {
    const org = expertOrg[e]!;
    if (org === bidOrg[b] || org === bidOrg2[b]) return true;
    if (sameRegion && orgRegion[org] === orgRegion[bidOrg[b]!]) return true;
    return pairHash(seed ^ COI_SALT, b, e) < declaredThreshold;
  };

  /** Affinity in thousandths: topic band + pair noise. */
  const scoreMilli = (b: number, e: number): number =>
    (expertCluster[e] === bidCluster[b] ? 400 : Math.floor(e / fieldSize) === bidField[b] ? 250 : 0) + (pairHash(seed, b, e) % 250);

  const { edgeStart, edgeExpert, edgeAffinity, coiRemoved, thinBids } = topKCandidates({ bidCount, expertCount, fieldSize, k, scoreLevels: 750, fieldOf: (b) => bidField[b]!, conflicts, scoreMilli });

  return {
    instance: { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity, ...(diverse ? { expertGroup: expertOrg, maxPerGroup: 1 } : {}) },
    conflicts,
    affinity: (b, e) => scoreMilli(b, e) / 1000,
    stats: {
      organisations: orgCount,
      regions: REGION_COUNT,
      fields: fieldCount,
      clusters: fieldCount * clustersPerField,
      coiRemoved,
      thinBids,
      generateMs: performance.now() - started,
    },
  };
}

/**
 * The **popular experts** regime, the hard case for shortest-path solvers (see BENCHMARKS.md, Known limits): every
 * bid ranks the experts of its field mostly by one shared rating, every load cap is 1, and — with experts = 5 × bids,
 * as at S, M and L — each field holds exactly as many experts as its bids have seats, role by role (bids spread
 * evenly over the fields, roles 3 : 1 : 1 by expert index). The top-K cut then lists only the well-rated experts, everyone wants the same ones, and most seats stay
 * empty: the solver must decide which bids go short, which is where searches from an empty flow displace long
 * chains of bids.
 * - Affinity in thousandths: ⌊600 × rating(e)⌋ + pairHash(seed, b, e) mod 400, rating uniform in [0, 1).
 * - Candidates: the top K non-conflicted experts of the bid's field (ties: lower expert index first).
 * - Organisations, regions and conflicts of interest as in the clustered regime.
 */
function generatePopular(spec: SyntheticSpec): SyntheticInstance {
  const started = performance.now();
  const { bids: bidCount, experts: expertCount, k, seed } = spec;
  const declaredThreshold = Math.floor((spec.declaredCoiRate ?? 0.01) * 4294967296);
  const sameRegion = spec.sameRegionExclusion ?? false;
  const rng = mulberry32(seed);
  const roleCount = ROLES.length;
  const roleOfSlot = [0, 0, 0, 1, 2]; // technical 60 %, industry 20 %, finance 20 %, exactly per 5 experts

  const fieldSize = Math.min(expertCount, 10 * k);
  const fieldCount = Math.ceil(expertCount / fieldSize);
  const orgCount = Math.max(2, Math.floor(expertCount / 25));
  const orgRegion = new Uint8Array(orgCount);
  for (let o = 0; o < orgCount; o++) orgRegion[o] = Math.floor(rng() * REGION_COUNT);

  const expertRole = new Uint8Array(expertCount);
  const expertCapacity = new Int32Array(expertCount).fill(1);
  const expertOrg = new Int32Array(expertCount);
  const rating = new Int32Array(expertCount); // ⌊600 × rating⌋
  for (let e = 0; e < expertCount; e++) {
    expertRole[e] = roleOfSlot[e % 5]!;
    expertOrg[e] = Math.floor(orgCount * rng() ** 2);
    rating[e] = Math.floor(600 * rng());
  }
  const bidOrg = new Int32Array(bidCount);
  const bidOrg2 = new Int32Array(bidCount).fill(-1);
  const bidRoleDemand = new Int32Array(bidCount * roleCount);
  for (let b = 0; b < bidCount; b++) {
    bidOrg[b] = Math.floor(orgCount * rng() ** 2);
    if (rng() < 0.3) bidOrg2[b] = Math.floor(orgCount * rng());
    for (let r = 0; r < roleCount; r++) bidRoleDemand[b * roleCount + r] = ROLES[r]!.demand;
  }
  const fieldOf = (b: number): number => b % fieldCount;
  const conflicts = (b: number, e: number): boolean => {
    const org = expertOrg[e]!;
    if (org === bidOrg[b] || org === bidOrg2[b]) return true;
    if (sameRegion && orgRegion[org] === orgRegion[bidOrg[b]!]) return true;
    return pairHash(seed ^ COI_SALT, b, e) < declaredThreshold;
  };
  const scoreMilli = (b: number, e: number): number => (Math.floor(e / fieldSize) === fieldOf(b) ? rating[e]! + (pairHash(seed, b, e) % 400) : 0);

  const { edgeStart, edgeExpert, edgeAffinity, coiRemoved, thinBids } = topKCandidates({ bidCount, expertCount, fieldSize, k, scoreLevels: 1000, fieldOf, conflicts, scoreMilli });
  return {
    instance: { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity },
    conflicts,
    affinity: (b, e) => scoreMilli(b, e) / 1000,
    stats: { organisations: orgCount, regions: REGION_COUNT, fields: fieldCount, clusters: 0, coiRemoved, thinBids, generateMs: performance.now() - started },
  };
}

/**
 * Candidates: score each bid's field, drop conflicts, keep the top K (ties: lower expert index first) with a
 * histogram over the `scoreLevels` possible scores (thousandths) — linear per bid, no sort.
 */
function topKCandidates(input: {
  bidCount: number;
  expertCount: number;
  fieldSize: number;
  k: number;
  scoreLevels: number;
  fieldOf: (bid: number) => number;
  conflicts: (bid: number, expert: number) => boolean;
  scoreMilli: (bid: number, expert: number) => number;
}) {
  const { bidCount, expertCount, fieldSize, k, scoreLevels, fieldOf, conflicts, scoreMilli } = input;
  const edgeStart = new Int32Array(bidCount + 1);
  let edgeExpert = new Int32Array(bidCount * k);
  let edgeAffinity = new Float64Array(bidCount * k);
  const score = new Int16Array(fieldSize);
  const histogram = new Int32Array(scoreLevels);
  let edges = 0;
  let coiRemoved = 0;
  let thinBids = 0;
  for (let b = 0; b < bidCount; b++) {
    const first = fieldOf(b) * fieldSize;
    const last = Math.min(expertCount, first + fieldSize);
    histogram.fill(0);
    let eligible = 0;
    for (let e = first; e < last; e++) {
      if (conflicts(b, e)) {
        score[e - first] = -1;
        coiRemoved++;
        continue;
      }
      const s = scoreMilli(b, e);
      score[e - first] = s;
      histogram[s]!++;
      eligible++;
    }
    if (eligible < k) thinBids++;
    // threshold t: keep every score > t, and the first `atThreshold` experts scoring exactly t.
    let keep = Math.min(k, eligible);
    let t = scoreLevels - 1;
    while (t > 0 && keep > histogram[t]!) keep -= histogram[t--]!;
    let atThreshold = keep;
    for (let e = first; e < last; e++) {
      const s = score[e - first]!;
      if (s > t || (s === t && atThreshold-- > 0)) {
        edgeExpert[edges] = e;
        edgeAffinity[edges] = s / 1000;
        edges++;
      }
    }
    edgeStart[b + 1] = edges;
  }
  if (edges < edgeExpert.length) {
    edgeExpert = edgeExpert.slice(0, edges);
    edgeAffinity = edgeAffinity.slice(0, edges);
  }
  return { edgeStart, edgeExpert, edgeAffinity, coiRemoved, thinBids };
}
