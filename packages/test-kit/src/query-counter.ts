import { buildApp } from '@jiebang/server';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import type { TestApp } from './test-app.ts';

export interface QueryCountingApp {
  /** The full HTTP app over the same database, counting every SQL statement it runs. */
  app: FastifyInstance;
  /** How many statements `work` ran (sign-in and session checks included). */
  count(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/**
 * A second app over the test database whose Kysely instance counts the statements it executes, so a test can
 * show that a list endpoint costs the same number of queries for one row as for many (no N+1).
 */
export async function openQueryCountingApp(t: TestApp): Promise<QueryCountingApp> {
  let statements = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      statements += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const app = await buildApp({ deps: { ...t.deps, db: t.deps.db.withPlugin(counter) }, config: { SESSION_IDLE_MINUTES: 30, SESSION_MAX_HOURS: 12, COOKIE_SECURE: false, LOG_LEVEL: 'silent' } });
  await app.ready();
  return {
    app,
    async count(work) {
      const before = statements;
      await work();
      return statements - before;
    },
    close: () => app.close(),
  };
}
