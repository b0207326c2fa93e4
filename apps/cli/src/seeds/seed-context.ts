import type { AuditEventInput, Role } from '@jiebang/domain';
import { hashPassword, recordAudit, type AppDeps, type Tx } from '@jiebang/server';
import type { FastifyInstance } from 'fastify';

/** The one password of every seeded account (a demo, not a secret): satisfies the 等保 password rule. */
export const DEMO_PASSWORD = 'Jiebang@2026';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const DAY_MS = 86_400_000;

/**
 * The seed's own clock. A demo shows a platform that has been in use for a while, so a scenario with history
 * starts its clock `historyDays` before the real now and moves it only forward (deadlines pass, notice periods
 * end, projects run) until it reaches the real now; then the server takes over with the real clock, and every
 * seeded timestamp lies in its past. Days count from that end: day 0 = the real now, day -30 = a month before.
 */
export class SeedClock {
  private current: number;

  constructor(
    private readonly end: Date,
    historyDays: number,
  ) {
    this.current = -historyDays;
  }

  readonly now = (): Date => this.at(this.current);

  /** The instant of `day` (fractions are hours); the clock does not move. */
  at(day: number): Date {
    return new Date(this.end.getTime() + day * DAY_MS);
  }

  /** Moves the clock to `day`: never backwards, never past the real now. */
  travelTo(day: number): void {
    if (day < this.current) throw new Error(`seed clock: cannot go back from day ${this.current} to day ${day}`);
    if (day > 0) throw new Error(`seed clock: day ${day} is after the real now (day 0)`);
    this.current = day;
  }
}

/** One signed-in user calling the in-process HTTP API, so seeded work goes through the same rules and audit as real work. */
export interface SeedSession {
  call<T = any>(method: Method, url: string, body?: unknown): Promise<T>;
  get<T = any>(url: string): Promise<T>;
  post<T = any>(url: string, body?: unknown): Promise<T>;
  patch<T = any>(url: string, body: unknown): Promise<T>;
  put<T = any>(url: string, body: unknown): Promise<T>;
}

export interface SeedContext {
  deps: AppDeps;
  app: FastifyInstance;
  scenario: string;
  log(line: string): void;
  /** Ids by stable key (`org:donghai`, `need:nb-vision`): later steps find what earlier steps made. */
  ref(key: string): string;
  setRef(key: string, id: string): string;
  /** The API as this seeded user (signed in once, with DEMO_PASSWORD). */
  as(username: string): Promise<SeedSession>;
  /** The API without a session: the public (who may read published results and file objections). */
  anonymous(): SeedSession;
  /** The clock every seeded request sees (`deps.now`). */
  clock: SeedClock;
  /** The argon2id hash of DEMO_PASSWORD, computed once per run (~65 ms each). */
  passwordHash(): Promise<string>;
  /** Writes a system audit event (no user: the seed itself) in `trx`. */
  auditSystem(trx: Tx, event: AuditEventInput): Promise<void>;
}

export interface SeedStep {
  /** Shown while seeding: `organisations`, `needs: Ningbo`, `challenges: publish`… */
  name: string;
  run(ctx: SeedContext): Promise<void>;
}

export interface DemoAccount {
  username: string;
  displayName: string;
  /** The account's grants, first = the one shown in the accounts table. */
  roles: readonly Role[];
  organisation: string | null;
}

export interface Scenario {
  name: string;
  description: string;
  /** A tenant code this scenario creates: its presence means the scenario already ran. */
  markerTenantCode: string;
  /** Days of history the scenario seeds before the real now (the seed clock starts there); 0 = none. */
  historyDays?: number;
  steps: readonly SeedStep[];
}

export class SeedApiError extends Error {
  constructor(
    readonly status: number,
    method: string,
    url: string,
    body: string,
  ) {
    super(`seed: ${method} ${url} answered ${status}: ${body}`);
  }
}

/** `deps` must be the seed's own (its `now` is `clock.now`), and `app` built over them. */
export function createSeedContext(deps: AppDeps, app: FastifyInstance, clock: SeedClock, scenario: string, log: (line: string) => void) {
  const refs = new Map<string, string>();
  const tokens = new Map<string, string>();
  let hash: Promise<string> | undefined;

  const call = async (token: string | null, method: Method, url: string, body?: unknown) => {
    const response = await app.inject({
      method,
      url,
      ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (response.statusCode >= 300) throw new SeedApiError(response.statusCode, method, url, response.body);
    return response.body ? response.json() : null;
  };

  const session = (token: string | null): SeedSession => ({
    call: (method, url, body) => call(token, method, url, body),
    get: (url) => call(token, 'GET', url),
    post: (url, body = {}) => call(token, 'POST', url, body),
    patch: (url, body) => call(token, 'PATCH', url, body),
    put: (url, body) => call(token, 'PUT', url, body),
  });

  const context: SeedContext = {
    deps,
    app,
    scenario,
    log,
    clock,
    ref(key) {
      const id = refs.get(key);
      if (!id) throw new Error(`seed: nothing seeded under "${key}" yet (steps run in order; is the step that makes it missing?)`);
      return id;
    },
    setRef(key, id) {
      refs.set(key, id);
      return id;
    },
    async as(username) {
      let token = tokens.get(username);
      if (!token) {
        const signedIn = await call(null, 'POST', '/api/auth/sign-in', { username, password: DEMO_PASSWORD });
        token = signedIn.token as string;
        tokens.set(username, token);
      }
      return session(token);
    },
    anonymous: () => session(null),
    passwordHash: () => (hash ??= hashPassword(DEMO_PASSWORD)),
    auditSystem: (trx, event) => recordAudit(trx, null, { ip: null, requestId: `seed:${scenario}` }, { ...event, id: deps.newId(), occurredAt: deps.now() }),
  };

  /** Ends the seed's sessions so no signed-in token outlives the run. */
  const signOutAll = async () => {
    for (const token of tokens.values()) await call(token, 'POST', '/api/auth/sign-out', {});
    tokens.clear();
  };
  return { context, signOutAll };
}
