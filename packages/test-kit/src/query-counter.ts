import { buildApp } from '@jiebang/server';
import type { FastifyInstance } from 'fastify';
import type { Kysely, KyselyPlugin } from 'kysely';
import type { TestApp } from './test-app.ts';

export interface QueryCountingDb<DB> {
  /** The same database, counting every SQL statement run through this instance. */
  db: Kysely<DB>;
  /** How many statements `work` ran through `db`. */
  count: (work: () => Promise<unknown>) => Promise<number>;
}

/**
 * A Kysely instance over the same database that counts the statements it executes, so a test can show that a
 * batch loader costs the same number of queries for one row as for many (no N+1).
 */
export function countQueries<DB>(db: Kysely<DB>): QueryCountingDb<DB> {
  let statements = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      statements += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return {
    db: db.withPlugin(counter),
    count: async (work) => {
      const before = statements;
      await work();
      return statements - before;
    },
  };
}

export interface QueryCountingApp {
  /** The full HTTP app over the same database, counting every SQL statement it runs. */
  app: FastifyInstance;
  /** How many statements `work` ran (sign-in and session checks included). */
  count(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/** A second app over the test database whose queries are counted (see `countQueries`), for list endpoints. */
export async function openQueryCountingApp(t: TestApp): Promise<QueryCountingApp> {
  const counted = countQueries(t.deps.db);
  const app = await buildApp({ deps: { ...t.deps, db: counted.db }, config: { SESSION_IDLE_MINUTES: 30, SESSION_MAX_HOURS: 12, COOKIE_SECURE: false, LOG_LEVEL: 'silent' } });
  await app.ready();
  return { app, count: counted.count, close: () => app.close() };
}
