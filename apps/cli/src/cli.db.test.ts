import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chainHash, GENESIS_HASH } from '@jiebang/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo, createCliTestDatabase, type CliTestDatabase } from './cli-test-database.ts';
import { runCli } from './cli.ts';
import { EXIT } from './io.ts';

// PGlite's initdb takes 3–7 s on a fresh directory.
describe('jiebang CLI: migrate, seed, export-audit', { timeout: 60_000 }, () => {
  let database: CliTestDatabase;
  const run = async (...argv: string[]) => {
    const io = captureIo(database.env);
    const code = await runCli(argv, io);
    return { code, out: io.out(), err: io.err() };
  };
  const count = async (table: 'tenant' | 'app_user' | 'programme' | 'audit_event') => {
    const handle = await database.open();
    try {
      const row = await handle.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    } finally {
      await handle.close();
    }
  };
  const exportLines = (out: string) => out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

  beforeAll(async () => {
    database = await createCliTestDatabase();
  });
  afterAll(() => database.cleanup());

  it('migrates an empty database, then reports it up to date', async () => {
    const first = await run('migrate');
    expect(first).toMatchObject({ code: EXIT.ok });
    expect(first.out).toMatch(/applied \d+ migration\(s\): 0001-create-identity-and-audit/);
    const second = await run('migrate');
    expect(second).toMatchObject({ code: EXIT.ok });
    expect(second.out).toMatch(/schema is up to date/);
  });

  it('refuses an unknown scenario with exit 2, listing the scenarios', async () => {
    const result = await run('seed', 'enormous');
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain('Unknown seed scenario "enormous". Scenarios: demo, minimal');
  });

  it('refuses bad configuration with exit 2, naming the variable', async () => {
    const io = captureIo({ ...database.env, PORT: 'eighty' });
    expect(await runCli(['migrate'], io)).toBe(EXIT.usage);
    expect(io.err()).toMatch(/PORT/);
  });

  it('seeds the minimal scenario once: a second run adds nothing', async () => {
    const first = await run('seed', 'minimal');
    expect(first.code).toBe(EXIT.ok);
    expect(first.out).toMatch(/seeded "minimal"/);
    expect(first.out).toMatch(/min_officer\s+Jiebang@2026\s+主管部门 programme_owner/);
    const counts = { tenants: await count('tenant'), users: await count('app_user'), programmes: await count('programme') };
    expect(counts).toEqual({ tenants: 1, users: 2, programmes: 1 });

    const second = await run('seed', 'minimal');
    expect(second.code).toBe(EXIT.ok);
    expect(second.out).toMatch(/already in this database/);
    expect({ tenants: await count('tenant'), users: await count('app_user'), programmes: await count('programme') }).toEqual(counts);
  });

  it('exports the audit trail as JSON Lines whose hashes anyone can recompute, and audits the export', async () => {
    const before = await count('audit_event');
    const result = await run('export-audit');
    expect(result.code).toBe(EXIT.ok);
    const events = exportLines(result.out);
    expect(events).toHaveLength(before);
    expect(Object.keys(events[0]).sort()).toEqual(['actorName', 'actorUserId', 'aggregateId', 'aggregateType', 'hash', 'id', 'occurredAt', 'payload', 'prevHash', 'requestId', 'requestIp', 'seq', 'tenantId', 'type'].sort());
    let prevHash = GENESIS_HASH;
    events.forEach((event, index) => {
      expect(event.seq).toBe(index + 1);
      expect(event.prevHash).toBe(prevHash);
      const { tenantId, seq, occurredAt, actorUserId, type, aggregateType, aggregateId, payload } = event;
      expect(chainHash({ tenantId, seq, occurredAt, actorUserId, type, aggregateType, aggregateId, payload, prevHash })).toBe(event.hash);
      prevHash = event.hash;
    });
    expect(result.err).toMatch(/minimal-city\s+\d+ exported\s+\d+ in chain\s+chain intact/);
    expect(result.err).toContain('verification: every chain is intact');

    const again = exportLines((await run('export-audit')).out);
    expect(again.at(-1)).toMatchObject({ type: 'audit.exported', aggregateType: 'audit', actorUserId: null, payload: { via: 'cli', exported: before, chainValid: true } });
  });

  it('filters by tenant and time and writes to --out', async () => {
    const file = join(database.kind === 'pglite' ? database.env.DATA_DIR! : '/tmp', `audit-${Date.now()}.jsonl`);
    const result = await run('export-audit', '--tenant', 'minimal-city', '--from', '2000-01-01', '--to', '2999-12-31T00:00:00Z', '--out', file);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toBe('');
    const events = exportLines(await readFile(file, 'utf8'));
    expect(events.length).toBeGreaterThan(0);
    expect(result.err).toContain(`to ${file}`);
    const future = await run('export-audit', '--from', '2999-01-01T00:00:00Z');
    expect(exportLines(future.out)).toEqual([]);
    expect((await run('export-audit', '--tenant', 'atlantis')).code).toBe(EXIT.usage);
    expect((await run('export-audit', '--from', 'last tuesday')).code).toBe(EXIT.usage);
  });

  it('detects a tampered chain: exit 3 and the broken sequence number on stderr', async () => {
    const handle = await database.open();
    try {
      // The append-only trigger stops an honest mistake; someone with DDL rights can disable it, which is what the hash chain catches.
      await sql`alter table audit_event disable trigger audit_event_no_update`.execute(handle.db);
      await sql`update audit_event set payload = '{"username":"intruder"}'::jsonb where seq = 2`.execute(handle.db);
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(handle.db);
    } finally {
      await handle.close();
    }
    const result = await run('export-audit');
    expect(result.code).toBe(EXIT.chainBroken);
    expect(result.err).toMatch(/minimal-city .* CHAIN BROKEN at seq 2/);
    expect(result.err).toContain('verification FAILED');
    // The export still delivers every line and records that it found the break.
    const last = exportLines((await run('export-audit')).out).at(-1);
    expect(last).toMatchObject({ type: 'audit.exported', payload: { chainValid: false, brokenAtSeq: 2 } });
  });
});
