import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBidMatrix, singleRoleInstance, solveAssignment } from '@jiebang/assignment';
import { runCli } from '../cli.ts';
import { EXIT, type CliIo } from '../io.ts';

const PREFLIB1 = fileURLToPath(new URL('../../../../bench/assignment/data/preflib1.in', import.meta.url));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { env: {}, stdout: { write: (text: string) => (out += text) }, stderr: { write: (text: string) => (err += text) }, untilStopped: () => new Promise(() => undefined) };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('jiebang assign', () => {
  it('solves preflib1 (panel 3, cap 6) and prints one JSON line', async () => {
    const expected = solveAssignment(singleRoleInstance(parseBidMatrix(readFileSync(PREFLIB1, 'utf8')), 3, 6));
    const result = await run(['assign', '--matrix', PREFLIB1, '--panel', '3', '--cap', '6', '--json']);
    expect(result).toMatchObject({ code: EXIT.ok, err: '' });
    const lines = result.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!);
    expect(summary).toMatchObject({ objective: expected.objective, feasible: true, shortfall: 0, bids: 54, experts: 31, edges: 54 * 31, panel: 3, cap: 6, violations: 0 });
    expect(summary.objective).toBe(124.25);
    expect(typeof summary.millis).toBe('number');
  });

  it('replays a random draw from its seed', async () => {
    const argv = ['assign', '--matrix', PREFLIB1, '--panel', '3', '--cap', '6', '--mode', 'random', '--seed', '42', '--json'];
    const [first, second] = [await run(argv), await run(argv)];
    expect(first.code).toBe(EXIT.ok);
    const strip = (out: string) => ({ ...JSON.parse(out), millis: 0 });
    expect(strip(second.out)).toEqual(strip(first.out));
    expect(strip(first.out)).toMatchObject({ mode: 'random', seed: 42, violations: 0 });
  });

  it('exits 2 naming the problem: a missing file, a bad number with its line, a bad --panel', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiebang-assign-'));
    const bad = join(dir, 'bad.in');
    writeFileSync(bad, '2 3\n1 0 0.5\n0.25 x 1\n');
    const short = join(dir, 'short.in');
    writeFileSync(short, '3 2\n1 0\n');

    const missing = await run(['assign', '--matrix', join(dir, 'nope.in'), '--panel', '3', '--cap', '6', '--json']);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toMatch(/--matrix: cannot read ".*nope\.in" \(ENOENT\)/);

    const notNumber = await run(['assign', '--matrix', bad, '--panel', '1', '--cap', '1']);
    expect(notNumber.code).toBe(EXIT.usage);
    expect(notNumber.err).toContain('bad.in: line 3: value 2 "x" is not a number');

    const truncated = await run(['assign', '--matrix', short, '--panel', '1', '--cap', '1']);
    expect(truncated.code).toBe(EXIT.usage);
    expect(truncated.err).toMatch(/line 3: the file ends after 1 paper line/);

    const panel = await run(['assign', '--matrix', PREFLIB1, '--panel', 'three', '--cap', '6']);
    expect(panel.code).toBe(EXIT.usage);
    expect(panel.err).toContain('--panel: "three" is not a positive integer');
    expect(missing.out + notNumber.out + truncated.out + panel.out).toBe('');
  });
});
