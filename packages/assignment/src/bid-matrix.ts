import type { AssignmentInstance } from './instance.ts';

/** A dense bid matrix: `values[p * reviewers + r]` is reviewer r's score for paper p. */
export interface BidMatrix {
  papers: number;
  reviewers: number;
  values: Float64Array;
}

/** A parse error naming the 1-based line, so the operator can find it in the file. */
export class BidMatrixError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'BidMatrixError';
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses the reviewer-assignment matrix format (shared/data/reviewer-assignment/README.md): a first line `P R`,
 * then P lines of R numbers separated by whitespace. Blank trailing lines are ignored; anything else that does not
 * fit throws a BidMatrixError naming the line.
 */
export function parseBidMatrix(text: string): BidMatrix {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length === 0) throw new BidMatrixError(1, 'empty input: expected a first line "P R" (papers, reviewers)');
  const header = lines[0]!.trim().split(/\s+/);
  if (header.length !== 2 || !header.every((token) => /^\d+$/.test(token))) throw new BidMatrixError(1, `expected "P R" (two non-negative integers), got "${lines[0]!.trim()}"`);
  const papers = Number(header[0]);
  const reviewers = Number(header[1]);
  if (lines.length - 1 < papers) throw new BidMatrixError(lines.length + 1, `the file ends after ${lines.length - 1} paper line(s); the header announced ${papers}`);
  if (lines.length - 1 > papers) throw new BidMatrixError(papers + 2, `more lines than the ${papers} paper line(s) the header announced`);
  const values = new Float64Array(papers * reviewers);
  for (let p = 0; p < papers; p++) {
    const lineNumber = p + 2;
    const tokens = lines[p + 1]!.trim().split(/\s+/).filter((token) => token !== '');
    if (tokens.length !== reviewers) throw new BidMatrixError(lineNumber, `expected ${reviewers} numbers, found ${tokens.length}`);
    for (let r = 0; r < reviewers; r++) {
      const token = tokens[r]!;
      if (!NUMBER.test(token)) throw new BidMatrixError(lineNumber, `value ${r + 1} "${token}" is not a number`);
      values[p * reviewers + r] = Number(token);
    }
  }
  return { papers, reviewers, values };
}

/** The literature's instance: every pair is a candidate edge, one role, each paper `panel` reviewers, each reviewer at most `cap` papers. */
export function singleRoleInstance(matrix: BidMatrix, panel: number, cap: number): AssignmentInstance {
  const { papers, reviewers, values } = matrix;
  const edgeStart = new Int32Array(papers + 1);
  const edgeExpert = new Int32Array(papers * reviewers);
  for (let p = 0; p < papers; p++) {
    edgeStart[p + 1] = (p + 1) * reviewers;
    for (let r = 0; r < reviewers; r++) edgeExpert[p * reviewers + r] = r;
  }
  return {
    bidCount: papers,
    expertCount: reviewers,
    roleCount: 1,
    expertRole: new Uint8Array(reviewers),
    expertCapacity: new Int32Array(reviewers).fill(cap),
    bidRoleDemand: new Int32Array(papers).fill(panel),
    edgeStart,
    edgeExpert,
    edgeAffinity: Float64Array.from(values),
  };
}
