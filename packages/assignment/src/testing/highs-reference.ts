import * as highsModule from 'highs';
import type { Highs } from 'highs';

// highs ships CommonJS-style typings but an ES module build: Node's `import` gets the loader as the default export,
// while the typings put it one `.default` deeper. Accept either shape.
const loadHighs = ((highsModule.default as unknown as { default?: unknown }).default ?? highsModule.default) as unknown as () => Promise<Highs>;
import type { AssignmentInstance } from '../instance.ts';

let highsPromise: Promise<Highs> | undefined;
const highs = (): Promise<Highs> => (highsPromise ??= loadHighs());

export interface HighsReference {
  /** The maximum number of seats that can be filled (the max-flow value). */
  seats: number;
  /** The maximum total affinity among assignments filling that many seats. */
  objective: number;
}

/**
 * The reference optimum from HiGHS, as two LPs over the same instance (for tests; keep instances small, see
 * stack-probe trap 10): first the maximum number of seats, then the maximum affinity with that many seats. Both LPs
 * are network matrices (each column has one +1 in its (bid, role) row and one in its expert row), so their optima
 * are the integer optima.
 */
export async function highsReference(instance: AssignmentInstance): Promise<HighsReference> {
  const { expertGroup: _group, maxPerGroup: _cap, ...network } = instance;
  return highsDiversityReference(network, { integer: false, integralSeats: true });
}

export interface DiversityReferenceOptions {
  /** Integer columns (a MIP) instead of the LP relaxation. */
  integer: boolean;
  /** Require at least this many seats instead of the most the model can fill (the first stage is then skipped). */
  seats?: number;
  /** The LP's seat maximum is known to be integral (a network matrix): round it, and require exactly that many. */
  integralSeats?: boolean;
}

/**
 * The reference under a panel-diversity rule: the same two stages as highsReference (the most seats, then the most
 * affinity with at least that many) plus one row Σ x ≤ maxPerGroup per (bid, group) pair. Not a network any more:
 * as a MIP it is the exact optimum, as an LP an upper bound. `seats` fixes the seat floor instead (e.g. to bound the
 * best assignment with as many seats as a given one); an LP's seat maximum is fractional and is kept as it is.
 */
export async function highsDiversityReference(instance: AssignmentInstance, options: DiversityReferenceOptions): Promise<HighsReference> {
  const solver = await highs();
  const { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity, expertGroup, maxPerGroup } = instance;
  const edgeCount = edgeStart[bidCount]!;
  if (edgeCount === 0) return { seats: 0, objective: 0 };
  const uCount = bidCount * roleCount;
  const totalRow = uCount + expertCount;
  // One row per (bid, group) that holds a candidate, numbered after the total row.
  const pairRow = new Int32Array(edgeCount).fill(-1);
  let numRows = totalRow + 1;
  for (let b = 0; b < bidCount; b++) {
    const rowOfGroup = new Map<number, number>();
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) {
      const g = expertGroup?.[edgeExpert[j]!] ?? -1;
      if (g < 0 || maxPerGroup === undefined) continue;
      if (!rowOfGroup.has(g)) rowOfGroup.set(g, numRows++);
      pairRow[j] = rowOfGroup.get(g)!;
    }
  }
  const starts = new Int32Array(edgeCount + 1);
  const indices: number[] = [];
  for (let b = 0; b < bidCount; b++) {
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) {
      const e = edgeExpert[j]!;
      indices.push(b * roleCount + expertRole[e]!, uCount + e, totalRow);
      if (pairRow[j]! >= 0) indices.push(pairRow[j]!);
      starts[j + 1] = indices.length;
    }
  }
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows).fill(maxPerGroup ?? 0);
  for (let u = 0; u < uCount; u++) rowUpper[u] = bidRoleDemand[u]!;
  for (let e = 0; e < expertCount; e++) rowUpper[uCount + e] = Math.max(0, expertCapacity[e]!);
  rowUpper[totalRow] = solver.infinity;
  const solve = (colCost: Float64Array, totalLower: number): number => {
    rowLower[totalRow] = totalLower;
    return solver.withModel(
      {
        numCols: edgeCount,
        numRows,
        sense: solver.constants.objectiveSense.maximize,
        colCost,
        colLower: new Float64Array(edgeCount),
        colUpper: new Float64Array(edgeCount).fill(1),
        rowLower,
        rowUpper,
        matrix: { format: 'csc', numRows, numCols: edgeCount, starts, indices: Int32Array.from(indices), values: new Float64Array(indices.length).fill(1) },
        ...(options.integer ? { integrality: new Int32Array(edgeCount).fill(1) } : {}),
      },
      (model) => {
        model.options.set({ output_flag: false, ...(options.integer ? { mip_rel_gap: 0, mip_abs_gap: 0 } : {}) });
        model.run();
        const status = model.getModelStatus();
        if (status !== solver.constants.modelStatus.optimal) throw new Error(`HiGHS ended with model status ${status}`);
        return model.getObjectiveValue();
      },
    );
  };
  const most = options.seats ?? solve(new Float64Array(edgeCount).fill(1), 0);
  const seats = options.integralSeats ? Math.round(most) : most;
  const floor = options.integer || options.integralSeats ? Math.round(seats) : seats - 1e-9;
  return { seats, objective: solve(Float64Array.from(edgeAffinity), floor) };
}
