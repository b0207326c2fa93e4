/**
 * The reference: the same instance as an LP for HiGHS (`highs` npm package, WASM), solved exactly in a
 * worker_threads Worker (highs-worker.mjs) that is terminated at a hard deadline.
 *
 * LP: one column x_e ∈ [0, 1] per candidate edge with cost = affinity, maximised; one equality row per (bid, role)
 * with right-hand side = demand; one row per expert `Σ x_e ≤ cap`. Each column has exactly two unit entries (its
 * (bid, role) row and its expert row), passed as CSC typed arrays through `createModel` — no LP text. With one role
 * per expert this is a bipartite b-matching (totally unimodular), so the LP optimum is the integer optimum and the
 * solver's objective must equal it; the worker also counts fractional columns to confirm integrality.
 *
 * `twoStage` (instances where not every seat can be filled, e.g. the popular regime): the equality rows would be
 * infeasible, so the reference is the same question our solver answers, as two LPs — first the maximum number of
 * seats (demand rows ≤ demand, maximise Σ x), then the maximum affinity with a row Σ x ≥ that many seats. Both are
 * network LPs plus one row of ones; HiGHS's time is the sum of the two.
 *
 * A panel-diversity rule (`maxPerGroup`) adds one row Σ x ≤ maxPerGroup per (bid, group) that has more candidates
 * than that. The LP is then no network: its optimum is an upper bound (fractional columns expected), and `integer`
 * makes it a MIP (the exact optimum, when HiGHS finishes).
 */
import { Worker } from 'node:worker_threads';
import type { AssignmentInstance } from '@jiebang/assignment';
import type { RssSampler } from './rss-sampler.ts';

export interface HighsReference {
  status: 'optimal' | 'timeout' | 'not-optimal' | 'error';
  /** LP optimum (null unless optimal). */
  objective: number | null;
  /** Two-stage LPs only: the maximum number of seats filled. */
  seats?: number;
  /** Fractional columns at the optimum (0 for a network instance). */
  fractional: number;
  /** createModel + run inside the worker; the deadline when it timed out. */
  millis: number;
  peakRss: number;
  detail?: string;
}

export async function solveWithHighs(instance: AssignmentInstance, timeoutSeconds: number, sampler: RssSampler, options: Record<string, string | number | boolean> = {}, twoStage = false, integer = false): Promise<HighsReference> {
  const { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity, expertGroup, maxPerGroup } = instance;
  const numCols = edgeStart[bidCount]!;
  const demandRows = bidCount * roleCount;
  const totalRow = demandRows + expertCount; // twoStage only: Σ x
  // Panel diversity: one row Σ x ≤ maxPerGroup per (bid, group) with more candidates than that (others cannot bind).
  const groupRow = new Int32Array(numCols).fill(-1);
  let numRows = totalRow + (twoStage ? 1 : 0);
  if (expertGroup && maxPerGroup !== undefined) {
    const perGroup = new Map<number, number[]>();
    for (let b = 0; b < bidCount; b++) {
      perGroup.clear();
      for (let edge = edgeStart[b]!; edge < edgeStart[b + 1]!; edge++) {
        const g = expertGroup[edgeExpert[edge]!]!;
        if (g < 0) continue;
        const list = perGroup.get(g) ?? [];
        list.push(edge);
        perGroup.set(g, list);
      }
      for (const list of perGroup.values()) {
        if (list.length <= maxPerGroup) continue;
        for (const edge of list) groupRow[edge] = numRows;
        numRows++;
      }
    }
  }
  const starts = new Int32Array(numCols + 1);
  let nonzeros = 0;
  for (let edge = 0; edge < numCols; edge++) nonzeros += 2 + (twoStage ? 1 : 0) + (groupRow[edge]! >= 0 ? 1 : 0);
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros).fill(1);
  let at = 0;
  for (let b = 0; b < bidCount; b++) {
    for (let edge = edgeStart[b]!; edge < edgeStart[b + 1]!; edge++) {
      const expert = edgeExpert[edge]!;
      indices[at++] = b * roleCount + expertRole[expert]!;
      indices[at++] = demandRows + expert;
      if (twoStage) indices[at++] = totalRow;
      if (groupRow[edge]! >= 0) indices[at++] = groupRow[edge]!;
      starts[edge + 1] = at;
    }
  }
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows).fill(maxPerGroup ?? 0);
  for (let r = 0; r < demandRows; r++) {
    rowUpper[r] = bidRoleDemand[r]!;
    rowLower[r] = twoStage ? 0 : bidRoleDemand[r]!;
  }
  if (twoStage) rowUpper[totalRow] = Infinity;
  for (let e = 0; e < expertCount; e++) rowUpper[demandRows + e] = expertCapacity[e]!;
  const colCost = Float64Array.from(edgeAffinity);

  const workerData = { numCols, numRows, colCost, rowLower, rowUpper, starts, indices, values, timeLimitSeconds: timeoutSeconds, options, totalRow: twoStage ? totalRow : -1, integer };
  const worker = new Worker(new URL('./highs-worker.mjs', import.meta.url), {
    workerData,
    transferList: [colCost.buffer, rowLower.buffer, rowUpper.buffer, starts.buffer, indices.buffer, values.buffer],
  });
  return new Promise<HighsReference>((settle) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    let readyAt = performance.now();
    const elapsed = (): number => performance.now() - readyAt;
    const finish = (result: Omit<HighsReference, 'peakRss'>): void => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      const peakRss = sampler.read();
      void worker.terminate().then(() => settle({ ...result, peakRss }));
    };
    worker.on('message', (message: { type: string; optimal?: boolean; objective?: number | null; fractional?: number; millis?: number; modelStatus?: number; seats?: number }) => {
      if (message.type === 'ready') {
        readyAt = performance.now();
        sampler.reset();
        timer = setTimeout(() => finish({ status: 'timeout', objective: null, fractional: 0, millis: timeoutSeconds * 1000 }), timeoutSeconds * 1000);
        return;
      }
      finish({
        status: message.optimal ? 'optimal' : 'not-optimal',
        objective: message.objective ?? null,
        fractional: message.fractional ?? 0,
        millis: message.millis ?? 0,
        ...(message.seats !== undefined ? { seats: message.seats } : {}),
        ...(message.optimal ? {} : { detail: `HiGHS model status ${message.modelStatus}` }),
      });
    });
    // An Emscripten abort() is how HiGHS-WASM fails when its heap (capped at 2 GB by this build) is exhausted.
    const describe = (message: string): string => (message.startsWith('Aborted(') ? 'WASM abort (heap capped at 2 GB)' : message);
    worker.on('error', (error) => finish({ status: 'error', objective: null, fractional: 0, millis: elapsed(), detail: describe(error.message) }));
    worker.on('exit', (code) => finish({ status: 'error', objective: null, fractional: 0, millis: elapsed(), detail: `worker exited with code ${code}` }));
  });
}
