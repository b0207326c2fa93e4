import { loadConfig, openConfiguredDatabase, systemDeps, type AppDeps, type Config } from '@jiebang/server';
import type { DatabaseHandle } from '@jiebang/db';
import { CliError, EXIT, type CliIo } from './io.ts';

/** Loads and validates the environment (env.ts), turning a bad variable into a usage error (exit 2). */
export function configFrom(io: CliIo): Config {
  try {
    return loadConfig(io.env);
  } catch (error) {
    throw new CliError((error as Error).message, EXIT.usage);
  }
}

/** Opens the configured database for one command and always closes it. */
export async function withDatabase<T>(config: Config, work: (deps: AppDeps, handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openConfiguredDatabase(config);
  try {
    return await work(systemDeps(handle), handle);
  } finally {
    await handle.close();
  }
}
