import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { exportAuditEvents, type ExportAuditResult } from '@jiebang/server';
import { isDomainError } from '@jiebang/domain';
import { configFrom, withDatabase } from '../config.ts';
import { CliError, EXIT, type CliIo } from '../io.ts';

export interface ExportAuditOptions {
  tenant?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  out?: string | undefined;
}

function parseInstant(value: string | undefined, option: string): Date | undefined {
  if (value === undefined) return undefined;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new CliError(`${option}: "${value}" is not an ISO 8601 date or time (e.g. 2026-03-01 or 2026-03-01T08:00:00Z)`, EXIT.usage);
  return instant;
}

/**
 * `jiebang export-audit`: the audit trail as JSON Lines (one event per line, every stored field) on stdout or
 * into --out, then a verification summary of each tenant's hash chain on stderr. Exit 3 when a chain is broken.
 */
export async function exportAuditCommand(io: CliIo, options: ExportAuditOptions): Promise<ExportAuditResult> {
  const from = parseInstant(options.from, '--from');
  const to = parseInstant(options.to, '--to');
  if (from && to && from > to) throw new CliError('--from must not be later than --to', EXIT.usage);
  const config = configFrom(io);
  const file = options.out ? createWriteStream(options.out, { encoding: 'utf8' }) : null;
  const write = async (line: string) => {
    if (!file) return void io.stdout.write(line);
    if (!file.write(line)) await once(file, 'drain');
  };
  let result: ExportAuditResult;
  try {
    result = await withDatabase(config, (deps) => exportAuditEvents(deps, { tenantCode: options.tenant, from, to, via: 'cli' }, (event) => write(`${JSON.stringify(event)}\n`)));
  } catch (error) {
    if (isDomainError(error) && error.code === 'NOT_FOUND') throw new CliError(`--tenant: no tenant with code "${options.tenant}"`, EXIT.usage);
    throw error;
  } finally {
    if (file) {
      file.end();
      await once(file, 'close');
    }
  }
  const exported = result.tenants.reduce((sum, tenant) => sum + tenant.exported, 0);
  io.stderr.write(`exported ${exported} audit event(s) of ${result.tenants.length} tenant(s)${options.out ? ` to ${options.out}` : ''} (export ${result.exportId}, recorded as audit.exported)\n`);
  for (const tenant of result.tenants) {
    const { verification } = tenant;
    const status = verification.valid ? 'chain intact' : `CHAIN BROKEN at seq ${verification.brokenAtSeq}`;
    io.stderr.write(`  ${tenant.tenantCode.padEnd(16)} ${String(tenant.exported).padStart(7)} exported  ${String(verification.events).padStart(7)} in chain  ${status}\n`);
  }
  io.stderr.write(result.valid ? 'verification: every chain is intact\n' : 'verification FAILED: the audit trail has been altered\n');
  return result;
}
