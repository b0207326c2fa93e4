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
  const solver = await highs();
  const { bidCount, expertCount, roleCount, expertRole, expertCapacity, bidRoleDemand, edgeStart, edgeExpert, edgeAffinity } = instance;
  const edgeCount = edgeStart[bidCount]!;
  if (edgeCount === 0) return { seats: 0, objective: 0 }; // HiGHS refuses a model without columns (status 6, empty)
  const uCount = bidCount * roleCount;
  const totalRow = uCount + expertCount;
  const numRows = totalRow + 1;
  const starts = new Int32Array(edgeCount + 1);
  const indices = new Int32Array(edgeCount * 3);
  const values = new Float64Array(edgeCount * 3).fill(1);
  for (let b = 0; b < bidCount; b++) {
    for (let j = edgeStart[b]!; j < edgeStart[b + 1]!; j++) {
      const e = edgeExpert[j]!;
      indices[3 * j] = b * roleCount + expertRole[e]!;
      indices[3 * j + 1] = uCount + e;
      indices[3 * j + 2] = totalRow;
      starts[j + 1] = 3 * (j + 1);
    }
  }
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  for (let u = 0; u < uCount; u++) rowUpper[u] = bidRoleDemand[u]!;
  for (let e = 0; e < expertCount; e++) rowUpper[uCount + e] = Math.max(0, expertCapacity[e]!);
  const solve = (colCost: Float64Array, totalLower: number): number => {
    rowLower[totalRow] = totalLower;
    rowUpper[totalRow] = solver.infinity;
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
        matrix: { format: 'csc', numRows, numCols: edgeCount, starts, indices, values },
      },
      (model) => {
        model.options.set({ output_flag: false });
        model.run();
        const status = model.getModelStatus();
        if (status !== solver.constants.modelStatus.optimal) throw new Error(`HiGHS ended with model status ${status}`);
        return model.getObjectiveValue();
      },
    );
  };
  const seats = Math.round(solve(new Float64Array(edgeCount).fill(1), 0));
  const objective = solve(Float64Array.from(edgeAffinity), seats);
  return { seats, objective };
}
