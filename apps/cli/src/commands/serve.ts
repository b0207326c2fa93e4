import { describeDatabase, startServer, type RunningServer } from '@jiebang/server';
import { seededAccountsTable } from '../accounts.ts';
import { configFrom } from '../config.ts';
import type { CliIo } from '../io.ts';
import { isDatabaseEmpty, type SeedReport } from '../seeds/index.ts';
import { assertScenario, seedWithQuietApp } from './seed.ts';

export interface ServeOptions {
  /** Seed this scenario when the database has no tenant yet (a fresh install). */
  seed?: string | undefined;
}

/** Starts the server and prints where it is, how long it took and who can sign in. Returns once listening. */
export async function startServing(io: CliIo, options: ServeOptions): Promise<RunningServer & { seed: SeedReport | null }> {
  if (options.seed) assertScenario(options.seed);
  const config = configFrom(io);
  const out = (line = '') => io.stdout.write(`${line}\n`);
  let seed: SeedReport | null = null;
  out(`揭榜 Jiebang: starting on ${describeDatabase(config)}`);
  const server = await startServer({
    config,
    async prepare({ deps }) {
      if (!options.seed) return;
      if (!(await isDatabaseEmpty(deps))) {
        out(`seed "${options.seed}" skipped: the database already holds data`);
        return;
      }
      out(`seeding "${options.seed}" into the empty database…`);
      seed = await seedWithQuietApp(deps, options.seed, out);
    },
  });
  const { timings } = server;
  out();
  out(`  Web app    ${server.url}/`);
  out(`  API        ${server.url}/api`);
  out(`  API docs   ${server.url}/api/docs`);
  out(`  OpenAPI    ${server.url}/api/openapi.json`);
  out(`  listening  ${config.HOST}:${config.PORT}`);
  out(`  migrations ${server.appliedMigrations.length ? `applied ${server.appliedMigrations.join(', ')}` : 'up to date'}`);
  out();
  out(
    `ready in ${timings.sinceProcessStart} ms (database ${timings.database} ms, migrations ${timings.migrations} ms, app ${timings.app} ms, seed ${timings.prepare} ms, listen ${timings.listen} ms)`,
  );
  const table = await seededAccountsTable(server.deps);
  if (table) {
    out();
    out('Demo accounts (all share one password; change it before real use):');
    out(table);
  }
  out();
  out('Press Ctrl-C to stop.');
  return { ...server, seed };
}

/** `jiebang serve`: runs until SIGINT/SIGTERM, then closes the HTTP server and the database cleanly. */
export async function serveCommand(io: CliIo, options: ServeOptions): Promise<void> {
  // Listen for the stop signal from the start: Ctrl-C during a long first seed still closes PGlite cleanly.
  const stopped = io.untilStopped();
  const server = await startServing(io, options);
  const signal = await stopped;
  io.stdout.write(`${signal}: stopping…\n`);
  await server.close();
  io.stdout.write('stopped\n');
}
