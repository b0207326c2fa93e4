export { runCli } from './cli.ts';
export { EXIT, CliError, type CliIo } from './io.ts';
export { startServing } from './commands/serve.ts';
export { DEMO_PASSWORD, SCENARIOS, SCENARIO_NAMES, SEEDED_ACCOUNTS, runScenario, isDatabaseEmpty, type Scenario, type SeedContext, type SeedStep } from './seeds/index.ts';
