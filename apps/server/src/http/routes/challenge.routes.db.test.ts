import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createOrganisation, createPooledNeed, createTenant, createUser, openTestApp, sampleIndicators, type TestApp } from '@jiebang/test-kit';

/** 宁波: a programme office turns pooled needs into a 榜单, publishes it, sees it 流榜 and re-publishes it. */
describe('challenges API: pooled needs → challenge → publication → 流榜 → re-publication', () => {
  let t: TestApp;
  let tenantId: string;
  let demanderOrgId: string;
  let demanderUserId: string;
  let programmeId: string;
  let pooledNeedIds: string[];
  let draftNeedId: string;
  const as = (username: string) => ApiClient.signIn(t.app, username);

  beforeAll(async () => {
    t = await openTestApp();
    tenantId = await createTenant(t.deps, { code: 'ningbo-kjj', name: '宁波市科学技术局', regionCode: '330200' });
    demanderOrgId = await createOrganisation(t.deps, { tenantId, name: '宁波均胜汽车零部件有限公司' });
    await createUser(t.deps, { tenantId, username: 'owner', displayName: '王处长', grants: [{ role: 'programme_owner' }] });
    demanderUserId = await createUser(t.deps, { tenantId, username: 'demander', displayName: '陈工', organisationId: demanderOrgId, grants: [{ role: 'demander', organisationId: demanderOrgId }] });
  });
  afterAll(() => t.close());

  const challengeBody = (needIds: string[], overrides: Record<string, unknown> = {}) => ({
    needIds,
    title: '新能源汽车电驱壳体压铸缺陷在线视觉检测系统',
    field: '智能制造',
    industrialChain: '新能源汽车',
    problemStatement: '电驱壳体压铸气孔、缩松缺陷依赖人工目检，漏检率约 3%，需研制可在线部署的视觉检测系统。',
    applicationScenario: '需求方压铸车间两条生产线，节拍 45 秒/件。',
    indicators: sampleIndicators(),
    deliverables: ['在线视觉检测系统样机 1 套', '第三方检测报告', '发明专利申请 2 项'],
    durationMonths: 24,
    budgetFen: 800_000_000,
    coFundingFen: 200_000_000,
    allocationMode: 'open_challenge',
    bidDeadline: '2026-04-30T09:00:00Z',
    ipTerms: '知识产权归揭榜方所有，需求方享有优先实施权。',
    contact: '宁波市科技局重大专项处 0574-89180000',
    maxWinners: 1,
    ...overrides,
  });

  it('creates the programme, edits its policy, activates it and pools a need through the need API', async () => {
    const owner = await as('owner');
    const created = await owner.expect(201, 'POST', '/api/programmes', {
      code: 'NB2026',
      name: '2026 年宁波市“揭榜挂帅”关键核心技术攻关计划',
      mode: 'government_led',
      year: 2026,
      regionCode: '330200',
      description: '面向汽车零部件、集成电路等产业链关键核心技术需求，英雄不论出处。',
      presetId: 'ningbo_rd_input',
    });
    programmeId = created.id;
    expect(created).toMatchObject({ status: 'draft', tenantName: '宁波市科学技术局', presetId: 'ningbo_rd_input', actions: ['edit_policy', 'create_challenge_group', 'activate', 'close'] });

    const policy = structuredClone(created.policy);
    policy.selection.maxWinners = 2;
    const edited = await owner.expect(200, 'PUT', `/api/programmes/${programmeId}/policy`, { ...policy, version: created.version });
    expect(edited.policy.selection.maxWinners).toBe(2);
    const active = await owner.expect(200, 'POST', `/api/programmes/${programmeId}/activate`, { version: edited.version });
    expect(active.status).toBe('active');
    expect(active.timeline.map((entry: { type: string }) => entry.type)).toEqual(['programme.created', 'programme.policy_updated', 'programme.activate']);

    const demander = await as('demander');
    const need = await demander.expect(201, 'POST', `/api/programmes/${programmeId}/needs`, {
      demanderOrgId,
      title: '电驱壳体压铸缺陷在线检测',
      category: 'key_core_technology',
      field: '智能制造',
      problemStatement: '压铸缺陷人工目检漏检率高。',
      indicators: sampleIndicators(),
    });
    await demander.expect(200, 'POST', `/api/needs/${need.id}/submit`, {});
    for (const step of ['start-screening', 'start-vetting', 'pool']) await owner.expect(200, 'POST', `/api/needs/${need.id}/${step}`, {});
    const secondNeed = await createPooledNeed(t.deps, { programmeId, demanderOrgId, createdBy: demanderUserId, title: '压铸件内部缩松 X 射线在线检测' });
    pooledNeedIds = [need.id, secondNeed];
    draftNeedId = await createPooledNeed(t.deps, { programmeId, demanderOrgId, createdBy: demanderUserId, status: 'vetting' });
  });

  it('carries a challenge from pooled needs through review to publication, with guards in the right order', async () => {
    const owner = await as('owner');
    const demander = await as('demander');
    const created = await owner.expect(201, 'POST', `/api/programmes/${programmeId}/challenges`, challengeBody(pooledNeedIds, { bidDeadline: null }));
    expect(created).toMatchObject({
      code: 'NB2026-001',
      versionNo: 1,
      status: 'drafting',
      demanderOrg: { id: demanderOrgId, name: '宁波均胜汽车零部件有限公司' },
      issuer: { name: '宁波市科学技术局' },
      needIds: [...pooledNeedIds].sort(),
      actions: ['edit', 'submit_for_review', 'cancel'],
      // Ningbo: 20% of the ¥8,000,000 budget = ¥1,600,000, under the ¥10,000,000 cap.
      funding: { scheme: { kind: 'rd_input_subsidy', rateBp: 2000 }, previewForBudget: { eligible: true, amountFen: 160_000_000, capped: false, recipient: 'bidder_lead_org' } },
      eligibility: { requireLegalEntity: true },
    });

    const early = await owner.post(`/api/challenges/${created.id}/publish`, {});
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'challenge.publish' });

    await owner.expect(200, 'POST', `/api/challenges/${created.id}/submit-for-review`, {});
    await owner.expect(200, 'POST', `/api/challenges/${created.id}/approve`, {});
    const noDeadline = await owner.post(`/api/challenges/${created.id}/publish`, {});
    expect(noDeadline.status).toBe(409);
    expect(noDeadline.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'challenge.publish_requires_deadline_and_budget' });

    const returned = await owner.expect(200, 'POST', `/api/challenges/${created.id}/return-to-drafting`, { reason: '请补充揭榜截止时间' });
    const patched = await owner.expect(200, 'PATCH', `/api/challenges/${created.id}`, { bidDeadline: '2026-04-30T09:00:00Z', version: returned.version });
    expect(patched.bidDeadline).toBe('2026-04-30T09:00:00.000Z');
    const stale = await owner.patch(`/api/challenges/${created.id}`, { title: '另一个标题', version: returned.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');

    await owner.expect(200, 'POST', `/api/challenges/${created.id}/submit-for-review`, { version: patched.version });
    await owner.expect(200, 'POST', `/api/challenges/${created.id}/approve`, {});
    const followed = await demander.expect(200, 'GET', `/api/challenges/${created.id}`);
    expect(followed.actions).toEqual([]);
    const notTheirs = await demander.post(`/api/challenges/${created.id}/publish`, {});
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'challenge.publish' });

    const published = await owner.expect(200, 'POST', `/api/challenges/${created.id}/publish`, {});
    // Bidding runs until the deadline: closing is not offered before it (the use case would refuse it).
    expect(published).toMatchObject({ status: 'published', publishedAt: '2026-03-02T01:00:00.000Z', actions: ['cancel'] });
    expect(published.timeline.every((entry: { actorName: string | null }) => entry.actorName === '王处长')).toBe(true);
    expect(published.timeline.map((entry: { type: string }) => entry.type)).toEqual([
      'challenge.created',
      'challenge.submit_for_review',
      'challenge.approve',
      'challenge.return_to_drafting',
      'challenge.updated',
      'challenge.submit_for_review',
      'challenge.approve',
      'challenge.publish',
    ]);
    const frozen = await owner.patch(`/api/challenges/${created.id}`, { budgetFen: 900_000_000 });
    expect(frozen.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'challenge.not_editable' });
    const notices = await t.deps.db.selectFrom('notification').select(['kind', 'title']).where('organisation_id', '=', demanderOrgId).where('aggregate_id', '=', created.id).execute();
    expect(notices).toEqual([{ kind: 'challenge.publish', title: '您提出的需求已发榜' }]);

    const anonymous = new ApiClient(t.app);
    const publicView = await anonymous.expect(200, 'GET', `/api/challenges/${created.id}`);
    expect(publicView).toMatchObject({ status: 'published', actions: [], programme: { name: '2026 年宁波市“揭榜挂帅”关键核心技术攻关计划' } });
    // PIPL: the public sees every step of the timeline but not which officer took it.
    expect(publicView.timeline.map((entry: { type: string }) => entry.type)).toEqual(published.timeline.map((entry: { type: string }) => entry.type));
    expect(publicView.timeline.every((entry: { actorName: string | null }) => entry.actorName === null)).toBe(true);
    expect(JSON.stringify(publicView)).not.toContain('王处长');
    const hall = await anonymous.expect(200, 'GET', '/api/challenges?q=%E7%BC%BA%E9%99%B7&regionCode=330000');
    expect(hall).toMatchObject({ total: 1, items: [{ id: created.id, code: 'NB2026-001', issuer: '宁波市科学技术局', regionCode: '330200', budgetFen: 800_000_000, versionNo: 1 }] });
  });

  it('keeps drafts out of the hall and away from strangers (404)', async () => {
    const owner = await as('owner');
    const draft = await owner.expect(201, 'POST', `/api/programmes/${programmeId}/challenges`, challengeBody([pooledNeedIds[1]!], { title: '压铸模具寿命预测' }));
    expect(draft.code).toBe('NB2026-002');
    const anonymous = new ApiClient(t.app);
    expect((await anonymous.get(`/api/challenges/${draft.id}`)).status).toBe(404);
    const hall = await anonymous.expect(200, 'GET', `/api/challenges?programmeId=${programmeId}`);
    expect(hall.items.map((item: { id: string }) => item.id)).not.toContain(draft.id);
    const asOfficer = await owner.expect(200, 'GET', `/api/programmes/${programmeId}/challenges`);
    expect(asOfficer.items.map((item: { code: string }) => item.code)).toEqual(['NB2026-001', 'NB2026-002']);
    const asPublic = await anonymous.expect(200, 'GET', `/api/programmes/${programmeId}/challenges`);
    expect(asPublic.items.map((item: { code: string }) => item.code)).toEqual(['NB2026-001']);

    const noReason = await owner.post(`/api/challenges/${draft.id}/cancel`, { reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.reason']);
    const cancelled = await owner.expect(200, 'POST', `/api/challenges/${draft.id}/cancel`, { reason: '需求方调整技术路线，撤回本榜' });
    expect(cancelled).toMatchObject({ status: 'cancelled', actions: [] });
    expect(cancelled.timeline.at(-1)).toMatchObject({ type: 'challenge.cancel', payload: { from: 'drafting', to: 'cancelled', reason: '需求方调整技术路线，撤回本榜' } });
    const again = await owner.post(`/api/challenges/${draft.id}/cancel`, { reason: '重复撤榜' });
    expect(again.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'challenge.cancel' });
  });

  it('refuses needs that are not pooled, and names the field of inconsistent terms', async () => {
    const owner = await as('owner');
    const notPooled = await owner.post(`/api/programmes/${programmeId}/challenges`, challengeBody([pooledNeedIds[0]!, draftNeedId]));
    expect(notPooled.status).toBe(409);
    expect(notPooled.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'challenge.need_not_pooled', details: { needId: draftNeedId } });

    const paths = async (body: unknown) => {
      const response = await owner.post(`/api/programmes/${programmeId}/challenges`, body);
      expect(response.status).toBe(400);
      return response.body.error.issues.map((issue: { path: string }) => issue.path);
    };
    expect(await paths(challengeBody(pooledNeedIds, { allocationMode: 'direct_assignment' }))).toEqual(['body.designatedOrgId']);
    expect(await paths(challengeBody(pooledNeedIds, { maxWinners: 3 }))).toEqual(['body.maxWinners']);
    expect(await paths(challengeBody([], { budgetFen: -1 }))).toEqual(expect.arrayContaining(['body.needIds', 'body.budgetFen']));
  });

  it('closes bidding only after the deadline, declares 流榜 and re-publishes as version 2', async () => {
    const [first] = (await (await as('owner')).expect(200, 'GET', `/api/programmes/${programmeId}/challenges?status=published`)).items;
    const owner = await as('owner');
    const tooEarly = await owner.post(`/api/challenges/${first.id}/close-bidding`, {});
    expect(tooEarly.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'challenge.deadline_not_reached' });

    expect((await owner.expect(200, 'GET', `/api/challenges/${first.id}`)).actions).toEqual(['cancel']);

    t.clock.set('2026-04-30T09:00:01Z');
    const later = await as('owner');
    expect((await later.expect(200, 'GET', `/api/challenges/${first.id}`)).actions).toEqual(['close_bidding', 'cancel']);
    await later.expect(200, 'POST', `/api/challenges/${first.id}/close-bidding`, {});
    const noAward = await later.expect(200, 'POST', `/api/challenges/${first.id}/declare-no-award`, { reason: '无揭榜单位通过形式审查' });
    expect(noAward).toMatchObject({ status: 'no_award', actions: ['republish'] });
    const hall = await new ApiClient(t.app).expect(200, 'GET', '/api/challenges?status=no_award');
    expect(hall.items.map((item: { id: string }) => item.id)).toEqual([first.id]);

    const stale = await later.post(`/api/challenges/${first.id}/republish`, { version: noAward.version - 1 });
    expect(stale.body.error.code).toBe('STALE_VERSION');
    const second = await later.expect(201, 'POST', `/api/challenges/${first.id}/republish`, { version: noAward.version, reason: '调整指标后二次发榜' });
    expect(second).toMatchObject({
      code: 'NB2026-001',
      versionNo: 2,
      previousVersionId: first.id,
      nextVersionId: null,
      status: 'drafting',
      publishedAt: null,
      title: '新能源汽车电驱壳体压铸缺陷在线视觉检测系统',
      needIds: [...pooledNeedIds].sort(),
      actions: ['edit', 'submit_for_review', 'cancel'],
    });
    expect(second.timeline.map((entry: { type: string }) => entry.type)).toEqual(['challenge.republished']);
    const old = await later.expect(200, 'GET', `/api/challenges/${first.id}`);
    expect(old).toMatchObject({ nextVersionId: second.id, actions: [] });
    expect(old.timeline.at(-1)).toMatchObject({ type: 'challenge.republished', payload: { newVersionId: second.id, versionNo: 2 } });
    const twice = await later.post(`/api/challenges/${first.id}/republish`, {});
    expect(twice.body.error).toMatchObject({ code: 'DUPLICATE', rule: 'challenge.already_republished' });
    const demander = await as('demander');
    expect((await demander.post(`/api/challenges/${second.id}/submit-for-review`, {})).status).toBe(403);
  });
});
