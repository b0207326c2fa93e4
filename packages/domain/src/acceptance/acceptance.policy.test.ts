import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import type { Indicator } from '../challenge/indicator.ts';
import type { ContractSubject } from '../contract/contract.policy.ts';
import { acceptanceOutcome } from './acceptance.ts';
import { acceptanceActions, assertMilestonesPassed, canListTesterAcceptances, canOnAcceptance, resolveVerdict } from './acceptance.policy.ts';

const accuracy: Indicator = { key: 'accuracy', name: '准确率', unit: '%', baseline: 85, target: 98, threshold: 95, weightBp: 5000, direction: 'higher_is_better', testMethod: '抽样' };
const latency: Indicator = { key: 'latency', name: '时延', unit: 'ms', baseline: 200, target: 50, threshold: 80, weightBp: 5000, direction: 'lower_is_better', testMethod: '现场' };
const tenantId = 't-1';
const contract: ContractSubject = { status: 'under_acceptance', programme: { id: 'p-1', tenantId }, leadOrgId: 'lead', demanderOrgId: null, piUserId: 'pi', lumpSumBudget: true };
const actor = (role: Actor['grants'][number]['role'], tenant = tenantId): Actor => ({ userId: role, displayName: role, tenantId: tenant, grants: [{ role, tenantId: tenant, organisationId: null, programmeId: null }] });

describe('acceptance policy', () => {
  it('gives a testing worklist to testers only', () => {
    expect(canListTesterAcceptances(actor('tester'))).toBe(true);
    expect(canListTesterAcceptances(actor('tester', 't-2'))).toBe(true);
    expect(canListTesterAcceptances(actor('programme_owner'))).toBe(false);
    expect(canListTesterAcceptances(actor('bidder_org'))).toBe(false);
    expect(canListTesterAcceptances(null)).toBe(false);
  });

  it('requires every milestone passed before acceptance', () => {
    expect(() => assertMilestonesPassed([{ sequence: 1, status: 'passed' }, { sequence: 2, status: 'submitted' }])).toThrowError(
      expect.objectContaining({ code: 'RULE_VIOLATION', details: { rule: 'acceptance.milestones_open', openMilestones: [2] } }),
    );
    expect(() => assertMilestonesPassed([{ sequence: 1, status: 'passed' }])).not.toThrow();
  });

  it('judges the measured value by default, respecting the direction', () => {
    expect(resolveVerdict(accuracy, 98.5, undefined, undefined)).toEqual({ judged: 'passed', verdict: 'passed', conditionNote: null });
    expect(resolveVerdict(accuracy, 96, undefined, undefined).verdict).toBe('passed_with_conditions');
    expect(resolveVerdict(latency, 45, undefined, undefined).verdict).toBe('passed');
    expect(resolveVerdict(latency, 120, undefined, undefined).verdict).toBe('failed');
  });

  it('lets an explicit verdict override only with a condition note', () => {
    expect(() => resolveVerdict(latency, 85, 'passed_with_conditions', undefined, 'body.')).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ path: 'body.conditionNote' })] } }),
    );
    expect(resolveVerdict(latency, 85, 'passed_with_conditions', ' 三个月内复测 ')).toEqual({ judged: 'failed', verdict: 'passed_with_conditions', conditionNote: '三个月内复测' });
    expect(resolveVerdict(accuracy, 99, 'passed', undefined).conditionNote).toBeNull();
  });

  it('concludes from every indicator: any failure fails, any condition conditions', () => {
    const indicators = [accuracy, latency];
    expect(acceptanceOutcome(indicators, new Map([['accuracy', 'passed'], ['latency', 'passed']]))).toBe('passed');
    expect(acceptanceOutcome(indicators, new Map([['accuracy', 'passed_with_conditions'], ['latency', 'passed']]))).toBe('passed_with_conditions');
    expect(acceptanceOutcome(indicators, new Map([['accuracy', 'failed'], ['latency', 'passed_with_conditions']]))).toBe('failed');
    expect(() => acceptanceOutcome(indicators, new Map([['accuracy', 'passed']]))).toThrowError(expect.objectContaining({ details: expect.objectContaining({ rule: 'acceptance.verdicts_missing' }) }));
  });

  it('lets officers and the tenant’s testers record verdicts; only officers conclude', () => {
    const officer = actor('programme_owner');
    const tester = actor('tester');
    expect(acceptanceActions(officer, contract, { status: 'open' })).toEqual(['record_verdict', 'conclude']);
    expect(acceptanceActions(tester, contract, { status: 'open' })).toEqual(['record_verdict']);
    expect(acceptanceActions(tester, contract, { status: 'concluded' })).toEqual([]);
    expect(canOnAcceptance(actor('tester', 'other-tenant'), 'record_verdict', contract, false)).toBe(false);
    expect(canOnAcceptance(tester, 'view', contract, false)).toBe(true);
  });
});
