import { migrateToLatest } from '@jiebang/db';
import { describeDatabase, type AppDeps } from '@jiebang/server';
import { seededAccountsTable } from '../accounts.ts';
import { configFrom, withDatabase } from '../config.ts';
import { CliError, EXIT, type CliIo } from '../io.ts';
import { runScenario, scenarioNamed, UnknownScenarioError, type SeedReport } from '../seeds/index.ts';

/** Checks a scenario name before anything is opened, so a typo costs nothing (exit 2). */
export function assertScenario(name: string): void {
  try {
    scenarioNamed(name);
  } catch (error) {
    if (error instanceof UnknownScenarioError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}

/**
 * Seeds through a quiet app instance of the seed's own (runScenario builds it over the seed clock): the steps
 * call the HTTP API in-process, and their request logs would drown the start-up output.
 */
export async function seedWithQuietApp(deps: AppDeps, scenario: string, log: (line: string) => void): Promise<SeedReport> {
  try {
    return await runScenario(scenario, deps, log);
  } catch (error) {
    throw new CliError(
      `Seeding "${scenario}" failed: ${(error as Error).message}\nThe database may now hold part of the scenario; start from an empty database (remove DATA_DIR for PGlite) and try again.`,
    );
  }
}

/** `jiebang seed <scenario>`: migrates, then seeds the scenario unless it is already there. */
export async function seedCommand(io: CliIo, scenario: string): Promise<SeedReport> {
  assertScenario(scenario);
  const config = configFrom(io);
  return withDatabase(config, async (deps) => {
    await migrateToLatest(deps.db);
    io.stdout.write(`${describeDatabase(config)}\n`);
    const report = await seedWithQuietApp(deps, scenario, (line) => io.stdout.write(`${line}\n`));
    const total = report.steps.reduce((sum, step) => sum + step.ms, 0);
    io.stdout.write(report.seeded ? `seeded "${scenario}" in ${total} ms\n` : `"${scenario}" is already in this database; nothing to do\n`);
    const table = await seededAccountsTable(deps);
    if (table) io.stdout.write(`\n${table}\n`);
    return report;
  });
}
