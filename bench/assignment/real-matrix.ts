/**
 * The real conference bid matrices (format and provenance in data/README.md): first line `P R`, then P lines of R
 * bid values. Each becomes a single-role instance with every pair a candidate edge (0 is a low bid, not a
 * conflict), panel `k` per bid and a uniform load cap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBidMatrix, singleRoleInstance, type AssignmentInstance } from '@jiebang/assignment';

export const REAL_MATRICES = [
  { file: 'aamas2016.in', panel: 3, cap: 12 },
  { file: 'preflib1.in', panel: 3, cap: 6 },
  { file: 'preflib2.in', panel: 3, cap: 7 },
] as const;

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');

/** The vendored copy in bench/assignment/data, else the shared data folder next to the repository. */
export function locateRealData(): string {
  const candidates = [resolve(here, 'data'), resolve(repoRoot, '../shared/data/reviewer-assignment')];
  for (const dir of candidates) if (REAL_MATRICES.every((m) => existsSync(resolve(dir, m.file)))) return dir;
  throw new Error(`bench:assignment: the real bid matrices (${REAL_MATRICES.map((m) => m.file).join(', ')}) were not found in:\n  ${candidates.join('\n  ')}\nThey ship in bench/assignment/data; restore that folder from git.`);
}

/** The same reader as `jiebang assign` (errors name the line), so the benchmark measures what users run. */
export function readMatrix(path: string, panel: number, cap: number): AssignmentInstance {
  return singleRoleInstance(parseBidMatrix(readFileSync(path, 'utf8')), panel, cap);
}
