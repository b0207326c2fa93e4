import { Command, CommanderError, Option } from 'commander';
import { ASSIGN_MODES, assignCommand } from './commands/assign.ts';
import { exportAuditCommand } from './commands/export-audit.ts';
import { migrateCommand } from './commands/migrate.ts';
import { seedCommand } from './commands/seed.ts';
import { serveCommand } from './commands/serve.ts';
import { CliError, EXIT, type CliIo } from './io.ts';
import { SCENARIO_NAMES } from './seeds/index.ts';

const ENVIRONMENT_HELP = `
Environment (see README.md): DATABASE_URL (PostgreSQL; unset = embedded PGlite), DATA_DIR (default ./data),
PORT (3000), HOST (0.0.0.0), LOG_LEVEL (info), SESSION_IDLE_MINUTES (30), SESSION_MAX_HOURS (12), COOKIE_SECURE (false).
Exit codes: 0 done, 1 failed, 2 bad usage or configuration, 3 audit chain broken.`;

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('jiebang')
    .description('揭榜 Jiebang: run and operate a 揭榜挂帅 (open-competition, results-based) S&T programme platform')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .addHelpText('after', ENVIRONMENT_HELP);

  program
    .command('serve')
    .description('migrate, optionally seed an empty database, and serve the API (stops cleanly on Ctrl-C / SIGTERM)')
    .addOption(new Option('--seed <scenario>', `seed this scenario if the database has no data yet (${SCENARIO_NAMES.join(', ')})`))
    .action((options: { seed?: string }) => serveCommand(io, options));

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => void (await migrateCommand(io)));

  program
    .command('seed')
    .description(`load a named scenario (${SCENARIO_NAMES.join(', ')}); does nothing if it is already loaded`)
    .argument('<scenario>', SCENARIO_NAMES.join(' | '))
    .action(async (scenario: string) => void (await seedCommand(io, scenario)));

  program
    .command('export-audit')
    .description('write the audit trail as JSON Lines and verify every hash chain (summary on stderr)')
    .option('--tenant <code>', 'only this tenant (by code, e.g. ningbo)')
    .option('--from <iso>', 'events at or after this instant')
    .option('--to <iso>', 'events at or before this instant')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: { tenant?: string; from?: string; to?: string; out?: string }) => {
      const result = await exportAuditCommand(io, options);
      if (!result.valid) setExit(EXIT.chainBroken);
    });

  program
    .command('assign')
    .description('assign reviewers to papers from a bid matrix file (P R, then P lines of R scores): exactly --panel per paper, at most --cap per reviewer, maximum total score')
    .requiredOption('--matrix <file>', 'the bid matrix (format of shared/data/reviewer-assignment/README.md)')
    .requiredOption('--panel <k>', 'reviewers per paper')
    .requiredOption('--cap <c>', 'papers per reviewer at most')
    .addOption(new Option('--mode <mode>', 'optimal (exact maximum), random (seeded draw, 专家抽取) or fair (max-min, then total)').choices(ASSIGN_MODES).default('optimal'))
    .option('--seed <n>', 'seed of the random draw (--mode random); the same seed replays the same draw')
    .option('--json', 'print one JSON line')
    .action((options: { matrix: string; panel: string; cap: string; mode?: string; seed?: string; json?: boolean }) => assignCommand(io, options));

  return program;
}

/** Runs one CLI invocation and returns its exit code; never calls process.exit, so tests run it in-process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliError) {
      io.stderr.write(`jiebang: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`jiebang: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.failed;
  }
}
