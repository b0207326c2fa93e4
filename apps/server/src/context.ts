import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@jiebang/db';

/** Who asked, from where: stamped on every audit event. */
export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
}

/** What every use case needs; tests build it over PGlite or a PostgreSQL schema with a fixed clock. */
export interface AppDeps {
  db: Kysely<Database>;
  /** Injected so tests can move time (deadlines, notice periods, session expiry). */
  now: () => Date;
  newId: () => string;
}

export type Tx = Transaction<Database>;
export type DbOrTx = Kysely<Database> | Tx;

export const SYSTEM_REQUEST: RequestMeta = { ip: null, requestId: null };
