import { existsSync } from 'node:fs';
import pg from 'pg';
import { defineConfig } from 'vitest/config';

/**
 * Five projects: `unit` (pure, no database), `pglite` (embedded PostgreSQL 18), `postgres` (the server at
 * JIEBANG_TEST_PG_URL, default 127.0.0.1:5432/test), `web` (the browser app in jsdom) and `browser` (journeys in
 * real Chromium, apps/web/e2e). The same `*.db.test.ts` files run on both databases.
 * Without a reachable server the postgres project is left out, without /usr/bin/chromium the browser project is;
 * under CI=true either is an error.
 */
const pgUrl = process.env.JIEBANG_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const hasPostgres = await postgresReachable();
if (!hasPostgres) {
  if (process.env.CI === 'true') throw new Error(`CI=true but PostgreSQL is not reachable at ${pgUrl}: the server suite must run in CI`);
  console.warn(`[vitest] PostgreSQL not reachable at ${pgUrl}: running unit and PGlite suites only`);
}

/** The browser journeys drive the system's Chromium (CI installs it); a browser is never downloaded. */
const chromiumPath = '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  if (process.env.CI === 'true') throw new Error(`CI=true but ${chromiumPath} is missing: the browser journeys must run in CI`);
  console.warn(`[vitest] ${chromiumPath} not found: the browser journeys (project \`browser\`) are left out`);
}

const dbTests = ['packages/*/src/**/*.db.test.ts', 'apps/*/src/**/*.db.test.ts', 'apps/*/test/**/*.db.test.ts'];
/** Tests of embedded-only behaviour (the data-directory lock): the PGlite project alone runs them. */
const pgliteOnlyTests = ['apps/*/src/**/*.pglite.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'bench/**/*.test.ts'], exclude: [...dbTests, ...pgliteOnlyTests, 'apps/web/**'] } },
      { extends: true, test: { name: 'pglite', include: [...dbTests, ...pgliteOnlyTests], env: { JIEBANG_TEST_DB: 'pglite' }, globalSetup: ['packages/test-kit/src/pglite-template.setup.ts'] } },
      // The browser app: its own Vite config (React, the @/ alias) in jsdom.
      { extends: './apps/web/vite.config.ts', root: '.', test: { name: 'web', environment: 'jsdom', include: ['apps/web/src/**/*.test.{ts,tsx}'], setupFiles: ['apps/web/src/testing/setup.ts'], testTimeout: 30_000 } },
      ...(hasPostgres ? [{ extends: true as const, test: { name: 'postgres', include: dbTests, env: { JIEBANG_TEST_DB: 'postgres', JIEBANG_TEST_PG_URL: pgUrl } } }] : []),
      // Real Chromium against the real server (in-process, PGlite, settable clock) serving the built web app.
      // One file at a time: each runs a server and a browser, and CI has two cores.
      ...(hasChromium
        ? [
            {
              extends: true as const,
              test: {
                name: 'browser',
                // After every other project: the journeys time each step, and on two cores sharing the machine with
                // the database suites made them wait on the CPU instead of the app.
                sequence: { groupOrder: 1 },
                include: ['apps/web/e2e/**/*.e2e.test.ts'],
                environment: 'node' as const,
                env: { JIEBANG_TEST_DB: 'pglite' },
                globalSetup: ['packages/test-kit/src/pglite-template.setup.ts', 'apps/web/e2e/build-web.setup.ts'],
                fileParallelism: false,
                maxWorkers: 1,
                testTimeout: 240_000,
                hookTimeout: 240_000,
              },
            },
          ]
        : []),
    ],
  },
});
