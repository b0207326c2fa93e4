import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import { addYears, assertFailureReviewable, canReadIntegrityRecords, integrityReaderTenants, integrityRecordsFor, isIntegrityRecordActive } from './failure-review.policy.ts';

const now = new Date('2026-03-02T01:00:00Z');
const parties = { leadOrgId: 'lead', piUserId: 'pi' };

describe('failure tolerance (宽容失败)', () => {
  it('never creates an integrity record for a diligent failure', () => {
    expect(integrityRecordsFor('diligent_failure', parties, now)).toEqual([]);
  });

  it('records negligence for one year and misconduct for three, against the lead org and the PI', () => {
    const negligence = integrityRecordsFor('negligent_failure', parties, now);
    expect(negligence.map((record) => [record.subject, record.severity, record.effectiveUntil.toISOString()])).toEqual([
      [{ kind: 'organisation', organisationId: 'lead' }, 'negligence', '2027-03-02T01:00:00.000Z'],
      [{ kind: 'user', userId: 'pi' }, 'negligence', '2027-03-02T01:00:00.000Z'],
    ]);
    const misconduct = integrityRecordsFor('misconduct', parties, now);
    expect(misconduct.every((record) => record.severity === 'misconduct' && record.effectiveUntil.toISOString() === '2029-03-02T01:00:00.000Z')).toBe(true);
  });

  it('adds calendar years in UTC', () => {
    expect(addYears(new Date('2028-02-29T12:00:00Z'), 1).toISOString()).toBe('2029-03-01T12:00:00.000Z');
  });

  it('reviews only failed or terminated projects', () => {
    expect(() => assertFailureReviewable({ status: 'accepted' })).toThrowError(expect.objectContaining({ details: { rule: 'failure_review.contract_not_failed' } }));
    expect(() => assertFailureReviewable({ status: 'failed' })).not.toThrow();
    expect(() => assertFailureReviewable({ status: 'terminated' })).not.toThrow();
  });

  it('lets officers and the audit admin read integrity records, in their tenants', () => {
    const auditor: Actor = { userId: 'a', displayName: 'a', tenantId: 't1', grants: [{ role: 'audit_admin', tenantId: 't1', organisationId: null, programmeId: null }] };
    const bidder: Actor = { userId: 'b', displayName: 'b', tenantId: 't1', grants: [{ role: 'bidder_org', tenantId: 't1', organisationId: 'o', programmeId: null }] };
    expect(canReadIntegrityRecords(auditor)).toBe(true);
    expect(integrityReaderTenants(auditor)).toEqual(['t1']);
    expect(canReadIntegrityRecords(bidder)).toBe(false);
    expect(integrityReaderTenants(bidder)).toEqual([]);
  });

  it('knows when a record has expired', () => {
    const record = { effectiveFrom: now, effectiveUntil: addYears(now, 1) };
    expect(isIntegrityRecordActive(record, now)).toBe(true);
    expect(isIntegrityRecordActive(record, addYears(now, 2))).toBe(false);
  });
});
