import { readFileSync } from 'node:fs';
import { BidMatrixError, parseBidMatrix, singleRoleInstance, solveAssignment, validateAssignment, type AssignmentMode } from '@jiebang/assignment';
import { CliError, EXIT, type CliIo } from '../io.ts';

export interface AssignOptions {
  matrix: string;
  panel: string;
  cap: string;
  mode?: string | undefined;
  seed?: string | undefined;
  json?: boolean | undefined;
}

export const ASSIGN_MODES = ['optimal', 'random', 'fair'] as const;

function positiveInteger(value: string, option: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) throw new CliError(`${option}: "${value}" is not a positive integer`, EXIT.usage);
  return Number(value);
}

function modeFrom(options: AssignOptions): AssignmentMode {
  const kind = options.mode ?? 'optimal';
  if (kind === 'optimal' || kind === 'fair') return { kind };
  if (kind !== 'random') throw new CliError(`--mode: "${kind}" is not one of ${ASSIGN_MODES.join(', ')}`, EXIT.usage);
  if (options.seed === undefined) throw new CliError('--mode random needs --seed <n> (record it: the same seed replays the same draw)', EXIT.usage);
  if (!/^\d+$/.test(options.seed) || Number(options.seed) > 0xffffffff) throw new CliError(`--seed: "${options.seed}" is not an integer in 0..4294967295`, EXIT.usage);
  return { kind, seed: Number(options.seed) };
}

/**
 * `jiebang assign`: the literature's reviewer-assignment instance from a bid matrix file (the format of
 * shared/data/reviewer-assignment/README.md): every paper gets exactly --panel reviewers, every reviewer at most
 * --cap papers, maximise the total score. Prints one line (JSON with --json); exit 2 on bad input.
 */
export function assignCommand(io: CliIo, options: AssignOptions): void {
  const panel = positiveInteger(options.panel, '--panel');
  const cap = positiveInteger(options.cap, '--cap');
  const mode = modeFrom(options);
  let text: string;
  try {
    text = readFileSync(options.matrix, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`--matrix: cannot read "${options.matrix}"${code ? ` (${code})` : ''}`, EXIT.usage);
  }
  let matrix;
  try {
    matrix = parseBidMatrix(text);
  } catch (error) {
    if (error instanceof BidMatrixError) throw new CliError(`${options.matrix}: ${error.message}`, EXIT.usage);
    throw error;
  }
  const instance = singleRoleInstance(matrix, panel, cap);
  const result = solveAssignment(instance, mode);
  const summary = {
    objective: result.objective,
    millis: Math.round(result.millis * 1000) / 1000,
    feasible: result.feasible,
    shortfall: result.shortfall,
    mode: mode.kind,
    ...(mode.kind === 'random' ? { seed: mode.seed } : {}),
    bids: instance.bidCount,
    experts: instance.expertCount,
    edges: instance.edgeStart[instance.bidCount]!,
    panel,
    cap,
    minBidAffinity: result.minBidAffinity,
    ...(result.fairnessBound !== undefined ? { fairnessBound: result.fairnessBound } : {}),
    violations: validateAssignment(instance, result.chosenEdges, { allowShortfall: true }),
  };
  if (options.json) io.stdout.write(`${JSON.stringify(summary)}\n`);
  else
    io.stdout.write(
      `${summary.mode}: objective ${summary.objective} in ${summary.millis} ms, ${summary.bids} bids × ${summary.experts} experts (${summary.edges} edges), panel ${panel}, cap ${cap}, ` +
        `${summary.feasible ? 'every panel full' : `INFEASIBLE: ${summary.shortfall} seat(s) empty`}, worst bid ${summary.minBidAffinity}\n`,
    );
}
