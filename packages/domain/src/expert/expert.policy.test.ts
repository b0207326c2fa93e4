import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../access/roles.ts';
import { expertProfileActions, managedPoolTenantIds, type ExpertProfileSubject } from './expert.policy.ts';

const POOL = 'tenant-ningbo';
const OTHER = 'tenant-shenyang';
const actor = (userId: string, grants: { role: Role; tenantId: string; programmeId?: string }[]): Actor => ({
  userId,
  displayName: userId,
  tenantId: POOL,
  grants: grants.map((grant) => ({ organisationId: null, programmeId: null, ...grant })),
});
const profile = (status: ExpertProfileSubject['status'], drawTenantIds: string[] = [POOL]): ExpertProfileSubject => ({ userId: 'expert', tenantId: POOL, status, drawTenantIds });

const owner = actor('owner', [{ role: 'programme_owner', tenantId: POOL }]);
const programmeOfficer = actor('p-officer', [{ role: 'management_agency', tenantId: POOL, programmeId: 'programme-1' }]);
const foreignOfficer = actor('sy-owner', [{ role: 'programme_owner', tenantId: OTHER }]);
const expert = actor('expert', [{ role: 'expert_reviewer', tenantId: POOL }]);
const bidder = actor('bidder', [{ role: 'bidder_org', tenantId: POOL }]);

describe('expert profile policy', () => {
  it('lets the pool’s tenant-wide officers admit or reject an application and see its history', () => {
    expect(expertProfileActions(owner, profile('pending', []))).toEqual(['view', 'edit', 'approve', 'reject', 'view_history']);
    expect(expertProfileActions(owner, profile('active'))).toEqual(['view', 'edit', 'suspend', 'view_history']);
    expect(expertProfileActions(owner, profile('suspended'))).toEqual(['view', 'edit', 'reactivate', 'view_history']);
    expect(expertProfileActions(owner, profile('rejected', []))).toEqual(['view', 'view_history']);
    expect(managedPoolTenantIds(owner)).toEqual([POOL]);
  });

  it('lets a programme-scoped officer, and officers of tenants that may draw the expert, only look', () => {
    expect(expertProfileActions(programmeOfficer, profile('active'))).toEqual(['view']);
    expect(expertProfileActions(foreignOfficer, profile('active', [POOL, OTHER]))).toEqual(['view']);
    expect(expertProfileActions(foreignOfficer, profile('active', [POOL]))).toEqual([]);
    expect(managedPoolTenantIds(programmeOfficer)).toEqual([]);
  });

  it('lets the expert keep their own self-service fields and relations, and hides the profile from everyone else', () => {
    expect(expertProfileActions(expert, profile('active'))).toEqual(['view', 'edit_own', 'declare_relation']);
    expect(expertProfileActions(expert, profile('rejected', []))).toEqual(['view']);
    expect(expertProfileActions(bidder, profile('active'))).toEqual([]);
    expect(expertProfileActions(null, profile('active'))).toEqual([]);
  });
});
