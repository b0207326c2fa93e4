import { POLICY_PRESETS, yuan, type ProgrammePolicy } from '@jiebang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptViaApi, ApiClient, createAwardedBidCase, createTenant, openTestApp, signContractViaApi, singleTrancheTerms, type TestApp } from '@jiebang/test-kit';

/** Signs in the officer and PI of a fresh awarded case in the given preset. */
async function caseWithClients(
  t: TestApp,
  tenantId: string,
  preset: 'shenyang_common_technology' | 'shenyang_key_technology' | 'ningbo_rd_input',
  extra: { withoutDemander?: boolean; policy?: Partial<ProgrammePolicy> } = {},
) {
  const c = await createAwardedBidCase(t.deps, { tenantId, preset, ...extra });
  const [officer, pi, demander] = await Promise.all([c.users.officer, c.users.pi, c.users.demander].map((user) => ApiClient.signIn(t.app, user.username)));
  return { c, officer: officer as ApiClient, pi: pi as ApiClient, demander: demander as ApiClient };
}

describe('payouts API: Shenyang presets pay the demander', () => {
  let t: TestApp;
  let tenantId: string;

  beforeAll(async () => {
    t = await openTestApp();
    tenantId = await createTenant(t.deps, { name: '沈阳市科学技术局', regionCode: '210100' });
  });
  afterAll(() => t.close());

  it('post-completion subsidy: 30% of the actual contract value, to the demander, after acceptance', async () => {
    const { c, officer, pi, demander } = await caseWithClients(t, tenantId, 'shenyang_key_technology');
    const contract = await signContractViaApi(officer, c.awardId, singleTrancheTerms({ contractValueFen: yuan(2_500_000) }));
    expect(contract.payouts).toEqual([]);
    const notDue = await officer.post(`/api/contracts/${contract.id}/payouts`, {});
    expect(notDue.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'payout.not_due' });

    const withoutValue = await acceptViaApi({ pi, officer }, contract.id).catch((error: Error) => error.message);
    expect(withoutValue).toContain('body.actualContractValueFen');
    const [open] = (await officer.expect(200, 'GET', `/api/contracts/${contract.id}`)).acceptances;
    await officer.expect(200, 'POST', `/api/acceptances/${open.id}/conclude`, { summary: '通过验收。', actualContractValueFen: yuan(2_000_000) });
    const accepted = await demander.expect(200, 'GET', `/api/contracts/${contract.id}`);
    expect(accepted).toMatchObject({ status: 'accepted', actualContractValueFen: yuan(2_000_000) });
    const payout = await officer.expect(201, 'POST', `/api/contracts/${contract.id}/payouts`, {});
    expect(payout).toMatchObject({
      schemeKind: 'post_completion_subsidy',
      baseFen: yuan(2_000_000),
      amountFen: yuan(600_000),
      recipientKind: 'demander',
      recipientOrgId: c.demanderOrgId,
      computation: { base: 'actual_contract_value', rateBp: 3000, capFen: yuan(1_000_000), minimumBaseFen: yuan(1_000_000), uncappedFen: yuan(600_000), capped: false },
    });
    await officer.expect(200, 'POST', `/api/payouts/${payout.id}/approve`, {});
    await officer.expect(200, 'POST', `/api/payouts/${payout.id}/pay`, {});
    const told = await t.deps.db.selectFrom('notification').select('kind').where('organisation_id', '=', c.demanderOrgId).execute();
    expect(told.map((row) => row.kind)).toContain('payout.paid');
    expect((await officer.expect(200, 'POST', `/api/contracts/${contract.id}/close`, {})).status).toBe('closed');
  });

  it('post-completion subsidy: a 900,000-yuan contract is below the minimum (409 payout.not_eligible) and closes without a payout', async () => {
    const { c, officer, pi } = await caseWithClients(t, tenantId, 'shenyang_key_technology');
    const contract = await signContractViaApi(officer, c.awardId, singleTrancheTerms({ contractValueFen: yuan(900_000) }));
    await acceptViaApi({ pi, officer }, contract.id, undefined, { actualContractValueFen: yuan(900_000) });
    const refused = await officer.post(`/api/contracts/${contract.id}/payouts`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'payout.not_eligible', details: { reason: 'below_minimum_base', baseFen: yuan(900_000), minimumBaseFen: yuan(1_000_000) } });
    expect(await t.deps.db.selectFrom('payout').select('id').where('contract_id', '=', contract.id).execute()).toEqual([]);
    const view = await officer.expect(200, 'GET', `/api/contracts/${contract.id}`);
    expect(view.actions).toEqual(['close']);
    expect((await officer.expect(200, 'POST', `/api/contracts/${contract.id}/close`, {})).status).toBe('closed');
  });

  it('upfront funding: 50% of the contract value, computed at signing in the same transaction, capped at 3 million', async () => {
    const { c, officer } = await caseWithClients(t, tenantId, 'shenyang_common_technology');
    const signed = await signContractViaApi(officer, c.awardId, singleTrancheTerms({ contractValueFen: yuan(4_000_000) }));
    expect(signed.payouts).toHaveLength(1);
    expect(signed.payouts[0]).toMatchObject({
      schemeKind: 'upfront_funding',
      baseFen: yuan(4_000_000),
      amountFen: yuan(2_000_000),
      recipientKind: 'demander',
      recipientOrgId: c.demanderOrgId,
      status: 'computed',
      computation: { timing: 'at_signing', base: 'contract_value', rateBp: 5000, capped: false },
      actions: ['approve'],
    });
    const sign = signed.timeline.find((entry: { type: string }) => entry.type === 'contract.sign');
    expect(signed.payouts[0].timeline[0]).toMatchObject({ type: 'payout.computed' });
    expect(sign.seq).toBeLessThan(signed.payouts[0].timeline[0].seq);
    const again = await officer.post(`/api/contracts/${signed.id}/payouts`, {});
    expect(again.body.error).toMatchObject({ code: 'DUPLICATE' });

    const big = await caseWithClients(t, tenantId, 'shenyang_common_technology');
    const capped = await signContractViaApi(big.officer, big.c.awardId, singleTrancheTerms({ contractValueFen: yuan(8_000_000) }));
    expect(capped.payouts[0]).toMatchObject({ amountFen: yuan(3_000_000), computation: { uncappedFen: yuan(4_000_000), capped: true } });
  });

  it('a demander-paid scheme without a demander is refused when negotiation opens, not at signing', async () => {
    for (const preset of ['shenyang_common_technology', 'shenyang_key_technology'] as const) {
      const { c, officer } = await caseWithClients(t, tenantId, preset, { withoutDemander: true });
      const refused = await officer.post(`/api/awards/${c.awardId}/contract`, {});
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'contract.no_demander_for_scheme', details: { schemeKind: POLICY_PRESETS[preset].policy.funding.kind } });
      expect(await t.deps.db.selectFrom('contract').select('id').where('award_id', '=', c.awardId).execute()).toEqual([]);
      const award = await t.deps.db.selectFrom('award').select('status').where('id', '=', c.awardId).executeTakeFirstOrThrow();
      expect(award.status).toBe('awarded');
    }
    // The lead organisation is paid under Ningbo, so a challenge without a demander negotiates as usual.
    const ningbo = await caseWithClients(t, tenantId, 'ningbo_rd_input', { withoutDemander: true });
    await ningbo.officer.expect(201, 'POST', `/api/awards/${ningbo.c.awardId}/contract`, {});
  });

  it('upfront funding below the scheme minimum: the contract signs without a payout and closes without one', async () => {
    const funding = { ...POLICY_PRESETS.shenyang_common_technology.policy.funding, minimumBaseFen: yuan(5_000_000) };
    const { c, officer, pi } = await caseWithClients(t, tenantId, 'shenyang_common_technology', { policy: { funding } });
    const signed = await signContractViaApi(officer, c.awardId, singleTrancheTerms({ contractValueFen: yuan(4_000_000) }));
    expect(signed).toMatchObject({ status: 'active', payouts: [] });
    expect(signed.actions).not.toContain('compute_payout');
    const refused = await officer.post(`/api/contracts/${signed.id}/payouts`, {});
    expect(refused.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'payout.not_eligible' });
    await officer.expect(200, 'POST', `/api/tranches/${signed.tranches[0].id}/pay`, {});
    await acceptViaApi({ pi, officer }, signed.id);
    expect((await officer.expect(200, 'GET', `/api/contracts/${signed.id}`)).actions).toEqual(['close']);
    expect((await officer.expect(200, 'POST', `/api/contracts/${signed.id}/close`, {})).status).toBe('closed');
  });
});

describe('payouts API: a contract keeps the funding scheme it was negotiated under', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.close());

  it('a policy edit after payment neither pays the contract twice nor blocks its closing; contracts opened after the edit use the new scheme', async () => {
    const tenantId = await createTenant(t.deps, { name: '宁波市科学技术局' });
    const c = await createAwardedBidCase(t.deps, { tenantId, preset: 'ningbo_rd_input', winners: 3 });
    const officer = await ApiClient.signIn(t.app, c.users.officer.username);
    const pi = await ApiClient.signIn(t.app, c.users.pi.username);
    const [second, third] = c.otherWinners;
    const secondPi = await ApiClient.signIn(t.app, second!.pi.username);
    const thirdPi = await ApiClient.signIn(t.app, third!.pi.username);

    // Contract 1 is paid under Ningbo's 20% R&D-input subsidy; contract 2 is opened but not yet accepted.
    const first = await signContractViaApi(officer, c.awardId, singleTrancheTerms());
    expect(first.fundingScheme).toEqual(POLICY_PRESETS.ningbo_rd_input.policy.funding);
    await acceptViaApi({ pi, officer }, first.id);
    const paid = await officer.expect(201, 'POST', `/api/contracts/${first.id}/payouts`, {});
    await officer.expect(200, 'POST', `/api/payouts/${paid.id}/approve`, {});
    await officer.expect(200, 'POST', `/api/payouts/${paid.id}/pay`, {});
    const secondContract = await signContractViaApi(officer, second!.awardId, singleTrancheTerms());

    // The programme switches to a fixed reward (悬赏).
    const bounty = POLICY_PRESETS.enterprise_bounty.policy.funding;
    const programme = await officer.expect(200, 'GET', `/api/programmes/${c.programmeId}`);
    await officer.expect(200, 'PUT', `/api/programmes/${c.programmeId}/policy`, { ...programme.policy, funding: bounty, version: programme.version });

    const again = await officer.post(`/api/contracts/${first.id}/payouts`, {});
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'DUPLICATE', rule: 'payout.duplicate' });
    expect(await t.deps.db.selectFrom('payout').select('id').where('contract_id', '=', first.id).execute()).toHaveLength(1);
    const beforeClose = await officer.expect(200, 'GET', `/api/contracts/${first.id}`);
    expect(beforeClose).toMatchObject({ fundingScheme: { kind: 'rd_input_subsidy' }, actions: ['close'] });
    expect((await officer.expect(200, 'POST', `/api/contracts/${first.id}/close`, {})).status).toBe('closed');

    // Contract 2 was negotiated before the edit: it is still owed the R&D-input subsidy.
    await acceptViaApi({ pi: secondPi, officer }, secondContract.id);
    expect(await officer.expect(201, 'POST', `/api/contracts/${secondContract.id}/payouts`, {})).toMatchObject({ schemeKind: 'rd_input_subsidy', amountFen: yuan(4_000_000) });

    // Contract 3 is negotiated after the edit: the fixed reward.
    const thirdContract = await signContractViaApi(officer, third!.awardId, singleTrancheTerms());
    expect(thirdContract.fundingScheme).toEqual(bounty);
    await acceptViaApi({ pi: thirdPi, officer }, thirdContract.id);
    expect(await officer.expect(201, 'POST', `/api/contracts/${thirdContract.id}/payouts`, {})).toMatchObject({ schemeKind: 'fixed_reward', amountFen: bounty.fixedAmountFen, recipientOrgId: third!.leadOrgId });
  });
});

describe('acceptance API: conditional pass and explicit verdicts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.close());

  it('records a conditional pass between threshold and target, and an explicit override with its note', async () => {
    const tenantId = await createTenant(t.deps, { name: '宁波市科学技术局' });
    const { c, officer, pi } = await caseWithClients(t, tenantId, 'ningbo_rd_input');
    const tester = await ApiClient.signIn(t.app, c.users.tester.username);
    const contract = await signContractViaApi(officer, c.awardId, singleTrancheTerms());
    const acceptance = await pi.expect(201, 'POST', `/api/contracts/${contract.id}/acceptance`, {});
    const twice = await pi.post(`/api/contracts/${contract.id}/acceptance`, {});
    expect(twice.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'contract.request_acceptance' });
    expect((await pi.post(`/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'accuracy', measuredValue: 99 })).status).toBe(403);
    const badValue = await tester.post(`/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'accuracy', measuredValue: '99%' });
    expect(badValue.body.error.issues[0].path).toBe('body.measuredValue');

    const conditional = await tester.expect(200, 'POST', `/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'accuracy', measuredValue: 96.1, evidence: '报告 A' });
    expect(conditional.indicators[0]).toMatchObject({ measuredValue: 96.1, judged: 'passed_with_conditions', verdict: 'passed_with_conditions' });
    const override = await tester.expect(200, 'POST', `/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'latency', measuredValue: 85, verdict: 'passed_with_conditions', conditionNote: '三个月内复测时延' });
    expect(override.indicators[1]).toMatchObject({ judged: 'failed', verdict: 'passed_with_conditions', conditionNote: '三个月内复测时延' });
    // Re-measuring replaces the earlier reading.
    await tester.expect(200, 'POST', `/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'cost', measuredValue: 70 });
    const remeasured = await tester.expect(200, 'POST', `/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'cost', measuredValue: 58 });
    expect(remeasured.indicators[2]).toMatchObject({ measuredValue: 58, verdict: 'passed' });
    expect(remeasured.timeline.filter((entry: { type: string }) => entry.type === 'acceptance.verdict_recorded')).toHaveLength(4);

    const concluded = await officer.expect(200, 'POST', `/api/acceptances/${acceptance.id}/conclude`, { summary: '有条件通过验收。' });
    expect(concluded.outcome).toBe('passed_with_conditions');
    expect((await officer.expect(200, 'GET', `/api/contracts/${contract.id}`)).status).toBe('accepted');
    const late = await tester.post(`/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey: 'cost', measuredValue: 50 });
    expect(late.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'acceptance.not_open' });
    const reconclude = await officer.post(`/api/acceptances/${acceptance.id}/conclude`, { summary: '再次' });
    expect(reconclude.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'acceptance.conclude' });
  });
});
