// The HiGHS side of bench:assignment, run in a worker_threads Worker so the caller can terminate() it at a hard
// deadline (HiGHS-WASM does not always honour time_limit, see shared research stack-probe trap 10). Plain JS on
// purpose: a Worker does not inherit tsx's loader. Input (workerData): the LP in CSC arrays built by
// highs-reference.ts. Output: one message { type: 'result', ... } after a { type: 'ready' } once WASM is loaded.
import { parentPort, workerData } from 'node:worker_threads';
import loadHighs from 'highs';

const highs = await loadHighs();
parentPort.postMessage({ type: 'ready' });

const { numCols, numRows, colCost, rowLower, rowUpper, starts, indices, values, timeLimitSeconds, options, totalRow, integer } = workerData;
const started = performance.now();
const solve = (cost) => {
  const model = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: cost,
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(1),
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows, numCols, starts, indices, values },
    ...(integer ? { integrality: new Int32Array(numCols).fill(1) } : {}),
  });
  model.options.set({ output_flag: false, time_limit: Math.max(1, timeLimitSeconds - (performance.now() - started) / 1000), ...options });
  const run = model.run();
  const optimal = run.modelStatus === highs.constants.modelStatus.optimal;
  let fractional = 0;
  if (optimal) {
    const { colValue } = model.getSolution();
    for (let j = 0; j < colValue.length; j++) if (Math.abs(colValue[j] - Math.round(colValue[j])) > 1e-6) fractional++;
  }
  const result = { modelStatus: run.modelStatus, optimal, objective: optimal ? model.getObjectiveValue() : null, fractional };
  model.dispose();
  return result;
};
// Two stages (totalRow ≥ 0): the most seats, then the best affinity with at least that many (see highs-reference.ts).
let result;
if (totalRow >= 0) {
  const seats = solve(new Float64Array(numCols).fill(1));
  if (seats.optimal) {
    rowLower[totalRow] = Math.round(seats.objective);
    result = { ...solve(colCost), seats: rowLower[totalRow] };
  } else result = seats;
} else result = solve(colCost);
parentPort.postMessage({ type: 'result', ...result, millis: performance.now() - started, version: highs.version.string });
