import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createAwardedBidCase, createPublishedChallenge, openQueryCountingApp, openTestApp, recordChallengeWinner, type AwardedBidCase, type QueryCountingApp, type TestApp } from '@jiebang/test-kit';

type ResultItem = { challengeId: string; challengeTitle: string; issuer: string; programmeName: string; budgetFen: number; maxWinners: number; awardedAt: string; winners: { rank: number; organisationName: string; memberOrgNames: string[]; bidTitle: string }[] };
type ResultPage = { items: ResultItem[]; total: number; page: number; pageSize: number };

describe('public results board (揭榜结果): GET /api/results', () => {
  let t: TestApp;
  let counting: QueryCountingApp;
  let older: AwardedBidCase;
  let newer: AwardedBidCase;
  const anonymous = () => new ApiClient(t.app);

  beforeAll(async () => {
    t = await openTestApp();
    counting = await openQueryCountingApp(t);
    older = await createAwardedBidCase(t.deps);
    t.clock.advanceDays(2);
    newer = await createAwardedBidCase(t.deps, { tenantId: older.tenantId, winners: 2 });
    // A third-ranked award whose negotiation failed is no longer a result.
    await recordChallengeWinner(t.deps, { challengeId: newer.challengeId, leadOrgId: newer.memberOrgId, piUserId: newer.users.pi.id, awardedBy: newer.users.officer.id, status: 'negotiation_failed', rank: 3 });
    // Published but not awarded: not a result.
    await createPublishedChallenge(t.deps, { tenantId: older.tenantId, programmeId: older.programmeId, status: 'published' });
  });
  afterAll(async () => {
    await counting.close();
    await t.close();
  });

  it('lists awarded challenges newest award first, with their standing units in rank order, without a session', async () => {
    const page: ResultPage = await anonymous().expect(200, 'GET', '/api/results');
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(page.items.map((item) => item.challengeId)).toEqual([newer.challengeId, older.challengeId]);
    const [first, second] = page.items;
    expect(first).toMatchObject({ challengeTitle: '新能源汽车电驱壳体缺陷在线视觉检测', issuer: '测试科技局', programmeName: '测试揭榜挂帅计划', budgetFen: 500_000_000, maxWinners: expect.any(Number) });
    expect(first!.winners.map((winner) => winner.rank)).toEqual([1, 2]);
    expect(first!.winners[0]).toMatchObject({ bidTitle: '揭榜方案（第 1 名）', memberOrgNames: [expect.stringMatching(/^联合单位/)] });
    expect(first!.winners[1]!.organisationName).toMatch(/^并行揭榜单位/);
    expect(second!.winners).toHaveLength(1);
    expect(new Date(first!.awardedAt).getTime()).toBeGreaterThan(new Date(second!.awardedAt).getTime());
  });

  it('pages and filters by challenge', async () => {
    const second: ResultPage = await anonymous().expect(200, 'GET', '/api/results?page=2&pageSize=1');
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.items.map((item) => item.challengeId)).toEqual([older.challengeId]);
    const one: ResultPage = await anonymous().expect(200, 'GET', `/api/results?challengeId=${older.challengeId}`);
    expect(one.items.map((item) => item.challengeId)).toEqual([older.challengeId]);
    expect(one.total).toBe(1);
  });

  it('names the bad query field in a 400', async () => {
    const tooBig = await anonymous().get('/api/results?pageSize=1000');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.issues[0].path).toBe('querystring.pageSize');
    const badId = await anonymous().get('/api/results?challengeId=nope');
    expect(badId.status).toBe(400);
    expect(badId.body.error.issues[0].path).toBe('querystring.challengeId');
  });

  it('costs a constant number of queries per page (no N+1)', async () => {
    const measure = async (url: string) => {
      let body: ResultPage = { items: [], total: 0, page: 1, pageSize: 0 };
      const queries = await counting.count(async () => {
        body = await new ApiClient(counting.app).expect(200, 'GET', url);
      });
      return { queries, body };
    };
    const one = await measure('/api/results?pageSize=1');
    await createAwardedBidCase(t.deps, { tenantId: older.tenantId, winners: 3 });
    const all = await measure('/api/results?pageSize=100');
    expect([one.body.items.length, all.body.items.length]).toEqual([1, 3]);
    expect(all.queries).toBe(one.queries);
  });

  it('names the programme and the issuer on a public notice', async () => {
    const notice = await anonymous().expect(200, 'GET', `/api/notices/${older.noticeId}`);
    expect(notice).toMatchObject({ programmeName: '测试揭榜挂帅计划', issuer: '测试科技局' });
  });
});
