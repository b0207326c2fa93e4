import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createAwardedBidCase, openQueryCountingApp, openTestApp, sampleContractTerms, signContractViaApi, type AwardedBidCase, type QueryCountingApp, type TestApp } from '@jiebang/test-kit';

interface Row {
  id: string;
  status: string;
  challengeCode: string;
  challengeTitle: string;
  nextMilestoneDueDate: string | null;
}

/**
 * GET /api/contracts/mine carries what a list shows (榜单编号, the next milestone due) and costs the same number of
 * queries for one contract as for three (赛马制: three winners of one challenge, one programme officer).
 */
describe('my contracts: list columns at a constant query count', () => {
  let t: TestApp;
  let counting: QueryCountingApp;
  let c: AwardedBidCase;
  let officer: ApiClient;

  beforeAll(async () => {
    t = await openTestApp();
    counting = await openQueryCountingApp(t);
    c = await createAwardedBidCase(t.deps, { winners: 3, prefix: 'cl' });
    officer = await ApiClient.signIn(counting.app, c.users.officer.username);
  });
  afterAll(async () => {
    await counting.close();
    await t.close();
  });

  const mine = async () => {
    let items: Row[] = [];
    const queries = await counting.count(async () => {
      items = (await officer.expect(200, 'GET', '/api/contracts/mine')).items;
    });
    return { items, queries };
  };

  it('shows the challenge code and the next milestone due date, with no query per contract', async () => {
    const first = await signContractViaApi(officer, c.awardId);
    const one = await mine();
    expect(one.items).toEqual([expect.objectContaining({ id: first.id, status: 'active', challengeCode: 'cl-C', challengeTitle: '新能源汽车电驱壳体缺陷在线视觉检测', nextMilestoneDueDate: '2026-09-30' })]);

    const [second, third] = c.otherWinners;
    const negotiating = await officer.expect(201, 'POST', `/api/awards/${second!.awardId}/contract`, {});
    await officer.expect(200, 'PUT', `/api/contracts/${negotiating.id}/terms`, sampleContractTerms());
    const remediated = await signContractViaApi(officer, third!.awardId);
    const pi = await ApiClient.signIn(counting.app, third!.pi.username);
    const [m1] = remediated.milestones;
    await pi.expect(200, 'POST', `/api/milestones/${m1.id}/report`, { report: '样机完成。' });
    await officer.expect(200, 'POST', `/api/milestones/${m1.id}/review`, { decision: 'remediate', opinion: '补充数据。', remediationDueDate: '2026-10-15' });

    const three = await mine();
    expect(three.queries).toBe(one.queries);
    const byId = new Map(three.items.map((item) => [item.id, item]));
    expect(byId.get(first.id)?.nextMilestoneDueDate).toBe('2026-09-30');
    // Under 限期整改 the deadline counts, not the milestone's original due date; negotiation has nothing due yet.
    expect(byId.get(remediated.id)?.nextMilestoneDueDate).toBe('2026-10-15');
    expect(byId.get(negotiating.id)).toMatchObject({ status: 'negotiation', nextMilestoneDueDate: null, challengeCode: 'cl-C' });
  });
});
