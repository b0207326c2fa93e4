import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createProgramme, createPublishedChallenge, createTenant, openTestApp, type TestApp } from '@jiebang/test-kit';
import type { ChallengeStatus } from '@jiebang/domain';

const DAY_MS = 86_400_000;
const yuan = (amount: number) => amount * 100;

/** 揭榜大厅: challenges of 宁波, 沈阳 and 国家电网, read without signing in. */
describe('challenge hall: public listing across tenants with filters, sorting and paging', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  const codes = new Map<string, string>();

  beforeAll(async () => {
    t = await openTestApp();
    anonymous = new ApiClient(t.app);
    const ningbo = await createTenant(t.deps, { code: 'ningbo-kjj', name: '宁波市科学技术局', regionCode: '330200' });
    const shenyang = await createTenant(t.deps, { code: 'shenyang-kjj', name: '沈阳市科学技术局', regionCode: '210100' });
    const sgcc = await createTenant(t.deps, { code: 'sgcc', name: '国家电网有限公司', level: 'enterprise', regionCode: null });
    const nbProgramme = await createProgramme(t.deps, { tenantId: ningbo, name: '2026 年宁波市揭榜挂帅计划' });
    const syProgramme = await createProgramme(t.deps, { tenantId: shenyang, preset: 'shenyang_key_technology', name: '沈阳市重点技术攻关揭榜制项目' });
    const sgProgramme = await createProgramme(t.deps, { tenantId: sgcc, preset: 'enterprise_bounty', name: '国家电网揭榜挂帅科技项目' });
    await t.deps.db.updateTable('programme').set({ region_code: '210100' }).where('id', '=', syProgramme).execute();
    await t.deps.db.updateTable('programme').set({ region_code: null }).where('id', '=', sgProgramme).execute();

    const now = t.deps.now().getTime();
    const rows: [string, string, string, string, number, number, ChallengeStatus, ('open_challenge' | 'claim' | 'direct_assignment')?][] = [
      ['A', nbProgramme, '电驱壳体压铸缺陷在线视觉检测', '智能制造', 8_000_000, 30, 'published'],
      ['B', nbProgramme, '高端轴承剩余寿命预测', '高端装备', 3_000_000, 30, 'closed'],
      ['C', nbProgramme, '尚在起草的榜单', '智能制造', 1_000_000, 30, 'drafting'],
      ['D', syProgramme, '工业机器人精密减速器', '高端装备', 5_000_000, 10, 'published', 'claim'],
      ['E', syProgramme, '已撤销的榜单', '高端装备', 5_000_000, 10, 'cancelled'],
      ['F', syProgramme, '五轴数控机床热误差补偿', '高端装备', 2_000_000, 30, 'awarded'],
      ['G', sgProgramme, '特高压换流阀状态监测与故障预警', '电力装备', 20_000_000, 60, 'published', 'direct_assignment'],
    ];
    for (const [key, programmeId, title, field, budget, days, status, allocationMode] of rows) {
      const tenantId = programmeId === nbProgramme ? ningbo : programmeId === syProgramme ? shenyang : sgcc;
      const id = await createPublishedChallenge(t.deps, { tenantId, programmeId, title, field, budgetFen: yuan(budget), bidDeadline: new Date(now + days * DAY_MS), status, code: `HALL-${key}`, allocationMode: allocationMode ?? 'open_challenge' });
      codes.set(id, key);
    }
  });
  afterAll(() => t.close());

  const keys = (body: { items: { id: string }[] }) => body.items.map((item) => codes.get(item.id));
  const hall = (query: string) => anonymous.expect(200, 'GET', `/api/challenges?${query}`);

  it('lists only public statuses, sorted by budget, one page at a time', async () => {
    expect(keys(await hall('sort=budget&order=asc&pageSize=100'))).toEqual(['F', 'B', 'D', 'A', 'G']);
    const page2 = await hall('sort=budget&order=asc&page=2&pageSize=2');
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(keys(page2)).toEqual(['D', 'A']);
    expect(keys(await hall('sort=budget&page=3&pageSize=2'))).toEqual(['F']);
  });

  it('describes each item with its programme, issuer and region', async () => {
    const [item] = (await hall('q=%E5%87%8F%E9%80%9F%E5%99%A8')).items;
    expect(item).toMatchObject({
      code: 'HALL-D',
      title: '工业机器人精密减速器',
      programmeName: '沈阳市重点技术攻关揭榜制项目',
      issuer: '沈阳市科学技术局',
      regionCode: '210100',
      budgetFen: yuan(5_000_000),
      status: 'published',
      allocationMode: 'claim',
      versionNo: 1,
      actions: [],
    });
  });

  it('filters by words, field, region prefix, budget range, deadline, status and allocation mode', async () => {
    expect(keys(await hall(`q=${encodeURIComponent('寿命')}`))).toEqual(['B']);
    // Wildcards typed by a user are literal: '_' would otherwise match every title.
    expect(keys(await hall('q=_'))).toEqual([]);
    expect(keys(await hall(`field=${encodeURIComponent('高端装备')}&sort=budget`))).toEqual(['D', 'B', 'F']);
    expect(keys(await hall('regionCode=210000&sort=budget'))).toEqual(['D', 'F']);
    expect(keys(await hall('regionCode=3302'))).toEqual(expect.arrayContaining(['A', 'B']));
    expect((await hall('regionCode=330200')).total).toBe(2);
    expect(keys(await hall(`minBudgetFen=${yuan(4_000_000)}&maxBudgetFen=${yuan(8_000_000)}&sort=budget`))).toEqual(['A', 'D']);
    const fifteenDays = new Date(t.deps.now().getTime() + 15 * DAY_MS).toISOString();
    expect(keys(await hall(`deadlineBefore=${fifteenDays}`))).toEqual(['D']);
    expect(keys(await hall('status=published&sort=deadline'))).toEqual(['D', 'A', 'G']);
    expect(keys(await hall('status=published&sort=deadline&order=desc'))).toEqual(['G', 'A', 'D']);
    expect(keys(await hall('allocationMode=direct_assignment'))).toEqual(['G']);
  });

  it('answers 400 naming the query parameter', async () => {
    const drafts = await anonymous.get('/api/challenges?status=drafting');
    expect(drafts.status).toBe(400);
    expect(drafts.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['querystring.status']);
    const huge = await anonymous.get('/api/challenges?pageSize=101&regionCode=33a');
    expect(huge.status).toBe(400);
    expect(huge.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['querystring.pageSize', 'querystring.regionCode']));
  });
});
