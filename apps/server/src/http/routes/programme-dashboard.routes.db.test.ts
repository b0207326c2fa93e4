import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createAwardedBidCase, createProgramme, createUser, openTestApp, signContractViaApi, singleTrancheTerms, type AwardedBidCase, type TestApp } from '@jiebang/test-kit';

const yuan = (amount: number) => amount * 100;

describe('programme dashboard API: counts per stage and money, for officers only', () => {
  let t: TestApp;
  let c: AwardedBidCase;
  let officer: ApiClient;

  beforeAll(async () => {
    t = await openTestApp();
    c = await createAwardedBidCase(t.deps, { withRunnerUp: true, budgetFen: yuan(5_000_000) });
    officer = await ApiClient.signIn(t.app, c.users.officer.username);
  });
  afterAll(() => t.close());

  it('counts every status (zeros included) and sums budgets, contract values and tranches', async () => {
    const contract = await signContractViaApi(officer, c.awardId, singleTrancheTerms());
    const dashboard = await officer.expect(200, 'GET', `/api/programmes/${c.programmeId}/dashboard`);
    expect(dashboard.programmeId).toBe(c.programmeId);
    expect(dashboard.counts.challenges).toMatchObject({ awarded: 1, published: 0, drafting: 0 });
    expect(dashboard.counts.bids).toMatchObject({ selected: 1, shortlisted: 1, draft: 0 });
    expect(dashboard.counts.contracts).toMatchObject({ active: 1, negotiation: 0 });
    expect(Object.keys(dashboard.counts.needs)).toEqual(['draft', 'submitted', 'screening', 'vetting', 'pooled', 'returned', 'rejected', 'merged']);
    expect(dashboard.money.budgetPublishedFen).toBe(yuan(5_000_000));
    expect(dashboard.money.contractValueFen).toBe(contract.contractValueFen);
    const trancheTotal = Object.values(dashboard.money.tranchesFen as Record<string, number>).reduce((sum, fen) => sum + fen, 0);
    expect(trancheTotal).toBe(contract.contractValueFen);
    expect(dashboard.money.payoutsFen).toEqual({ computed: 0, approved: 0, paid: 0, cancelled: 0 });
  });

  it('refuses callers who are not officers of the programme (403), and anonymous callers (401)', async () => {
    const pi = await ApiClient.signIn(t.app, c.users.pi.username);
    const byPi = await pi.get(`/api/programmes/${c.programmeId}/dashboard`);
    expect(byPi.status).toBe(403);
    expect(byPi.body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'programme.view_dashboard' });

    const otherProgrammeId = await createProgramme(t.deps, { tenantId: c.tenantId, code: 'OTHER-P', status: 'active' });
    await createUser(t.deps, { tenantId: c.tenantId, username: 'other-officer', grants: [{ role: 'programme_owner', programmeId: otherProgrammeId }] });
    const otherOfficer = await ApiClient.signIn(t.app, 'other-officer');
    expect((await otherOfficer.get(`/api/programmes/${c.programmeId}/dashboard`)).status).toBe(403);

    expect((await new ApiClient(t.app).get(`/api/programmes/${c.programmeId}/dashboard`)).status).toBe(401);
  });

  it('names the id when it is not a UUID (400)', async () => {
    const bad = await officer.get('/api/programmes/not-a-uuid/dashboard');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('params.id');
  });
});
