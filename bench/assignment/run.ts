/**
 * `npm run bench:assignment` — the expert-assignment benchmark of issue 4.
 *
 * Instances: the three real conference bid matrices (bench/assignment/data, panel 3, caps 12 / 6 / 7, one role)
 * and the seeded synthetic sizes S, M, L (generate.ts) in three regimes: clustered topics, popular experts (one
 * shared ranking, cap 1, most seats empty), and diverse (clustered with a panel-diversity rule: at most one expert
 * of an organisation per panel, not a network). Per instance: our solver (`solveAssignment`, optimal mode) timed on
 * the main thread with the process RSS sampled during the solve; fair and random modes timed the same way; a greedy
 * baseline for context; an independent validator (validate.ts); HiGHS on the same LP in a Worker with a hard
 * deadline (highs-reference.ts) — for the diverse regime the LP with the rule's rows, a bound. Prints the tables and
 * rewrites them in BENCHMARKS.md (report.ts: the diverse regime has its own section and markers, and a run rewrites
 * only the sections it has rows for).
 *
 * Flags: `--sizes S,M,L` (synthetic sizes; default all), `--regimes clustered,popular,diverse` (default all),
 * `--quick` (real + clustered S + diverse S, the latter timed once, optimal mode only), `--no-real`, `--no-highs`,
 * `--no-modes` (optimal mode only), `--highs-timeout SECONDS` (default 120), `--no-write` (leave BENCHMARKS.md alone).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type AssignmentInstance, singleRoleInstance, solveAssignment } from '@jiebang/assignment';
import { splitByComponent } from './components.ts';
import { generateSynthetic, SIZES, type SizeName } from './generate.ts';
import { greedyAssignment } from './greedy.ts';
import { type HighsReference, solveWithHighs } from './highs-reference.ts';
import { locateRealData, readMatrix, REAL_MATRICES, repoRoot } from './real-matrix.ts';
import { type DiversityFigures, diverseSection, networkSection, type ModeTimes, type Regime, type Row, writeSections } from './report.ts';
import { RssSampler } from './rss-sampler.ts';
import { capFreeUpperBound, pairsOverCap, validateAssignmentIndependently } from './validate.ts';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string' },
    regimes: { type: 'string' },
    'no-modes': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'no-real': { type: 'boolean', default: false },
    'no-highs': { type: 'boolean', default: false },
    'highs-timeout': { type: 'string', default: '120' },
    'no-write': { type: 'boolean', default: false },
  },
});

const sizes: SizeName[] = flags.quick ? ['S'] : ((flags.sizes ?? 'S,M,L').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean) as SizeName[]);
for (const size of sizes) if (!(size in SIZES)) throw new Error(`--sizes: unknown size "${size}" (use S, M, L)`);
const REGIMES: readonly Regime[] = ['clustered', 'popular', 'diverse'];
const regimes = (flags.quick ? ['clustered', 'diverse'] : (flags.regimes ?? REGIMES.join(',')).split(',').map((r) => r.trim())) as Regime[];
for (const regime of regimes) if (!REGIMES.includes(regime)) throw new Error(`--regimes: unknown regime "${regime}" (use ${REGIMES.join(', ')})`);
const highsTimeout = Number(flags['highs-timeout']);
if (!(highsTimeout > 0)) throw new Error('--highs-timeout must be a positive number of seconds');

interface Job {
  name: string;
  regime: Regime | null;
  build(): { instance: AssignmentInstance; conflicts?: (bid: number, expert: number) => boolean; note?: string };
}

const jobs: Job[] = [];
if (!flags['no-real']) {
  let dir: string;
  try {
    dir = locateRealData();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  for (const m of REAL_MATRICES) {
    jobs.push({ name: `${m.file.replace(/\.in$/, '')} (k=${m.panel}, cap ${m.cap})`, regime: null, build: () => ({ instance: readMatrix(resolve(dir, m.file), m.panel, m.cap) }) });
  }
}
for (const regime of regimes) for (const size of sizes) {
  const spec = { ...SIZES[size], regime };
  jobs.push({
    name: regime === 'clustered' ? `${spec.name} (K=${spec.k})` : regime === 'popular' ? `${spec.name} popular (K=${spec.k}, cap 1)` : `${spec.name} diverse (K=${spec.k}, ≤ 1 per organisation)`,
    regime,
    build: () => {
      const generated = generateSynthetic(spec);
      const s = generated.stats;
      return { instance: generated.instance, conflicts: generated.conflicts, note: `${regime}, generated in ${s.generateMs.toFixed(0)} ms: ${s.fields} fields, ${s.clusters} clusters, ${s.organisations} organisations, ${s.regions} regions, ${s.coiRemoved} conflicted pairs removed, ${s.thinBids} bids with < K eligible` };
    },
  });
}

// Untimed warm-up solves so that no timed instance pays V8's JIT compilation (HiGHS's WASM compilation is likewise
// outside its timing: the clock starts once the module is loaded): each mode, repeated until the optimising tier has
// compiled the solver, on a small clustered, popular and diverse and a small dense single-role instance (like the real
// matrices, which are solved in a few milliseconds and would otherwise be timed while still interpreted).
const warmUps = [
  generateSynthetic({ name: 'warm-up', bids: 200, experts: 1_000, k: 50, seed: 1 }).instance,
  generateSynthetic({ name: 'warm-up', bids: 200, experts: 1_000, k: 50, seed: 1, regime: 'popular' }).instance,
  generateSynthetic({ name: 'warm-up', bids: 200, experts: 1_000, k: 50, seed: 1, regime: 'diverse' }).instance,
  singleRoleInstance({ papers: 60, reviewers: 30, values: Float64Array.from({ length: 1_800 }, (_, i) => ((i * 7919) % 5) / 4) }, 3, 6),
];
for (let round = 0; round < 10; round++) {
  for (const instance of warmUps) {
    solveAssignment(instance, { kind: 'optimal' });
    solveAssignment(instance, { kind: 'fair' });
    solveAssignment(instance, { kind: 'random', seed: round });
  }
}
greedyAssignment(warmUps[0]!);

const REPEATS = 5;
// For a few seconds after a HiGHS worker exits (its WASM heap of a few hundred MB being released), every solve on this
// 2-core VM runs 10–15× slower: measured 1 ms → 7–16 ms on preflib1, back to 1 ms 3 s later. So both solvers' timed
// runs start after a pause.
const SETTLE_MS = 3_000;
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, SETTLE_MS));
const RANDOM_SEED = 20260401;
const REPEAT_BELOW_EDGES = 500_000;
const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const loadAtStart = loadavg()[0]!;
const sampler = new RssSampler();
const rows: Row[] = [];
const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;

for (const job of jobs) {
  const jobStarted = performance.now();
  console.log(`\n▶ ${job.name}`);
  const built = job.build();
  const { instance } = built;
  if (built.note) console.log(`  ${built.note}`);
  const edges = instance.edgeStart[instance.bidCount]!;

  const greedy = greedyAssignment(instance);
  console.log(`  greedy: ${greedy.objective.toFixed(3)} (${greedy.shortfall} empty seats) in ${greedy.millis.toFixed(0)} ms`);

  // Small instances are timed as the median of REPEATS runs (a single run of a few ms is mostly noise); the rest once,
  // and so is the diverse regime in a quick run (optimal mode only), which keeps the smoke run short.
  const quickOnce = flags.quick && job.regime === 'diverse';
  const repeats = edges < REPEAT_BELOW_EDGES && !quickOnce ? REPEATS : 1;
  await settle();
  sampler.reset();
  const ourTimes: number[] = [];
  // Untimed solves first (as many as the timed ones): each new instance re-tunes V8's compiled code for a while.
  let result = solveAssignment(instance, { kind: 'optimal' });
  for (let run = 1; run < repeats; run++) result = solveAssignment(instance, { kind: 'optimal' });
  for (let run = 0; run < repeats; run++) {
    const started = performance.now();
    result = solveAssignment(instance, { kind: 'optimal' });
    ourTimes.push(performance.now() - started);
  }
  const ourMs = median(ourTimes);
  const ourRss = sampler.read();
  const violations = validateAssignmentIndependently(instance, result.chosenEdges, result.objective, built.conflicts, result.shortfall);
  console.log(`  ours:   ${result.objective.toFixed(3)} (shortfall ${result.shortfall}) in ${ourMs.toFixed(0)} ms, peak RSS ${mb(ourRss)}, violations ${violations.total}${violations.total ? ' ' + JSON.stringify(violations) : ''}`);

  let diversity: DiversityFigures | null = null;
  if (job.regime === 'diverse') {
    // The rule-free optimum (the relaxation): how often the rule binds, and what it costs to solve.
    const free = { ...instance, maxPerGroup: undefined };
    solveAssignment(free);
    const started = performance.now();
    const relaxed = solveAssignment(free);
    diversity = { relaxedPairs: pairsOverCap(instance, relaxed.chosenEdges), relaxedMs: performance.now() - started, upperBound: result.upperBound ?? null };
    console.log(`  rule-free optimum: ${relaxed.objective.toFixed(3)} in ${diversity.relaxedMs.toFixed(0)} ms, ${diversity.relaxedPairs} (bid, organisation) pairs over the cap; our bound ${diversity.upperBound?.toFixed(3) ?? 'not reported'}`);
  }

  let modes: ModeTimes | null = null;
  if (!flags['no-modes'] && !quickOnce) {
    const fairTimes: number[] = [];
    const randomTimes: number[] = [];
    let fair = result;
    let random = result;
    for (let run = 0; run < repeats; run++) {
      solveAssignment(instance, { kind: 'fair' });
      solveAssignment(instance, { kind: 'random', seed: RANDOM_SEED });
    }
    for (let run = 0; run < repeats; run++) {
      let started = performance.now();
      fair = solveAssignment(instance, { kind: 'fair' });
      fairTimes.push(performance.now() - started);
      started = performance.now();
      random = solveAssignment(instance, { kind: 'random', seed: RANDOM_SEED });
      randomTimes.push(performance.now() - started);
    }
    const modeViolations =
      validateAssignmentIndependently(instance, fair.chosenEdges, fair.objective, built.conflicts, result.shortfall).total +
      validateAssignmentIndependently(instance, random.chosenEdges, random.objective, built.conflicts, result.shortfall).total;
    modes = { fairMs: median(fairTimes), optimalMin: result.minBidAffinity ?? 0, fairMin: fair.minBidAffinity ?? 0, fairBound: fair.fairnessBound ?? 0, randomMs: median(randomTimes), violations: modeViolations };
    console.log(`  fair:   ${modes.fairMs.toFixed(0)} ms (${(modes.fairMs / ourMs).toFixed(1)}× optimal), worst-off bid ${modes.optimalMin.toFixed(3)} → ${modes.fairMin.toFixed(3)} (bound ${modes.fairBound.toFixed(3)}); random: ${modes.randomMs.toFixed(0)} ms; violations ${modeViolations}`);
  }

  let highs: HighsReference | null = null;
  if (!flags['no-highs']) {
    const runs: HighsReference[] = [];
    // With empty seats the equality LP is infeasible: ask HiGHS the same question as ours in two LPs.
    const twoStage = result.shortfall > 0;
    for (let run = 0; run < repeats; run++) {
      await settle();
      const reference = await solveWithHighs(instance, highsTimeout, sampler, {}, twoStage);
      runs.push(reference);
      if (reference.status !== 'optimal') break;
    }
    highs = runs.at(-1)!;
    if (highs.status === 'optimal') highs = { ...highs, millis: median(runs.map((r) => r.millis)), peakRss: Math.max(...runs.map((r) => r.peakRss)) };
    else if (highs.status === 'error') {
      // The single LP does not fit HiGHS-WASM (2 GB heap): solve it component by component, which is exact
      // (components.ts), within what is left of the same deadline.
      const whole = highs;
      const parts = splitByComponent(instance);
      if (parts.length > 1) {
        let objective = 0;
        let seats = 0;
        let millis = 0;
        let fractional = 0;
        let peakRss = 0;
        let failed: HighsReference | null = null;
        for (const part of parts) {
          const left = highsTimeout - millis / 1000;
          const reference = left > 0 ? await solveWithHighs(part, left, sampler, {}, twoStage) : { status: 'timeout' as const, objective: null, fractional: 0, millis: 0, peakRss: 0 };
          millis += reference.millis;
          peakRss = Math.max(peakRss, reference.peakRss);
          if (reference.status !== 'optimal') {
            failed = reference;
            break;
          }
          objective += reference.objective!;
          seats += reference.seats ?? 0;
          fractional += reference.fractional;
        }
        highs = failed
          ? { ...failed, millis, peakRss, detail: `whole LP: ${whole.detail}; by component: ${failed.status}` }
          : { status: 'optimal', objective, fractional, millis, peakRss, ...(twoStage ? { seats } : {}), detail: `sum over ${parts.length} independent components, as the whole LP gave ${whole.detail}` };
      }
    }
    console.log(`  HiGHS:  ${highs.status}${highs.objective !== null ? ` ${highs.objective.toFixed(3)}` : ''} in ${(highs.millis / 1000).toFixed(1)} s, peak RSS ${mb(highs.peakRss)}${highs.fractional ? `, ${highs.fractional} fractional columns` : ''}${highs.detail ? ` (${highs.detail})` : ''}`);
  }
  rows.push({
    name: job.name,
    regime: job.regime,
    bids: instance.bidCount,
    seats: instance.bidRoleDemand.reduce((sum, d) => sum + Math.max(0, d), 0),
    experts: instance.expertCount,
    edges,
    objective: result.objective,
    shortfall: result.shortfall,
    ourMs,
    ourRss,
    violations,
    greedyObjective: greedy.objective,
    greedyShortfall: greedy.shortfall,
    greedyMs: greedy.millis,
    capFreeBound: capFreeUpperBound(instance),
    highs,
    modes,
    diversity,
  });
  console.log(`  (${((performance.now() - jobStarted) / 1000).toFixed(1)} s for this instance, pauses included)`);
}
await sampler.stop();

const settings = { command: `npm run bench:assignment${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`, quick: flags.quick, loadAtStart, settleMs: SETTLE_MS, repeats: REPEATS, repeatBelowEdges: REPEAT_BELOW_EDGES, highsTimeout, randomSeed: RANDOM_SEED };
const networkRows = rows.filter((row) => row.regime !== 'diverse');
const diverseRows = rows.filter((row) => row.regime === 'diverse');
// The first section only when a network regime ran (real matrices alone would wipe its synthetic rows).
const sections = {
  ...(rows.some((row) => row.regime === 'clustered' || row.regime === 'popular') ? { network: networkSection(networkRows, settings) } : {}),
  ...(diverseRows.length ? { diverse: diverseSection(diverseRows, settings) } : {}),
};
if (!sections.network && networkRows.length) console.log(`\n${networkSection(networkRows, settings)}`);
for (const section of Object.values(sections)) console.log(`\n${section}`);

if (!flags['no-write']) {
  const path = resolve(repoRoot, 'BENCHMARKS.md');
  writeSections(path, sections);
  console.log(`\nBENCHMARKS.md updated (${path}): ${Object.keys(sections).join(' and ')} section${Object.keys(sections).length > 1 ? 's' : ''}.`);
}
