import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createBidRow, createEvaluationCast, createExpertProfile, createOrganisation, createPublishedChallenge, createUser, openTestApp, setChallengeStatus, type EvaluationCast, type TestApp } from '@jiebang/test-kit';

const sheet = (score: number) => ({ technical_route: score, team_capability: score, indicator_commitment: score, budget_soundness: score });
const commitments = [
  { indicatorKey: 'accuracy', committedValue: 98.5, note: '' },
  { indicatorKey: 'latency', committedValue: 45, note: '' },
  { indicatorKey: 'cost', committedValue: 58, note: '' },
];
const PROPOSAL_A = '多光谱成像与轻量化检测网络，在压铸产线边缘端实时识别气孔与缩松。';
const FILE_BYTES = Buffer.from('%PDF-1.4\n% 揭榜申报书正文 MARKER-7731\n%%EOF\n');

/** 回避: no conflicted expert is seated, and none can open, list, download or score a bid they must recuse from. */
describe('recusal (回避) at assignment and at every access', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  const usernames: Record<string, string> = {};
  let challengeId: string;
  let bidA: string;
  let bidB: string;
  let fileA: string;
  let panelId: string;

  const bidBody = (lead: 'leadA' | 'leadB', pi: 'piA' | 'piB', extra: Record<string, unknown> = {}) => ({
    leadOrgId: cast.orgs[lead],
    piUserId: cast.users[pi],
    title: lead === 'leadA' ? '压铸件内部缺陷多光谱在线检测系统' : '电驱壳体缺陷视觉检测装备',
    technicalProposal: lead === 'leadA' ? PROPOSAL_A : '结构光三维测量结合深度学习分类。',
    indicatorCommitments: commitments,
    budgetFen: 400_000_000,
    leadTask: '总体方案与系统集成',
    leadBudgetShareBp: 10_000,
    ...extra,
  });
  const upload = (client: ApiClient, bidId: string, fileName: string, content: Buffer) =>
    t.app.inject({ method: 'POST', url: `/api/bids/${bidId}/attachments?fileName=${encodeURIComponent(fileName)}`, payload: content, headers: { 'content-type': 'application/pdf', authorization: `Bearer ${client.token}` } });
  const download = (client: ApiClient, id: string) => t.app.inject({ method: 'GET', url: `/api/attachments/${id}/content`, headers: { authorization: `Bearer ${client.token}` } });

  /**
   * An expert in the pool (expert_reviewer and a profile), with a unit and declared relations as given. Most
   * profiles are incomplete on purpose — no unit typed, the account's organisation only — and recusal must still hold.
   */
  async function expert(key: string, displayName: string, options: { organisationId?: string; organisationName?: string; regionCode?: string; relations?: { kind: string; personName?: string; organisationId?: string; year: number | null }[] } = {}) {
    ids[key] = await createUser(t.deps, { tenantId: cast.tenantId, username: `rc-${key}`, displayName, organisationId: options.organisationId ?? null, grants: [{ role: 'expert_reviewer' }] });
    await createExpertProfile(t.deps, { userId: ids[key]!, tenantId: cast.tenantId, organisationName: options.organisationName ?? '', regionCode: options.regionCode ?? null });
    for (const relation of options.relations ?? []) await declare(key, relation);
    usernames[key] = `rc-${key}`;
  }
  const declare = (key: string, relation: { kind: string; personName?: string; organisationId?: string; year: number | null }) =>
    t.deps.db
      .insertInto('expert_relation')
      .values({ id: t.deps.newId(), tenant_id: cast.tenantId, expert_user_id: ids[key]!, kind: relation.kind, person_name: relation.personName ?? '', organisation_id: relation.organisationId ?? null, related_user_id: null, year: relation.year, created_by: ids[key]! })
      .execute();

  /** Each reason kind that applies at access, with the expert who has it. */
  const CONFLICTED = [
    ['sameLead', 'same_organisation'],
    ['sameMember', 'same_organisation'],
    ['sameDemander', 'same_organisation'],
    ['relative', 'relative'],
    ['collabRecent', 'collaboration'],
    ['coBid', 'collaboration'],
    ['avoided', 'avoid_list'],
  ] as const;

  async function expectRecused(key: string, bidId: string) {
    const client = as[key]!;
    const view = await client.get(`/api/bids/${bidId}`);
    expect(view.status, `${key} GET bid`).toBe(403);
    expect(view.body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'review.conflict_of_interest' });
    expect(JSON.stringify(view.body)).not.toContain(PROPOSAL_A);
    expect(view.body.error.details).toBeUndefined();
    const files = await client.get(`/api/bids/${bidId}/attachments`);
    expect(files.status, `${key} list files`).toBe(403);
    expect(files.body.error.rule).toBe('review.conflict_of_interest');
    if (bidId === bidA) {
      const file = await download(client, fileA);
      expect(file.statusCode, `${key} download`).toBe(403);
      expect(file.json().error.rule).toBe('review.conflict_of_interest');
      expect(file.body).not.toContain('MARKER-7731');
    }
    const score = await client.post(`/api/bids/${bidId}/scores`, { criterionScores: sheet(80) });
    expect(score.status, `${key} score`).toBe(403);
    expect(score.body.error.rule).toBe('review.conflict_of_interest');
    const work = await client.expect(200, 'GET', '/api/experts/me/assignments');
    expect(work.items[0].bids.map((bid: { bidId: string }) => bid.bidId)).not.toContain(bidId);
    expect(work.items[0].recusedBidCount).toBeGreaterThanOrEqual(1);
    const listed = await client.expect(200, 'GET', `/api/challenges/${challengeId}/bids`);
    expect(listed.items.map((bid: { id: string }) => bid.id)).not.toContain(bidId);
    const schedule = await client.expect(200, 'GET', `/api/panels/${panelId}/defences`);
    expect(schedule.slots.map((slot: { bidId: string }) => slot.bidId)).not.toContain(bidId);
  }

  async function expectAllowed(key: string, bidId: string) {
    const client = as[key]!;
    expect((await client.expect(200, 'GET', `/api/bids/${bidId}`)).technicalProposal).toBeTruthy();
    expect((await client.expect(200, 'GET', `/api/bids/${bidId}/attachments`)).items.length).toBe(bidId === bidA ? 1 : 0);
    if (bidId === bidA) expect((await download(client, fileA)).statusCode).toBe(200);
    const work = await client.expect(200, 'GET', '/api/experts/me/assignments');
    expect(work.items[0].bids.map((bid: { bidId: string }) => bid.bidId)).toContain(bidId);
    const schedule = await client.expect(200, 'GET', `/api/panels/${panelId}/defences`);
    expect(schedule.slots.map((slot: { bidId: string }) => slot.bidId)).toContain(bidId);
  }

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps, { prefix: 'rc-' });
    for (const key of ['officer', 'leadA', 'piA', 'leadB', 'piB'] as const) usernames[key] = cast.username(key);
    const signInAll = async () => {
      for (const [key, username] of Object.entries(usernames)) as[key] = await ApiClient.signIn(t.app, username);
    };
    challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, demanderOrgId: cast.orgs.demander, title: '压铸件内部缺陷智能检测' });

    // The platform's own record of a co-bid: the coBid expert's unit bid with member2 this year.
    const partner = await createOrganisation(t.deps, { tenantId: cast.tenantId, name: '宁波海天精工股份有限公司', regionCode: '330100' });
    const earlier = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status: 'awarded', title: '数控机床热误差补偿' });
    await createBidRow(t.deps, { challengeId: earlier, leadOrgId: partner, piUserId: cast.users.piB, createdBy: cast.users.piB, status: 'not_selected', memberOrgIds: [cast.orgs.member2] });

    await expert('sameLead', '钱研究员', { organisationId: cast.orgs.leadA });
    await expert('sameMember', '杨研究员', { organisationId: cast.orgs.member1 });
    await expert('sameDemander', '孔高工', { organisationId: cast.orgs.demander });
    await expert('relative', '周晓梅', { relations: [{ kind: 'relative', personName: '周教授（技术负责人）', year: null }] });
    await expert('collabRecent', '冯教授', { relations: [{ kind: 'collaboration', organisationId: cast.orgs.member2, year: 2023 }] });
    await expert('collabOld', '褚教授', { relations: [{ kind: 'collaboration', organisationId: cast.orgs.member2, year: 2022 }] });
    await expert('coBid', '卫总工', { organisationId: partner });
    await expert('avoided', '刘建国（技术专家）', { organisationName: '宁波大学信息科学与工程学院' });
    await expert('regional', '蒋工程师', { organisationName: '余姚市智能装备研究所', regionCode: '330281' });
    await expert('clean', '沈教授');
    await signInAll();
    await expert('late', '韩教授', { organisationId: await createOrganisation(t.deps, { tenantId: cast.tenantId, name: '宁波中车新能源科技有限公司', regionCode: '330100' }) });
    ids.lateUnit = (await t.deps.db.selectFrom('app_user').select('organisation_id').where('id', '=', ids.late!).executeTakeFirstOrThrow()).organisation_id!;

    const a = await as.leadA!.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, {
      ...bidBody('leadA', 'piA', {
        leadBudgetShareBp: 6000,
        members: [
          { organisationId: cast.orgs.member1, task: '多光谱成像模组', budgetShareBp: 2000 },
          { organisationId: cast.orgs.member2, task: '现场验证', budgetShareBp: 2000 },
        ],
        avoidedExperts: [{ name: '刘建国', organisationName: '宁波大学', reason: '该专家担任竞争单位技术顾问' }],
      }),
    });
    bidA = a.id;
    const uploaded = await upload(as.leadA!, bidA, '揭榜申报书.pdf', FILE_BYTES);
    expect(uploaded.statusCode).toBe(201);
    fileA = uploaded.json().id;
    bidB = (await as.leadB!.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, bidBody('leadB', 'piB'))).id;
    for (const [bidId, pi, lead] of [[bidA, 'piA', 'leadA'], [bidB, 'piB', 'leadB']] as const) {
      await as[pi]!.expect(200, 'POST', `/api/bids/${bidId}/pi-commitment`, {});
      await as[lead]!.expect(200, 'POST', `/api/bids/${bidId}/submit`, {});
      expect((await as.officer!.expect(200, 'POST', `/api/bids/${bidId}/check-eligibility`, {})).status).toBe('under_review');
    }
    t.clock.advanceDays(31);
    await setChallengeStatus(t.deps, challengeId, 'under_review');
    await signInAll();
    panelId = (await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/panel`, {})).id;
  });
  afterAll(() => t.close());

  it('refuses to seat an expert with any reason to recuse from the challenge (409, naming the reasons), seats the others', async () => {
    for (const [key, kind] of CONFLICTED) {
      const refused = await as.officer!.post(`/api/panels/${panelId}/members`, { expertUserId: ids[key], panelRole: 'technical' });
      expect(refused.status, key).toBe(409);
      expect(refused.body.error.rule, key).toBe('review.conflict_of_interest');
      expect(refused.body.error.details.reasons.map((reason: { kind: string }) => reason.kind), key).toContain(kind);
    }
    // A collaboration more than three calendar years back, and a region while the region rule is off, are no reason.
    for (const key of ['collabOld', 'regional', 'clean', 'late']) await as.officer!.expect(200, 'POST', `/api/panels/${panelId}/members`, { expertUserId: ids[key], panelRole: 'technical' });
  });

  it('answers 403 review.conflict_of_interest to a seated expert who must recuse — bid, file list, download, score — and leaves the bid out of their lists', async () => {
    // The conflicts became known after the seats were given (e.g. a late consortium change): seats exist, access must not.
    await t.deps.db
      .insertInto('panel_member')
      .values(CONFLICTED.map(([key]) => ({ panel_id: panelId, expert_user_id: ids[key]!, panel_role: 'technical', assigned_by: cast.users.officer, assigned_at: t.clock.now(), invitation_status: 'accepted', source: 'manual' })))
      .execute();
    await t.deps.db.updateTable('panel_member').set({ invitation_status: 'accepted' }).where('panel_id', '=', panelId).execute();
    await t.deps.db.updateTable('review_panel').set({ status: 'scoring' }).where('id', '=', panelId).execute();
    await as.officer!.expect(200, 'POST', `/api/panels/${panelId}/defences`, { startsAt: new Date(t.clock.now().getTime() + 2 * 86_400_000).toISOString(), minutesEach: 30, format: 'online', venue: '腾讯会议 123-456-789' });

    for (const [key] of CONFLICTED) {
      await expectRecused(key, bidA);
      if (key !== 'sameDemander') await expectAllowed(key, bidB);
    }
    // The demander's staff recuse from every bid of its challenge.
    await expectRecused('sameDemander', bidB);
    for (const key of ['collabOld', 'regional', 'clean']) {
      await expectAllowed(key, bidA);
      await expectAllowed(key, bidB);
    }
    await as.clean!.expect(200, 'POST', `/api/bids/${bidA}/scores`, { criterionScores: sheet(86) });
    // The bid's own people still see it, with the avoid-list; no expert ever does.
    expect((await as.leadA!.expect(200, 'GET', `/api/bids/${bidA}`)).avoidedExperts).toEqual([{ name: '刘建国', organisationName: '宁波大学', reason: '该专家担任竞争单位技术顾问' }]);
    expect((await as.clean!.expect(200, 'GET', `/api/bids/${bidA}`)).avoidedExperts).toBeNull();
  });

  it('decides afresh on every access: a relation declared, a consortium member added, the region rule switched on take effect at once', async () => {
    await expectAllowed('late', bidA);
    await declare('late', { kind: 'mentorship', personName: '周教授', year: 2025 });
    await expectRecused('late', bidA);
    await expectAllowed('late', bidB);
    await t.deps.db.insertInto('bid_member').values({ bid_id: bidB, organisation_id: ids.lateUnit!, role: 'member', task: '样机试制', budget_share_bp: 0 }).execute();
    await expectRecused('late', bidB);

    const programme = await as.officer!.expect(200, 'GET', `/api/programmes/${cast.programmeId}`);
    const { policy } = programme;
    await as.officer!.expect(200, 'PUT', `/api/programmes/${cast.programmeId}/policy`, { ...policy, review: { ...policy.review, recusal: { ...policy.review.recusal, sameRegion: true } }, version: programme.version });
    // Every party is registered in Ningbo (3302xx): the Yuyao expert recuses, one with no region does not.
    await expectRecused('regional', bidA);
    await expectRecused('regional', bidB);
    await expectAllowed('clean', bidA);
  });

  it('takes an avoid-list up to the programme’s limit (400 at body.avoidedExperts beyond it; none when the limit is 0)', async () => {
    const leadC = await ApiClient.signIn(t.app, cast.username('leadC'));
    const open = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '铝合金压铸模具寿命预测' });
    const entry = (name: string) => ({ name, organisationName: '', reason: '与我方存在竞争关系' });
    const body = { leadOrgId: cast.orgs.leadC, piUserId: cast.users.piC, title: '云边协同的模具寿命预测平台', technicalProposal: '基于工况数据的寿命预测模型。', indicatorCommitments: commitments, budgetFen: 200_000_000, leadTask: '全部研发任务', leadBudgetShareBp: 10_000 };
    const tooMany = await leadC.post(`/api/challenges/${open}/bids`, { ...body, avoidedExperts: ['甲', '乙', '丙', '丁'].map(entry) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.issues).toEqual([{ path: 'body.avoidedExperts', message: expect.stringContaining('at most 3') }]);
    const bid = await leadC.expect(201, 'POST', `/api/challenges/${open}/bids`, { ...body, avoidedExperts: ['甲', '乙', '丙'].map(entry) });
    expect(bid.avoidedExperts).toHaveLength(3);
    expect((await leadC.patch(`/api/bids/${bid.id}`, { avoidedExperts: ['甲', '乙', '丙', '丁'].map(entry) })).body.error.issues[0].path).toBe('body.avoidedExperts');
    expect((await leadC.expect(200, 'PATCH', `/api/bids/${bid.id}`, { avoidedExperts: [entry('戊')] })).avoidedExperts).toEqual([{ name: '戊', organisationName: '', reason: '与我方存在竞争关系' }]);
    // The avoid-list is the bidder's request to the office: it is not written into the trail experts may read.
    expect(JSON.stringify((await leadC.expect(200, 'GET', `/api/bids/${bid.id}`)).timeline)).not.toContain('戊');

    const programme = await as.officer!.expect(200, 'GET', `/api/programmes/${cast.programmeId}`);
    const { policy } = programme;
    await as.officer!.expect(200, 'PUT', `/api/programmes/${cast.programmeId}/policy`, { ...policy, review: { ...policy.review, recusal: { ...policy.review.recusal, avoidListMax: 0 } }, version: programme.version });
    const none = await leadC.patch(`/api/bids/${bid.id}`, { avoidedExperts: [entry('戊')] });
    expect(none.body.error.issues).toEqual([{ path: 'body.avoidedExperts', message: expect.stringContaining('no avoid-list') }]);
    await leadC.expect(200, 'PATCH', `/api/bids/${bid.id}`, { avoidedExperts: [] });
  });
});
