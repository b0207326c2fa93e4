import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The only place that reads `process.env`. Fails fast at boot, naming every bad variable.
 */
const EnvSchema = z.object({
  /** HTTP port for the API, its docs and the web app. */
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** Interface to bind; 0.0.0.0 serves the LAN, 127.0.0.1 only this machine. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** A PostgreSQL server (postgres://user@host:port/db). Unset = embedded PGlite under DATA_DIR. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  /** Where embedded PGlite keeps its files. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** Idle session lifetime in minutes (等保: auto-logout after inactivity, commonly ≤ 30). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** Absolute session lifetime in hours. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  /** Mark the session cookie Secure (behind TLS). */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The built web app (`npm run build`), served at `/`. Without it the API still runs and `/` says how to build. */
  WEB_DIST_DIR: z.string().min(1).default(fileURLToPath(new URL('../../../web/dist', import.meta.url))),
});

export type Config = z.infer<typeof EnvSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}
