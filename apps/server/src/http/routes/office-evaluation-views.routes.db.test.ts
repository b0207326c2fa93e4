import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createBidRow, createEvaluationCast, createExpertProfile, createPublishedChallenge, createUser, openTestApp, type EvaluationCast, type TestApp } from '@jiebang/test-kit';

/** The reads the programme office's evaluation pages rest on: expert pool, a challenge's notices, its awards. */
describe('programme office evaluation views', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  let other: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  const anonymous = () => new ApiClient(t.app);

  /** Sessions expire while the test clock runs through a notice period. */
  const signIn = async () => {
    for (const key of ['officer', 'officer2', 'leadA', 'expert1'] as const) as[key] = await ApiClient.signIn(t.app, cast.username(key));
  };

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps, { prefix: 'ov-' });
    other = await createEvaluationCast(t.deps, { prefix: 'ov2-' });
    await signIn();
  });
  afterAll(() => t.close());

  it('lists the expert pool of the officer’s tenant only, with each expert’s unit, and refuses non-officers', async () => {
    const retired = await createUser(t.deps, { tenantId: cast.tenantId, username: 'ov-retired', displayName: '退休专家', organisationId: null, grants: [{ role: 'expert_reviewer' }] });
    await createExpertProfile(t.deps, { userId: retired, tenantId: cast.tenantId });
    await t.deps.db.updateTable('app_user').set({ disabled_at: t.deps.now() }).where('username', '=', 'ov-retired').execute();

    for (const officer of [as.officer!, as.officer2!]) {
      const pool = await officer.expect(200, 'GET', '/api/experts');
      const ids = pool.items.map((item: { userId: string }) => item.userId).sort();
      expect(ids).toEqual([cast.users.expert1, cast.users.expert2, cast.users.expert3, cast.users.expertConflicted, cast.users.expertOutside].sort());
      expect(pool.items.find((item: { userId: string }) => item.userId === cast.users.expert1)).toMatchObject({ userId: cast.users.expert1, displayName: '刘教授', organisationName: '宁波大学', status: 'active' });
      expect(pool.items.find((item: { userId: string }) => item.userId === cast.users.expert2).organisationName).toBe('');
      expect(ids).not.toContain(other.users.expert1);
    }
    expect((await as.leadA!.get('/api/experts')).status).toBe(403);
    expect((await as.expert1!.get('/api/experts')).status).toBe(403);
    expect((await anonymous().get('/api/experts')).status).toBe(401);
  });

  it('offers to form the panel on the ranking only while the challenge is under review, has none and is not a claim (认领制)', async () => {
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status: 'under_review', title: '压铸件缺陷在线检测' });
    expect((await as.officer!.expect(200, 'GET', `/api/challenges/${challengeId}/ranking`)).actions).toEqual(['form_panel']);
    await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/panel`, {});
    expect((await as.officer!.expect(200, 'GET', `/api/challenges/${challengeId}/ranking`)).actions).toEqual([]);

    const claim = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status: 'under_review', allocationMode: 'claim', title: '认领制榜单' });
    expect((await as.officer!.expect(200, 'GET', `/api/challenges/${claim}/ranking`)).actions).toEqual([]);

    const published = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status: 'published', title: '尚在揭榜期的榜单' });
    expect((await as.officer!.expect(200, 'GET', `/api/challenges/${published}/ranking`)).actions).toEqual([]);
  });

  it('lists one challenge’s notices, withdrawn and long-closed ones included, and its awards with the step to open negotiation', async () => {
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status: 'under_review', title: '电驱壳体缺陷视觉检测' });
    const elsewhere = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status: 'under_review', title: '另一个榜单' });
    const bid = (challenge: string, leadOrgId: string, rank: number) => createBidRow(t.deps, { challengeId: challenge, leadOrgId, piUserId: cast.users.piA, createdBy: cast.users.leadA, status: 'shortlisted', rank, totalScore: 90 - rank });
    const first = await bid(challengeId, cast.orgs.leadA, 1);
    const second = await bid(challengeId, cast.orgs.leadB, 2);
    const foreign = await bid(elsewhere, cast.orgs.leadC, 1);
    const body = (proposedBidIds: string[]) => ({ title: '拟揭榜单位公示', body: '经专家评审，现将拟揭榜单位予以公示。', proposedBidIds });

    const actionsNow = async () => (await as.officer!.expect(200, 'GET', `/api/challenges/${challengeId}/ranking`)).actions;
    expect(await actionsNow()).toEqual(['form_panel', 'publish_notice']);
    const withdrawn = await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/notices`, body([second]));
    expect(await actionsNow()).toEqual(['form_panel']);
    await as.officer!.expect(200, 'POST', `/api/notices/${withdrawn.id}/withdraw`, { reason: '拟揭榜单位排序有误，更正后重新公示' });
    t.clock.advanceDays(1);
    await signIn();
    expect(await actionsNow()).toEqual(['form_panel', 'publish_notice']);
    const notice = await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/notices`, body([first]));
    const unrelated = await as.officer!.expect(201, 'POST', `/api/challenges/${elsewhere}/notices`, body([foreign]));
    t.clock.advanceDays(8);
    await signIn();
    await as.officer!.expect(200, 'POST', `/api/notices/${notice.id}/close`, {});
    t.clock.advanceDays(60);
    await signIn();

    const listed = await anonymous().expect(200, 'GET', `/api/notices?challengeId=${challengeId}`);
    expect(listed.items.map((item: { id: string; status: string }) => [item.id, item.status])).toEqual([
      [notice.id, 'closed'],
      [withdrawn.id, 'withdrawn'],
    ]);
    const board = await anonymous().expect(200, 'GET', '/api/notices');
    expect(board.items.map((item: { id: string }) => item.id)).toEqual([unrelated.id]);
    expect((await anonymous().get('/api/notices?challengeId=nope')).status).toBe(400);

    expect((await as.officer!.expect(200, 'GET', `/api/challenges/${challengeId}/awards`)).items).toEqual([]);
    const challenge = await as.officer!.expect(200, 'GET', `/api/challenges/${challengeId}`);
    const result = await as.officer!.expect(200, 'POST', `/api/challenges/${challengeId}/award`, { version: challenge.version });
    const [award] = result.awards;
    expect(award).toMatchObject({ bidId: first, rank: 1, status: 'awarded', contractId: null, actions: ['start_negotiation'] });

    const awards = await as.officer!.expect(200, 'GET', `/api/challenges/${challengeId}/awards`);
    expect(awards.items).toHaveLength(1);
    expect(awards.items[0]).toMatchObject({ id: award.id, leadOrgName: '浙江大学宁波智能制造研究院', contractId: null, actions: ['start_negotiation'] });
    expect(awards.items[0].timeline.map((entry: { type: string }) => entry.type)).toEqual(['award.created']);

    const contract = await as.officer!.expect(201, 'POST', `/api/awards/${award.id}/contract`, {});
    const after = await as.officer!.expect(200, 'GET', `/api/challenges/${challengeId}/awards`);
    expect(after.items[0]).toMatchObject({ id: award.id, contractId: contract.id, actions: [] });

    expect((await as.leadA!.get(`/api/challenges/${challengeId}/awards`)).status).toBe(403);
    const otherOfficer = await ApiClient.signIn(t.app, other.username('officer'));
    expect((await otherOfficer.get(`/api/challenges/${challengeId}/awards`)).status).toBe(403);
  });
});
