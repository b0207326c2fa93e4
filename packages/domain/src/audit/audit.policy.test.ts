import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../access/roles.ts';
import { auditedTenantIds, canReadAudit } from './audit.policy.ts';

const actor = (role: Role, tenantId: string): Actor => ({ userId: 'u', displayName: 'u', tenantId, grants: [{ role, tenantId, organisationId: null, programmeId: null }] });

const tenants = [
  { id: 'national', parentId: null },
  { id: 'zhejiang', parentId: 'national' },
  { id: 'ningbo', parentId: 'zhejiang' },
  { id: 'liaoning', parentId: 'national' },
  { id: 'orphan', parentId: null },
];

describe('audit policy (三员分立)', () => {
  it('lets only the audit administrator read the trail', () => {
    expect(canReadAudit(actor('audit_admin', 'national'))).toBe(true);
    for (const role of ['sys_admin', 'sec_admin', 'programme_owner', 'demander'] as const) expect(canReadAudit(actor(role, 'national'))).toBe(false);
    expect(canReadAudit(null)).toBe(false);
  });

  it('covers the granted tenant and every tenant below it', () => {
    expect([...auditedTenantIds(actor('audit_admin', 'national'), tenants)].sort()).toEqual(['liaoning', 'national', 'ningbo', 'zhejiang']);
    expect([...auditedTenantIds(actor('audit_admin', 'zhejiang'), tenants)].sort()).toEqual(['ningbo', 'zhejiang']);
    expect(auditedTenantIds(actor('sys_admin', 'national'), tenants).size).toBe(0);
  });

  it('stops on a cycle in the tenant tree', () => {
    const cyclic = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(auditedTenantIds(actor('audit_admin', 'national'), cyclic).size).toBe(0);
  });
});
