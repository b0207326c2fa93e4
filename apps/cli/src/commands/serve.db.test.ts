import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureIo, createCliTestDatabase, type CliTestDatabase } from '../cli-test-database.ts';
import { DEMO_PASSWORD } from '../seeds/index.ts';
import { startServing } from './serve.ts';

const launcher = fileURLToPath(new URL('../../bin/jiebang.js', import.meta.url));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe('jiebang serve', { timeout: 90_000 }, () => {
  let database: CliTestDatabase;
  beforeEach(async () => {
    database = await createCliTestDatabase();
  });
  afterEach(() => database.cleanup());

  it('migrates, seeds an empty database once, listens, and prints where and who', async () => {
    const port = await freePort();
    const env = { ...database.env, PORT: String(port), HOST: '127.0.0.1' };
    const io = captureIo(env);
    const server = await startServing(io, { seed: 'minimal' });
    try {
      expect(server.seed).toMatchObject({ scenario: 'minimal', seeded: true });
      expect(io.out()).toMatch(/ready in \d+ ms \(database \d+ ms, migrations \d+ ms/);
      expect(io.out()).toContain(`http://127.0.0.1:${port}/api/docs`);
      expect(io.out()).toMatch(/min_officer\s+Jiebang@2026\s+主管部门 programme_owner\s+示范市科学技术局/);
      expect(io.out()).toMatch(/min_bidder\s+Jiebang@2026\s+揭榜单位 bidder_org\s+示范市精密仪器有限公司/);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'min_officer', password: DEMO_PASSWORD }) });
      expect(signIn.status).toBe(200);
    } finally {
      await server.close();
    }

    const warm = captureIo(env);
    const again = await startServing(warm, { seed: 'minimal' });
    try {
      expect(again.seed).toBeNull();
      expect(warm.out()).toContain('seed "minimal" skipped: the database already holds data');
      expect(warm.out()).toContain('migrations up to date');
      const tenants = await again.deps.db.selectFrom('tenant').select('code').execute();
      expect(tenants).toEqual([{ code: 'minimal-city' }]);
    } finally {
      await again.close();
    }
  });

  it('refuses an unknown --seed scenario before opening anything', async () => {
    await expect(startServing(captureIo(database.env), { seed: 'galaxy' })).rejects.toThrow('Scenarios: demo, minimal');
  });

  it('runs through bin/jiebang.js and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    // Only this test's database settings: an operator's DATABASE_URL / DATA_DIR must not leak in.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST'].includes(key)));
    const child = spawn(process.execPath, [launcher, 'serve', '--seed', 'minimal'], { env: { ...inherited, ...database.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const ready = await new Promise<boolean>((resolve) => {
      const poll = setInterval(() => output.includes('Press Ctrl-C to stop.') && (clearInterval(poll), resolve(true)), 100);
      void exited.then(() => (clearInterval(poll), resolve(false)));
    });
    expect(ready, output).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited, output).toBe(0);
    expect(output).toMatch(/SIGTERM: stopping…\nstopped\n/);
    if (database.kind === 'pglite') expect(existsSync(join(database.env.DATA_DIR!, 'jiebang.pid'))).toBe(false);
  });
});
