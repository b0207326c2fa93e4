import { buildApp } from '@jiebang/server';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
}

/** A fresh database and the full HTTP app over it, for API tests. */
export async function openTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ deps: database.deps, config: { SESSION_IDLE_MINUTES: 30, SESSION_MAX_HOURS: 12, COOKIE_SECURE: false, LOG_LEVEL: 'silent' } });
  await app.ready();
  return {
    ...database,
    app,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
