import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createAwardedBidCase, createTenant, createUser, openQueryCountingApp, openTestApp, signContractViaApi, singleTrancheTerms, type AwardedBidCase, type QueryCountingApp, type TestApp } from '@jiebang/test-kit';

interface Line {
  id: string;
  contractId: string;
  challengeTitle: string;
  challengeCode: string;
  leadOrgName: string;
  piName: string;
  status: string;
  indicatorCount: number;
  measuredCount: number;
  actions: string[];
}

/** GET /api/testers/me/acceptances: a testing agency's worklist of open acceptances, by its grants. */
describe('tester worklist API', () => {
  let t: TestApp;
  let counting: QueryCountingApp;
  let ningbo: string;

  /** An awarded case whose PI has requested acceptance: the acceptance id and the case. */
  const openAcceptance = async (tenantId: string) => {
    const c = await createAwardedBidCase(t.deps, { tenantId, preset: 'ningbo_rd_input' });
    const [officer, pi] = await Promise.all([ApiClient.signIn(t.app, c.users.officer.username), ApiClient.signIn(t.app, c.users.pi.username)]);
    const contract = await signContractViaApi(officer, c.awardId, singleTrancheTerms());
    const acceptance = await pi.expect(201, 'POST', `/api/contracts/${contract.id}/acceptance`, {});
    return { c, acceptanceId: acceptance.id as string };
  };
  const items = async (client: ApiClient): Promise<Line[]> => (await client.expect(200, 'GET', '/api/testers/me/acceptances')).items;

  beforeAll(async () => {
    t = await openTestApp();
    counting = await openQueryCountingApp(t);
    ningbo = await createTenant(t.deps, { name: '宁波市科学技术局' });
  });
  afterAll(async () => {
    await counting.close();
    await t.close();
  });

  it('lists the open acceptances of the programmes a tester covers, newest first, and nothing of another tenant', async () => {
    const first = await openAcceptance(ningbo);
    const shenyang = await createTenant(t.deps, { name: '沈阳市科学技术局', regionCode: '210100' });
    const elsewhere = await openAcceptance(shenyang);
    t.clock.advanceDays(1);
    const second = await openAcceptance(ningbo);

    const tester = await ApiClient.signIn(t.app, first.c.users.tester.username);
    await tester.expect(200, 'POST', `/api/acceptances/${first.acceptanceId}/verdicts`, { indicatorKey: 'accuracy', measuredValue: 98.6, evidence: '检测报告 JC-1' });
    const lines = await items(tester);
    expect(lines.map((line) => line.id)).toEqual([second.acceptanceId, first.acceptanceId]);
    expect(lines.map((line) => line.id)).not.toContain(elsewhere.acceptanceId);
    expect(lines[1]).toMatchObject({
      challengeTitle: '新能源汽车电驱壳体缺陷在线视觉检测',
      challengeCode: expect.stringMatching(/-C$/),
      leadOrgName: expect.stringContaining('揭榜牵头单位'),
      piName: first.c.users.pi.username,
      status: 'open',
      indicatorCount: 3,
      measuredCount: 1,
      actions: ['record_verdict'],
    });

    // A tester named for one programme sees that programme's acceptance only.
    const scoped = (c: AwardedBidCase) => createUser(t.deps, { tenantId: ningbo, username: `${c.users.tester.username}-scoped`, grants: [{ role: 'tester', programmeId: c.programmeId }] });
    await scoped(second.c);
    const programmeTester = await ApiClient.signIn(t.app, `${second.c.users.tester.username}-scoped`);
    expect((await items(programmeTester)).map((line) => line.id)).toEqual([second.acceptanceId]);

    // A concluded acceptance leaves the worklist.
    for (const [indicatorKey, measuredValue] of Object.entries({ latency: 45, cost: 55 })) {
      await tester.expect(200, 'POST', `/api/acceptances/${first.acceptanceId}/verdicts`, { indicatorKey, measuredValue });
    }
    // The day passed above ended the first officer's session.
    const officer = await ApiClient.signIn(t.app, first.c.users.officer.username);
    await officer.expect(200, 'POST', `/api/acceptances/${first.acceptanceId}/conclude`, { summary: '通过验收。' });
    expect((await items(tester)).map((line) => line.id)).toEqual([second.acceptanceId]);
  });

  it('refuses everyone without a tester grant (403) and costs the same queries for one line or three', async () => {
    const one = await openAcceptance(ningbo);
    const bidder = await ApiClient.signIn(counting.app, one.c.users.leadStaff.username);
    const refused = await bidder.get('/api/testers/me/acceptances');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'acceptance.list_for_testing' });
    expect((await (await ApiClient.signIn(counting.app, one.c.users.officer.username)).get('/api/testers/me/acceptances')).status).toBe(403);

    const tenant = await createTenant(t.deps, { name: '杭州市科学技术局' });
    await createUser(t.deps, { tenantId: tenant, username: 'hz-tester', grants: [{ role: 'tester' }] });
    const tester = await ApiClient.signIn(counting.app, 'hz-tester');
    await openAcceptance(tenant);
    let body: { items: Line[] } = { items: [] };
    const measure = () => counting.count(async () => (body = await tester.expect(200, 'GET', '/api/testers/me/acceptances')));
    const forOne = await measure();
    expect(body.items).toHaveLength(1);
    await openAcceptance(tenant);
    await openAcceptance(tenant);
    const forThree = await measure();
    expect(body.items).toHaveLength(3);
    expect(forThree).toBe(forOne);
  });
});
