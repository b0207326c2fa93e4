import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  createOrganisation,
  createPooledNeed,
  createProgramme,
  createTenant,
  createUser,
  openTestApp,
  recordChallengeWinner,
  sampleIndicators,
  type TestApp,
} from '@jiebang/test-kit';

/** 项目群 (the State Grid case): once won, the series continues with the same team without yearly re-competition. */
describe('challenge groups API: sequence and continuity', () => {
  let t: TestApp;
  let tenantId: string;
  let programmeId: string;
  let otherProgrammeId: string;
  let winnerOrgId: string;
  let ownerId: string;
  let piUserId: string;
  let owner: ApiClient;
  let demander: ApiClient;

  beforeAll(async () => {
    t = await openTestApp();
    tenantId = await createTenant(t.deps, { code: 'sgcc', name: '国家电网有限公司', level: 'enterprise', regionCode: '110000' });
    programmeId = await createProgramme(t.deps, { tenantId, preset: 'enterprise_bounty', code: 'SGCC2026', name: '国家电网 2026 年揭榜挂帅科技项目' });
    otherProgrammeId = await createProgramme(t.deps, { tenantId, preset: 'enterprise_bounty', code: 'SGCC2025', name: '国家电网 2025 年揭榜挂帅科技项目' });
    winnerOrgId = await createOrganisation(t.deps, { tenantId, name: '中国电力科学研究院有限公司', type: 'institute', regionCode: '110108' });
    const demanderOrgId = await createOrganisation(t.deps, { tenantId, name: '国网浙江省电力有限公司', regionCode: '330100' });
    ownerId = await createUser(t.deps, { tenantId, username: 'sgcc-owner', displayName: '刘主任', grants: [{ role: 'programme_owner' }] });
    piUserId = await createUser(t.deps, { tenantId, username: 'pi', displayName: '赵研究员', organisationId: winnerOrgId, grants: [{ role: 'principal_investigator', organisationId: winnerOrgId }] });
    await createUser(t.deps, { tenantId, username: 'grid-demander', organisationId: demanderOrgId, grants: [{ role: 'demander', organisationId: demanderOrgId }] });
    owner = await ApiClient.signIn(t.app, 'sgcc-owner');
    demander = await ApiClient.signIn(t.app, 'grid-demander');
  });
  afterAll(() => t.close());

  const challengeBody = (title: string, overrides: Record<string, unknown> = {}) => ({
    title,
    field: '电力装备',
    industrialChain: '特高压输变电',
    problemStatement: '特高压换流阀晶闸管级故障依赖停电检修发现，需要在线状态监测与故障预警。',
    indicators: sampleIndicators(),
    deliverables: ['在线监测系统 1 套', '挂网运行报告'],
    durationMonths: 12,
    budgetFen: 2_000_000_00,
    bidDeadline: '2026-06-30T09:00:00Z',
    ...overrides,
  });

  /** Stands in for the award use case: the challenge is awarded to `leadOrgId`. */
  const award = (challengeId: string) => recordChallengeWinner(t.deps, { challengeId, leadOrgId: winnerOrgId, piUserId, awardedBy: ownerId });

  it('assigns the next challenge of a continuous group directly to the previous winner', async () => {
    const group = await owner.expect(201, 'POST', `/api/programmes/${programmeId}/challenge-groups`, {
      name: '特高压直流输电装备关键技术项目群',
      description: '换流阀状态监测 → 故障预警 → 智能运维，分年度连续攻关。',
    });
    expect(group).toMatchObject({ continuity: true, challenges: [], actions: ['next_challenge'] });
    expect(group.timeline.map((entry: { type: string }) => entry.type)).toEqual(['challenge_group.created']);

    const first = await owner.expect(201, 'POST', `/api/challenge-groups/${group.id}/next-challenge`, challengeBody('换流阀晶闸管级在线状态监测（第一期）', { maxWinners: 1 }));
    expect(first).toMatchObject({ code: 'SGCC2026-001', allocationMode: 'open_challenge', designatedOrg: null, group: { id: group.id, name: '特高压直流输电装备关键技术项目群', sequence: 1, continuity: true }, needIds: [] });

    await award(first.id);
    const second = await owner.expect(201, 'POST', `/api/challenge-groups/${group.id}/next-challenge`, challengeBody('换流阀故障智能预警（第二期）', { allocationMode: 'open_challenge' }));
    expect(second).toMatchObject({
      code: 'SGCC2026-002',
      allocationMode: 'direct_assignment',
      designatedOrg: { id: winnerOrgId, name: '中国电力科学研究院有限公司' },
      maxWinners: 1,
      group: { sequence: 2, continuity: true },
    });
    expect(second.timeline[0]).toMatchObject({ type: 'challenge.created', payload: { groupSequence: 2, continuedFrom: { challengeId: first.id, leadOrgId: winnerOrgId } } });

    const listed = await owner.expect(200, 'GET', `/api/programmes/${programmeId}/challenge-groups`);
    expect(listed.items[0].challenges.map((challenge: { sequence: number; status: string }) => [challenge.sequence, challenge.status])).toEqual([
      [1, 'awarded'],
      [2, 'drafting'],
    ]);
    // The public sees the group and its awarded phase, not the internal draft.
    const asPublic = await new ApiClient(t.app).expect(200, 'GET', `/api/challenge-groups/${group.id}`);
    expect(asPublic).toMatchObject({ actions: [], challenges: [{ id: first.id, sequence: 1 }] });
    expect(group.timeline[0].actorName).not.toBeNull();
    expect(asPublic.timeline.map((entry: { type: string; actorName: string | null }) => [entry.type, entry.actorName])).toEqual([['challenge_group.created', null]]);
  });

  it('re-competes when the group is not continuous, or when nobody won the previous challenge', async () => {
    const yearly = await owner.expect(201, 'POST', `/api/programmes/${programmeId}/challenge-groups`, { name: '配电网故障定位年度攻关', continuity: false });
    const first = await owner.expect(201, 'POST', `/api/challenge-groups/${yearly.id}/next-challenge`, challengeBody('配电网单相接地故障定位（2026）'));
    await award(first.id);
    const second = await owner.expect(201, 'POST', `/api/challenge-groups/${yearly.id}/next-challenge`, challengeBody('配电网单相接地故障定位（2027）', { maxWinners: 1 }));
    expect(second).toMatchObject({ allocationMode: 'open_challenge', designatedOrg: null, group: { sequence: 2, continuity: false } });

    const continuous = await owner.expect(201, 'POST', `/api/programmes/${programmeId}/challenge-groups`, { name: '储能电站安全预警项目群', continuity: true });
    const unwon = await owner.expect(201, 'POST', `/api/challenge-groups/${continuous.id}/next-challenge`, challengeBody('储能电池热失控早期预警（第一期）'));
    await t.deps.db.updateTable('challenge').set({ status: 'no_award' }).where('id', '=', unwon.id).execute();
    const next = await owner.expect(201, 'POST', `/api/challenge-groups/${continuous.id}/next-challenge`, challengeBody('储能电池热失控早期预警（第二期）'));
    expect(next).toMatchObject({ allocationMode: 'open_challenge', group: { sequence: 2 } });
  });

  it('appends a challenge built from pooled needs to a group, and names a group of another programme as a bad field', async () => {
    const group = await owner.expect(201, 'POST', `/api/programmes/${programmeId}/challenge-groups`, { name: '输电线路巡检项目群' });
    const needId = await createPooledNeed(t.deps, { programmeId, demanderOrgId: (await t.deps.db.selectFrom('organisation').select('id').where('name', '=', '国网浙江省电力有限公司').executeTakeFirstOrThrow()).id, createdBy: ownerId, title: '输电线路无人机自主巡检缺陷识别' });
    const created = await owner.expect(201, 'POST', `/api/programmes/${programmeId}/challenges`, { ...challengeBody('输电线路无人机巡检缺陷识别'), needIds: [needId], groupId: group.id });
    expect(created).toMatchObject({ group: { id: group.id, sequence: 1 }, needIds: [needId], demanderOrg: { name: '国网浙江省电力有限公司' } });

    const elsewhere = await owner.post(`/api/programmes/${otherProgrammeId}/challenges`, { ...challengeBody('跨计划的榜单'), needIds: [needId], groupId: group.id });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error.rule).toBe('challenge.need_not_pooled');
    const wrongGroup = await owner.post(`/api/challenge-groups/${group.id}/next-challenge`, challengeBody('指派但未指定单位', { allocationMode: 'direct_assignment' }));
    expect(wrongGroup.status).toBe(400);
    expect(wrongGroup.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.designatedOrgId']);
  });

  it('answers 403 to a demander and 400 naming the field', async () => {
    const forbidden = await demander.post(`/api/programmes/${programmeId}/challenge-groups`, { name: '需求方自建项目群' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe('FORBIDDEN');
    const unnamed = await owner.post(`/api/programmes/${programmeId}/challenge-groups`, { name: '  ', continuity: 'yes' });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['body.name', 'body.continuity']));
  });
});
