import { buildApp, type AppDeps } from '@jiebang/server';
import { DEMO_ACCOUNTS, demoScenario } from './demo/index.ts';
import { MINIMAL_ACCOUNTS, minimalScenario } from './minimal.ts';
import { createSeedContext, SeedClock, type DemoAccount, type Scenario } from './seed-context.ts';

export { DEMO_PASSWORD, type DemoAccount, type Scenario, type SeedContext, type SeedStep } from './seed-context.ts';

/** Named seed scenarios (`jiebang seed <name>`, `serve --seed <name>`). */
export const SCENARIOS: Record<string, Scenario> = { demo: demoScenario, minimal: minimalScenario };
export const SCENARIO_NAMES = Object.keys(SCENARIOS);

/** Every seeded account, for the start-up table (only those present in the database are shown). */
export const SEEDED_ACCOUNTS: readonly DemoAccount[] = [...DEMO_ACCOUNTS, ...MINIMAL_ACCOUNTS];

export class UnknownScenarioError extends Error {
  constructor(readonly scenario: string) {
    super(`Unknown seed scenario "${scenario}". Scenarios: ${SCENARIO_NAMES.join(', ')}`);
  }
}

export function scenarioNamed(name: string): Scenario {
  const scenario = Object.hasOwn(SCENARIOS, name) ? SCENARIOS[name] : undefined;
  if (!scenario) throw new UnknownScenarioError(name);
  return scenario;
}

export interface SeedReport {
  scenario: string;
  /** False when the scenario was already in the database (seeding is idempotent). */
  seeded: boolean;
  steps: { name: string; ms: number }[];
}

/**
 * Runs a scenario's steps in order unless its marker tenant already exists. Steps call the HTTP API in-process,
 * so seeded work passes the same rules and audit as real work. The API they call is an app of the seed's own,
 * over `deps` with the seed clock in place of `deps.now`: a scenario with history starts in the past and moves
 * forward to the real now; `deps` (the server's) keeps its real clock throughout.
 */
export async function runScenario(name: string, deps: AppDeps, log: (line: string) => void = () => undefined): Promise<SeedReport> {
  const scenario = scenarioNamed(name);
  const marker = await deps.db.selectFrom('tenant').select('id').where('code', '=', scenario.markerTenantCode).executeTakeFirst();
  if (marker) return { scenario: name, seeded: false, steps: [] };
  const historyDays = scenario.historyDays ?? 0;
  const clock = new SeedClock(deps.now(), historyDays);
  const seedDeps: AppDeps = { ...deps, now: clock.now };
  // Seeded users sign in once and act across the whole history, so their sessions must outlast it; request logs
  // below warnings would drown the start-up output.
  const sessionHours = (historyDays + 1) * 24;
  const app = await buildApp({ deps: seedDeps, config: { SESSION_IDLE_MINUTES: sessionHours * 60, SESSION_MAX_HOURS: sessionHours, COOKIE_SECURE: false, LOG_LEVEL: 'warn' } });
  const { context, signOutAll } = createSeedContext(seedDeps, app, clock, name, log);
  const steps: SeedReport['steps'] = [];
  try {
    for (const step of scenario.steps) {
      const started = performance.now();
      await step.run(context);
      steps.push({ name: step.name, ms: Math.round(performance.now() - started) });
      log(`  seeded ${step.name} (${steps.at(-1)!.ms} ms)`);
    }
  } finally {
    try {
      await signOutAll();
    } finally {
      await app.close();
    }
  }
  return { scenario: name, seeded: true, steps };
}

/** Whether the database holds any tenant at all (`serve --seed` seeds only an empty database). */
export async function isDatabaseEmpty(deps: AppDeps): Promise<boolean> {
  return !(await deps.db.selectFrom('tenant').select('id').limit(1).executeTakeFirst());
}
