import { AuditEventPage, AuditEventQuery, AuditVerificationView, AuditVerifyQuery, errorResponses } from '@jiebang/contracts';
import { listAuditEvents } from '../../use-cases/audit/list-audit-events.ts';
import { verifyAuditChains } from '../../use-cases/audit/verify-audit-chains.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Audit 安全审计'];

/** The audit trail, for the audit administrator only (三员分立). */
export function registerAuditRoutes(app: RouteServer, r: RouteDeps) {
  app.get(
    '/api/audit-events',
    {
      schema: {
        tags,
        summary: 'Search the hash-chained audit trail (audit_admin)',
        description: 'Newest first. Only the audit administrator may read it; the system and security administrators and business users get 403.',
        querystring: AuditEventQuery,
        response: { 200: AuditEventPage, ...errorResponses },
      },
    },
    async (request) => listAuditEvents(r.context(request), request.query),
  );

  app.get(
    '/api/audit-events/verify',
    {
      schema: {
        tags,
        summary: 'Verify the SM3 hash chain of each tenant you audit (audit_admin)',
        description: 'Re-computes every hash from the stored rows; `brokenAtSeq` names the first event that was altered, removed or inserted.',
        querystring: AuditVerifyQuery,
        response: { 200: AuditVerificationView, ...errorResponses },
      },
    },
    async (request) => verifyAuditChains(r.context(request), request.query),
  );
}
