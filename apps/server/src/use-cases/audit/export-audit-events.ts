import type { AppDeps } from '../../context.ts';
import { recordAudit, verifyAuditChain, type ChainVerification } from '../../infra/audit-log.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { presentAuditEvent, type AuditEventRecord } from '../../presenters/audit-event.presenter.ts';
import { auditEventRepository } from '../../repositories/audit-event.repository.ts';
import { notFound } from '../use-case-context.ts';

export interface ExportAuditInput {
  /** One tenant by code; omitted = every tenant. */
  tenantCode?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Where the export was made (`cli`), recorded in the `audit.exported` event. */
  via: string;
}

export interface TenantExport {
  tenantId: string;
  tenantCode: string;
  exported: number;
  verification: ChainVerification;
}

export interface ExportAuditResult {
  exportId: string;
  valid: boolean;
  tenants: TenantExport[];
}

const BATCH = 1000;

/**
 * Streams audit events tenant by tenant in chain order to `write`, verifies each tenant's whole chain (the
 * filter narrows what is written, never what is verified), then records `audit.exported` in every exported
 * chain. An operator task without a signed-in user: the CLI runs it on the server's own database.
 */
export async function exportAuditEvents(deps: AppDeps, input: ExportAuditInput, write: (record: AuditEventRecord) => void | Promise<void>): Promise<ExportAuditResult> {
  const all = await auditEventRepository.tenants(deps.db);
  const tenants = input.tenantCode ? all.filter((tenant) => tenant.code === input.tenantCode) : all;
  if (input.tenantCode && tenants.length === 0) throw notFound('tenant', input.tenantCode);
  const exportId = deps.newId();
  const results: TenantExport[] = [];
  for (const tenant of tenants) {
    let exported = 0;
    for (let afterSeq = 0; ; ) {
      const rows = await auditEventRepository.chainBatch(deps.db, { tenantIds: [tenant.id], from: input.from, to: input.to }, afterSeq, BATCH);
      for (const row of rows) await write(presentAuditEvent(row));
      exported += rows.length;
      if (rows.length < BATCH) break;
      afterSeq = rows[rows.length - 1]!.seq;
    }
    results.push({ tenantId: tenant.id, tenantCode: tenant.code, exported, verification: await verifyAuditChain(deps.db, tenant.id) });
  }
  await inTransaction(deps, async (trx) => {
    for (const result of results) {
      await recordAudit(trx, null, { ip: null, requestId: exportId }, {
        id: deps.newId(),
        occurredAt: deps.now(),
        tenantId: result.tenantId,
        type: 'audit.exported',
        aggregateType: 'audit',
        aggregateId: exportId,
        payload: {
          via: input.via,
          from: input.from?.toISOString() ?? null,
          to: input.to?.toISOString() ?? null,
          exported: result.exported,
          chainValid: result.verification.valid,
          brokenAtSeq: result.verification.brokenAtSeq,
        },
      });
    }
  });
  return { exportId, valid: results.every((result) => result.verification.valid), tenants: results };
}
