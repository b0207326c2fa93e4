import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  createBidRow,
  createEvaluationCast,
  createPanelRow,
  createPublishedChallenge,
  openQueryCountingApp,
  openTestApp,
  type EvaluationCast,
  type QueryCountingApp,
  type TestApp,
} from '@jiebang/test-kit';

/**
 * List endpoints load a whole page with one query per kind of data (`where id in (…)`, one audit query for all
 * timelines), so a page of three rows costs exactly what a page of one costs. Each case measures a list, adds
 * rows, and measures again.
 */
describe('list endpoints cost a constant number of queries (no N+1)', () => {
  let t: TestApp;
  let counting: QueryCountingApp;
  let cast: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  const anonymous = () => new ApiClient(counting.app);
  const leads = () => [
    { leadOrgId: cast.orgs.leadA, piUserId: cast.users.piA },
    { leadOrgId: cast.orgs.leadB, piUserId: cast.users.piB },
    { leadOrgId: cast.orgs.leadC, piUserId: cast.users.piC },
  ];
  const challenge = (status: 'published' | 'under_review' = 'under_review') => createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status });
  const bid = (challengeId: string, lead: { leadOrgId: string; piUserId: string }, extra: { status?: 'under_review' | 'shortlisted'; rank?: number } = {}) =>
    createBidRow(t.deps, { challengeId, ...lead, createdBy: cast.users.leadA, memberOrgIds: [cast.orgs.member1], ...extra });
  /** Queries of one GET, and its body. */
  const measure = async (client: ApiClient, url: string) => {
    let body: { items: unknown[] } = { items: [] };
    const queries = await counting.count(async () => {
      body = await client.expect(200, 'GET', url);
    });
    return { queries, body };
  };

  beforeAll(async () => {
    t = await openTestApp();
    counting = await openQueryCountingApp(t);
    cast = await createEvaluationCast(t.deps, { prefix: 'lq-' });
    for (const key of ['officer', 'leadA', 'expert1'] as const) as[key] = await ApiClient.signIn(counting.app, cast.username(key));
  });
  afterAll(async () => {
    await counting.close();
    await t.close();
  });

  it('GET /api/challenges/:id/bids', async () => {
    const challengeId = await challenge();
    const [a, b, c] = leads();
    await bid(challengeId, a!);
    const one = await measure(as.officer!, `/api/challenges/${challengeId}/bids`);
    await bid(challengeId, b!);
    await bid(challengeId, c!);
    const three = await measure(as.officer!, `/api/challenges/${challengeId}/bids`);
    expect([one.body.items.length, three.body.items.length]).toEqual([1, 3]);
    expect(three.queries).toBe(one.queries);
  });

  it('GET /api/bids/mine, one page at a time', async () => {
    await bid(await challenge(), leads()[0]!);
    const one = await measure(as.leadA!, '/api/bids/mine?pageSize=1');
    await bid(await challenge(), leads()[0]!);
    const all = await measure(as.leadA!, '/api/bids/mine?pageSize=100');
    expect(one.body.items).toHaveLength(1);
    expect(all.body).toMatchObject({ total: all.body.items.length, page: 1, pageSize: 100 });
    expect(all.body.items.length).toBeGreaterThanOrEqual(3);
    expect(all.queries).toBe(one.queries);

    const total = all.body.items.length;
    const second = await as.leadA!.expect(200, 'GET', '/api/bids/mine?page=2&pageSize=2');
    expect(second).toMatchObject({ total, page: 2, pageSize: 2 });
    expect(second.items).toHaveLength(Math.min(2, total - 2));
    const tooBig = await as.leadA!.get('/api/bids/mine?pageSize=1000');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.issues[0].path).toBe('querystring.pageSize');
  });

  it('GET /api/notices and GET /api/notices/:id/objections', async () => {
    const notice = async () => {
      const challengeId = await challenge();
      const [a, b] = leads();
      const winner = await bid(challengeId, a!, { status: 'shortlisted', rank: 1 });
      const alternate = await bid(challengeId, b!, { status: 'shortlisted', rank: 2 });
      return as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/notices`, { title: '拟揭榜单位公示', body: '现予公示。', proposedBidIds: [winner], alternateBidIds: [alternate] });
    };
    const first = await notice();
    const one = await measure(anonymous(), '/api/notices');
    await notice();
    await notice();
    const three = await measure(anonymous(), '/api/notices');
    expect(three.body.items.length).toBe(one.body.items.length + 2);
    expect(three.queries).toBe(one.queries);

    const object = (reason: string) => anonymous().expect(201, 'POST', `/api/notices/${first.id}/objections`, { objectorName: '宁波某公司', objectorContact: '13800000000', reason });
    await object('拟揭榜单位业绩材料存疑。');
    const oneObjection = await measure(as.officer!, `/api/notices/${first.id}/objections`);
    await object('候补单位团队成员重复申报。');
    await object('公示内容不完整。');
    const threeObjections = await measure(as.officer!, `/api/notices/${first.id}/objections`);
    expect([oneObjection.body.items.length, threeObjections.body.items.length]).toEqual([1, 3]);
    expect(threeObjections.queries).toBe(oneObjection.queries);
  });

  it('GET /api/experts/me/assignments', async () => {
    const [a, b, c] = leads();
    const first = await challenge();
    await bid(first, a!);
    await createPanelRow(t.deps, { challengeId: first, createdBy: cast.users.officer, experts: [{ userId: cast.users.expert1, panelRole: 'technical' }] });
    const one = await measure(as.expert1!, '/api/experts/me/assignments');
    const second = await challenge();
    await bid(second, b!);
    await bid(second, c!);
    await createPanelRow(t.deps, { challengeId: second, createdBy: cast.users.officer, experts: [{ userId: cast.users.expert1, panelRole: 'industry' }] });
    const two = await measure(as.expert1!, '/api/experts/me/assignments');
    expect(two.body.items).toHaveLength(2);
    const panels = (two.body.items as { challengeId: string; bids: { actions: string[] }[] }[]).sort((x, y) => y.bids.length - x.bids.length);
    expect(panels.map((panel) => [panel.challengeId, panel.bids.map((entry) => entry.actions)])).toEqual([
      [second, [['score'], ['score']]],
      [first, [['score']]],
    ]);
    expect(two.queries).toBe(one.queries);
  });

  it('GET /api/programmes/:id/challenge-groups', async () => {
    const group = (name: string) => as.officer!.expect(201, 'POST', `/api/programmes/${cast.programmeId}/challenge-groups`, { name, continuity: true });
    await group('新能源汽车关键零部件项目群');
    const one = await measure(anonymous(), `/api/programmes/${cast.programmeId}/challenge-groups`);
    await group('智能制造装备项目群');
    await group('集成电路材料项目群');
    const three = await measure(anonymous(), `/api/programmes/${cast.programmeId}/challenge-groups`);
    expect([one.body.items.length, three.body.items.length]).toEqual([1, 3]);
    expect(three.queries).toBe(one.queries);
  });
});
