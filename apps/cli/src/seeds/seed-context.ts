import type { AuditEventInput, Role } from '@jiebang/domain';
import { hashPassword, recordAudit, type AppDeps, type Tx } from '@jiebang/server';
import type { FastifyInstance } from 'fastify';

/** The one password of every seeded account (a demo, not a secret): satisfies the 等保 password rule. */
export const DEMO_PASSWORD = 'Jiebang@2026';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One signed-in user calling the in-process HTTP API, so seeded work goes through the same rules and audit as real work. */
export interface SeedSession {
  call<T = any>(method: Method, url: string, body?: unknown): Promise<T>;
  get<T = any>(url: string): Promise<T>;
  post<T = any>(url: string, body?: unknown): Promise<T>;
  patch<T = any>(url: string, body: unknown): Promise<T>;
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

export function createSeedContext(deps: AppDeps, app: FastifyInstance, scenario: string, log: (line: string) => void) {
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

  const context: SeedContext = {
    deps,
    app,
    scenario,
    log,
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
      const bearer = token;
      return {
        call: (method, url, body) => call(bearer, method, url, body),
        get: (url) => call(bearer, 'GET', url),
        post: (url, body = {}) => call(bearer, 'POST', url, body),
        patch: (url, body) => call(bearer, 'PATCH', url, body),
      };
    },
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
