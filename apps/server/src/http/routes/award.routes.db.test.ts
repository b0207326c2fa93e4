import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvitations, ApiClient, createEvaluationCast, createPublishedChallenge, openTestApp, setChallengeStatus, type EvaluationCast, type TestApp } from '@jiebang/test-kit';

type Sheet = { technical_route: number; team_capability: number; indicator_commitment: number; budget_soundness: number };
const sheet = (technical_route: number, team_capability: number, indicator_commitment: number, budget_soundness: number): Sheet => ({ technical_route, team_capability, indicator_commitment, budget_soundness });
const commitments = [
  { indicatorKey: 'accuracy', committedValue: 98.5, note: '' },
  { indicatorKey: 'latency', committedValue: 45, note: '' },
  { indicatorKey: 'cost', committedValue: 58, note: '' },
];

describe('evaluation API: review panel → ranking → shortlist → public notice (公示) → award', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  const anonymous = () => new ApiClient(t.app);

  const signInAll = async () => {
    for (const key of Object.keys(cast.users) as (keyof EvaluationCast['users'])[]) as[key] = await ApiClient.signIn(t.app, cast.username(key));
  };

  const bodies = () => ({
    A: {
      leadOrgId: cast.orgs.leadA,
      piUserId: cast.users.piA,
      title: '铸件缺陷多光谱在线检测系统研制与产线示范',
      technicalProposal: '可见光与近红外多光谱成像，结合轻量化缺陷检测网络，在压铸产线边缘端实时识别气孔、缩松与裂纹。',
      indicatorCommitments: commitments,
      budgetFen: 600_000_000,
      rdInputFen: 900_000_000,
      leadTask: '总体方案、检测算法与系统集成',
      leadBudgetShareBp: 6500,
      members: [
        { organisationId: cast.orgs.member1, task: '多光谱成像模组与标定', budgetShareBp: 2000 },
        { organisationId: cast.orgs.member2, task: '产线示范与数据标注', budgetShareBp: 1500 },
      ],
    },
    B: { leadOrgId: cast.orgs.leadB, piUserId: cast.users.piB, title: '基于深度学习的电驱壳体缺陷视觉检测装备', technicalProposal: '自研高速线阵相机与工业视觉平台。', indicatorCommitments: commitments, budgetFen: 450_000_000, rdInputFen: 500_000_000, leadTask: '装备研制与部署', leadBudgetShareBp: 10_000 },
    C: { leadOrgId: cast.orgs.leadC, piUserId: cast.users.piC, title: '云边协同的铸造缺陷检测平台', technicalProposal: '云端训练、边缘推理，支持多产线模型共享。', indicatorCommitments: commitments, budgetFen: 380_000_000, rdInputFen: 400_000_000, leadTask: '平台研发与部署', leadBudgetShareBp: 10_000 },
  });
  const leads = { A: () => as.leadA!, B: () => as.leadB!, C: () => as.leadC! };
  const pis = { A: () => as.piA!, B: () => as.piB!, C: () => as.piC! };

  /** Draft, sign, submit and pass the formal check. */
  async function eligibleBid(challengeId: string, who: 'A' | 'B' | 'C'): Promise<string> {
    const bid = await leads[who]().expect(201, 'POST', `/api/challenges/${challengeId}/bids`, bodies()[who]);
    await pis[who]().expect(200, 'POST', `/api/bids/${bid.id}/pi-commitment`, { pledge: '承诺按期完成全部考核指标。' });
    await leads[who]().expect(200, 'POST', `/api/bids/${bid.id}/submit`, {});
    const checked = await as.officer!.expect(200, 'POST', `/api/bids/${bid.id}/check-eligibility`, {});
    expect(checked.status).toBe('under_review');
    return bid.id;
  }

  /** Bidding closes (the challenge API's close_bidding + start_review, stood in for by the factory). */
  async function closeBidding(challengeId: string) {
    t.clock.advanceDays(31);
    await setChallengeStatus(t.deps, challengeId, 'under_review');
    await signInAll();
  }

  async function panelOfThree(challengeId: string): Promise<string> {
    const panel = await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/panel`, {});
    for (const [expert, panelRole] of [
      ['expert1', 'technical'],
      ['expert2', 'industry'],
      ['expert3', 'finance'],
    ] as const) {
      await as.officer!.expect(200, 'POST', `/api/panels/${panel.id}/members`, { expertUserId: cast.users[expert], panelRole });
    }
    await acceptInvitations([as.expert1!, as.expert2!, as.expert3!], panel.id);
    await as.officer!.expect(200, 'POST', `/api/panels/${panel.id}/open-scoring`, {});
    return panel.id;
  }

  async function scoreAll(sheets: Record<string, [Sheet, Sheet, Sheet]>) {
    for (const [bidId, byExpert] of Object.entries(sheets)) {
      for (const [index, criterionScores] of byExpert.entries()) {
        await as[`expert${index + 1}`]!.expect(200, 'POST', `/api/bids/${bidId}/scores`, { criterionScores, comment: '技术路线清晰，指标承诺可信。' });
      }
    }
  }

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps);
    await signInAll();
  });
  afterAll(() => t.close());

  it('runs the whole evaluation of a challenge: two bids (one a consortium), three experts, shortlist, notice with an objection ruled out, award', async () => {
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, demanderOrgId: cast.orgs.demander });
    const bidA = await eligibleBid(challengeId, 'A');
    const bidB = await eligibleBid(challengeId, 'B');
    expect((await as.officer!.post(`/api/challenges/${challengeId}/panel`, {})).body.error.rule).toBe('review.challenge_not_under_review');
    await closeBidding(challengeId);

    // Panel: formed by an officer only, rubric copied from the policy, recusal enforced, too small to open empty.
    expect((await as.leadA!.post(`/api/challenges/${challengeId}/panel`, {})).status).toBe(403);
    const panel = await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/panel`, {});
    expect(panel).toMatchObject({ status: 'forming', members: [], actions: ['add_member', 'remove_member', 'open_scoring'] });
    expect(panel.rubric.map((c: { key: string }) => c.key)).toEqual(['technical_route', 'team_capability', 'indicator_commitment', 'budget_soundness']);
    expect((await as.officer!.post(`/api/challenges/${challengeId}/panel`, {})).body.error.code).toBe('DUPLICATE');
    const tooSmall = await as.officer!.post(`/api/panels/${panel.id}/open-scoring`, {});
    expect(tooSmall.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'review.panel_too_small' });
    const conflicted = await as.officer!.post(`/api/panels/${panel.id}/members`, { expertUserId: cast.users.expertConflicted, panelRole: 'technical' });
    expect(conflicted.status).toBe(409);
    expect(conflicted.body.error.rule).toBe('review.conflict_of_interest');
    const notExpert = await as.officer!.post(`/api/panels/${panel.id}/members`, { expertUserId: cast.users.leadC, panelRole: 'industry' });
    expect(notExpert.body.error.rule).toBe('review.not_an_expert');
    expect((await as.officer!.post(`/api/panels/${panel.id}/members`, { expertUserId: cast.users.expert1, panelRole: 'chair' })).body.error.issues[0].path).toBe('body.panelRole');
    for (const [expert, panelRole] of [
      ['expert1', 'technical'],
      ['expert2', 'industry'],
      ['expert3', 'finance'],
      ['expertOutside', 'legal'],
    ] as const) {
      await as.officer!.expect(200, 'POST', `/api/panels/${panel.id}/members`, { expertUserId: cast.users[expert], panelRole });
    }
    const removed = await as.officer!.request('DELETE', `/api/panels/${panel.id}/members/${cast.users.expertOutside}`);
    expect(removed.status).toBe(200);
    expect(removed.body.members.map((m: { displayName: string }) => m.displayName)).toEqual(['刘教授', '黄高工', '林会计师']);
    // Scoring opens once every invited expert answered and enough accepted (with the self-declaration).
    expect((await as.officer!.post(`/api/panels/${panel.id}/open-scoring`, {})).body.error.rule).toBe('review.invitations_pending');
    await acceptInvitations([as.expert1!, as.expert2!, as.expert3!], panel.id);
    const opened = await as.officer!.expect(200, 'POST', `/api/panels/${panel.id}/open-scoring`, {});
    expect(opened).toMatchObject({ status: 'scoring', actions: ['close_scoring'] });
    expect((await as.officer!.post(`/api/panels/${panel.id}/members`, { expertUserId: cast.users.expertOutside, panelRole: 'legal' })).body.error.rule).toBe('review.panel_not_forming');

    // Experts see their assignments with the rubric; they read the bids but not the scores.
    const assignments = await as.expert1!.expect(200, 'GET', '/api/experts/me/assignments');
    expect(assignments.items).toHaveLength(1);
    expect(assignments.items[0].bids.map((b: { bidId: string }) => b.bidId).sort()).toEqual([bidA, bidB].sort());
    expect(assignments.items[0].bids.find((b: { bidId: string }) => b.bidId === bidA)).toMatchObject({ leadOrgName: '浙江大学宁波智能制造研究院', memberOrgNames: ['中国科学院宁波材料技术与工程研究所', '宁波工程学院'], myScore: null, actions: ['score'] });
    const expertView = await as.expert1!.expect(200, 'GET', `/api/bids/${bidA}`);
    expect(expertView).toMatchObject({ totalScore: null, rank: null, actions: ['score'] });

    // 400 naming the criterion; 403 for an expert off the panel.
    const missing = await as.expert1!.post(`/api/bids/${bidA}/scores`, { criterionScores: { technical_route: 90, team_capability: 85, indicator_commitment: 80 } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0].path).toBe('body.criterionScores.budget_soundness');
    const outOfRange = await as.expert1!.post(`/api/bids/${bidA}/scores`, { criterionScores: sheet(120, 85, 80, 70) });
    expect(outOfRange.body.error.issues[0].path).toBe('body.criterionScores.technical_route');
    const offPanel = await as.expertOutside!.post(`/api/bids/${bidA}/scores`, { criterionScores: sheet(90, 90, 90, 90) });
    expect(offPanel.status).toBe(403);
    expect(offPanel.body.error.code).toBe('FORBIDDEN');

    // An expert revises while scoring is open: still one score per bid and expert.
    const first = await as.expert1!.expect(200, 'POST', `/api/bids/${bidA}/scores`, { criterionScores: sheet(60, 60, 60, 60), comment: '初评' });
    expect(first.total).toBe(60);
    await scoreAll({
      [bidA]: [sheet(92, 88, 85, 80), sheet(90, 85, 88, 75), sheet(85, 90, 80, 85)],
      [bidB]: [sheet(80, 75, 78, 70), sheet(70, 72, 75, 80), sheet(88, 70, 72, 90)],
    });
    const ranking = await as.officer!.expect(200, 'GET', `/api/challenges/${challengeId}/ranking`);
    expect(ranking.items.map((i: { bidId: string; rank: number; scoreCount: number }) => [i.bidId, i.rank, i.scoreCount])).toEqual([
      [bidA, 1, 3],
      [bidB, 2, 3],
    ]);
    expect(ranking.items[0]).toMatchObject({ mean: 86.77, trimmedMean: 86.6, min: 85.5, max: 88.2, spread: 2.7, disagreement: false });
    expect(ranking.items[1]).toMatchObject({ mean: 76.43, spread: 7 });
    expect(ranking.items[0].scores.map((s: { expertName: string }) => s.expertName).sort()).toEqual(['刘教授', '林会计师', '黄高工'].sort());
    expect((await as.expert1!.get(`/api/challenges/${challengeId}/ranking`)).status).toBe(403);

    // Shortlist only once the panel is closed; then no more scores.
    expect((await as.officer!.post(`/api/challenges/${challengeId}/shortlist`, {})).body.error.rule).toBe('review.panel_not_closed');
    await as.officer!.expect(200, 'POST', `/api/panels/${panel.id}/close-scoring`, {});
    expect((await as.expert2!.post(`/api/bids/${bidB}/scores`, { criterionScores: sheet(99, 99, 99, 99) })).body.error.rule).toBe('review.scoring_not_open');
    const shortlist = await as.officer!.expect(200, 'POST', `/api/challenges/${challengeId}/shortlist`, {});
    expect(shortlist.shortlisted.map((b: { bidId: string; rank: number; totalScore: number }) => [b.bidId, b.rank, b.totalScore])).toEqual([
      [bidA, 1, 86.77],
      [bidB, 2, 76.43],
    ]);
    expect(shortlist.notSelected).toEqual([]);
    expect(await as.leadA!.expect(200, 'GET', `/api/bids/${bidA}`)).toMatchObject({ status: 'shortlisted', rank: 1, totalScore: 86.77 });

    // Public notice: one proposed winner (max_winners 1); anyone may read and object, PIPL-minimal.
    const tooMany = await as.officer!.post(`/api/challenges/${challengeId}/notices`, { title: '拟揭榜单位公示', body: '现予公示。', proposedBidIds: [bidA, bidB] });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.issues[0].path).toBe('body.proposedBidIds');
    const notice = await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/notices`, {
      title: '关于“新能源汽车电驱壳体铸造缺陷在线视觉检测系统”拟揭榜单位的公示',
      body: '经形式审查、专家评审，现将拟揭榜单位予以公示。公示期内如有异议，请实名提出。',
      proposedBidIds: [bidA],
    });
    expect(new Date(notice.closesAt).getTime() - new Date(notice.opensAt).getTime()).toBe(7 * 86_400_000);
    const board = await anonymous().expect(200, 'GET', '/api/notices');
    const listed = board.items.find((n: { id: string }) => n.id === notice.id);
    expect(listed.proposedWinners).toEqual([{ bidId: bidA, bidTitle: '铸件缺陷多光谱在线检测系统研制与产线示范', rank: 1, leadOrgName: '浙江大学宁波智能制造研究院', memberOrgNames: ['中国科学院宁波材料技术与工程研究所', '宁波工程学院'] }]);
    expect(listed.actions).toEqual(['file_objection']);
    expect(JSON.stringify(board)).not.toMatch(/周教授|王处长/);

    const objection = await anonymous().expect(201, 'POST', `/api/notices/${notice.id}/objections`, { objectorName: '宁波某检测设备公司', objectorContact: '13800000000', reason: '拟揭榜单位联合体成员承担过同类项目，可能存在重复申报。', bidId: bidA });
    expect(objection.status).toBe('filed');
    const wrongBid = await anonymous().post(`/api/notices/${notice.id}/objections`, { objectorName: '张三', objectorContact: 'zs@example.com', reason: '异议', bidId: bidB });
    expect(wrongBid.body.error.issues[0].path).toBe('body.bidId');
    const publicNotice = await anonymous().expect(200, 'GET', `/api/notices/${notice.id}`);
    expect(publicNotice.objectionsCount).toBe(1);
    expect(JSON.stringify(publicNotice)).not.toContain('13800000000');
    expect((await anonymous().get(`/api/notices/${notice.id}/objections`)).status).toBe(401);
    expect((await as.leadB!.get(`/api/notices/${notice.id}/objections`)).status).toBe(403);

    const early = await as.officer!.post(`/api/notices/${notice.id}/close`, {});
    expect(early.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'notice.period_not_over' });
    t.clock.advanceDays(7);
    await signInAll();
    expect((await anonymous().post(`/api/notices/${notice.id}/objections`, { objectorName: '李四', objectorContact: 'ls@example.com', reason: '逾期异议' })).body.error.rule).toBe('notice.closed');
    const pending = await as.officer!.post(`/api/notices/${notice.id}/close`, {});
    expect(pending.status).toBe(409);
    expect(pending.body.error.rule).toBe('notice.objections_pending');
    expect((await as.officer!.post(`/api/challenges/${challengeId}/award`, {})).body.error.rule).toBe('award.notice_open');

    const objections = await as.officer!.expect(200, 'GET', `/api/notices/${notice.id}/objections`);
    expect(objections.items[0]).toMatchObject({ objectorContact: '13800000000', actions: ['uphold', 'rule_out'] });
    const ruled = await as.officer!.expect(200, 'POST', `/api/objections/${objection.id}/rule`, { decision: 'rule_out', ruling: '经核查，联合体成员此前承担项目与本榜单研究内容不同，不构成重复申报，异议不成立。' });
    expect(ruled).toMatchObject({ status: 'ruled_out', actions: [] });
    expect((await as.officer!.post(`/api/objections/${objection.id}/rule`, { decision: 'uphold', ruling: '改判' })).body.error.code).toBe('DUPLICATE');
    const closed = await as.officer!.expect(200, 'POST', `/api/notices/${notice.id}/close`, {});
    expect(closed.status).toBe('closed');

    // Award: two officers at once; exactly one wins the challenge row.
    const challengeVersion = (await t.deps.db.selectFrom('challenge').select('version').where('id', '=', challengeId).executeTakeFirstOrThrow()).version;
    const [r1, r2] = await Promise.all([as.officer!.post(`/api/challenges/${challengeId}/award`, { version: challengeVersion }), as.officer2!.post(`/api/challenges/${challengeId}/award`, { version: challengeVersion })]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    const [won, lost] = r1.status === 200 ? [r1, r2] : [r2, r1];
    expect(['FORBIDDEN_TRANSITION', 'STALE_VERSION']).toContain(lost.body.error.code);
    expect(won.body).toMatchObject({ challengeStatus: 'awarded', raceMode: false, challengeVersion: challengeVersion + 1 });
    expect(won.body.awards.map((a: { bidId: string; rank: number; status: string; leadOrgName: string }) => [a.bidId, a.rank, a.status, a.leadOrgName])).toEqual([[bidA, 1, 'awarded', '浙江大学宁波智能制造研究院']]);
    expect((await t.deps.db.selectFrom('award').select('id').where('challenge_id', '=', challengeId).execute()).length).toBe(1);

    const again = await as.officer!.post(`/api/challenges/${challengeId}/award`, {});
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'challenge.award' });

    const winner = await as.leadA!.expect(200, 'GET', `/api/bids/${bidA}`);
    expect(winner.status).toBe('selected');
    expect(winner.timeline.map((e: { type: string }) => e.type)).toEqual(['bid.created', 'bid.pi_commitment_signed', 'bid.submit', 'bid.start_eligibility_check', 'bid.eligibility_checked', 'bid.pass_eligibility', 'bid.shortlist', 'bid.select']);
    expect((await as.leadB!.expect(200, 'GET', `/api/bids/${bidB}`)).status).toBe('shortlisted');
    const told = await t.deps.db.selectFrom('notification').select(['organisation_id', 'user_id']).where('kind', '=', 'award.created').execute();
    expect(told).toEqual(expect.arrayContaining([expect.objectContaining({ organisation_id: cast.orgs.leadA }), expect.objectContaining({ user_id: cast.users.piA })]));

    const results = await anonymous().expect(200, 'GET', `/api/challenges/${challengeId}/results`);
    expect(results).toMatchObject({ challengeStatus: 'awarded', winners: [{ rank: 1, organisationName: '浙江大学宁波智能制造研究院', memberOrgNames: ['中国科学院宁波材料技术与工程研究所', '宁波工程学院'], bidTitle: '铸件缺陷多光谱在线检测系统研制与产线示范' }] });
    const scoreEvents = await t.deps.db.selectFrom('audit_event').select('type').where('type', '=', 'review_score.submitted').execute();
    expect(scoreEvents).toHaveLength(7);
  });

  it('awards several teams in race mode (赛马制), keeping the third shortlisted as a fallback', async () => {
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, maxWinners: 2, title: '高精度减速器齿轮磨削工艺攻关' });
    const [bidA, bidB, bidC] = [await eligibleBid(challengeId, 'A'), await eligibleBid(challengeId, 'B'), await eligibleBid(challengeId, 'C')];
    await closeBidding(challengeId);
    const panelId = await panelOfThree(challengeId);
    await scoreAll({
      [bidA]: [sheet(80, 80, 80, 80), sheet(82, 82, 82, 82), sheet(84, 84, 84, 84)],
      [bidB]: [sheet(90, 90, 90, 90), sheet(88, 88, 88, 88), sheet(86, 86, 86, 86)],
      [bidC]: [sheet(70, 70, 70, 70), sheet(72, 72, 72, 72), sheet(74, 74, 74, 74)],
    });
    await as.officer!.expect(200, 'POST', `/api/panels/${panelId}/close-scoring`, {});
    const shortlist = await as.officer!.expect(200, 'POST', `/api/challenges/${challengeId}/shortlist`, {});
    expect(shortlist.shortlisted.map((b: { bidId: string }) => b.bidId)).toEqual([bidB, bidA, bidC]);
    const notice = await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/notices`, { title: '拟揭榜单位（赛马）公示', body: '本榜单采用赛马制，拟由两家单位并行攻关。', proposedBidIds: [bidA, bidB] });
    expect((await as.officer!.post(`/api/challenges/${challengeId}/notices`, { title: '重复', body: '重复', proposedBidIds: [bidC] })).body.error.rule).toBe('notice.already_open');
    t.clock.advanceDays(7);
    await signInAll();
    await as.officer!.expect(200, 'POST', `/api/notices/${notice.id}/close`, {});
    const badVersion = await as.officer!.post(`/api/challenges/${challengeId}/award`, { version: 'latest' });
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.error.issues[0].path).toBe('body.version');
    const byBidder = await as.leadB!.post(`/api/challenges/${challengeId}/award`, {});
    expect(byBidder.status).toBe(403);
    const award = await as.officer!.expect(200, 'POST', `/api/challenges/${challengeId}/award`, {});
    expect(award.raceMode).toBe(true);
    expect(award.awards.map((a: { bidId: string; rank: number }) => [a.bidId, a.rank])).toEqual([
      [bidB, 1],
      [bidA, 2],
    ]);
    expect((await as.leadC!.expect(200, 'GET', `/api/bids/${bidC}`)).status).toBe('shortlisted');
  });

  it('strikes a bid whose objection is upheld, and refuses an award with nobody left (409 award.no_eligible_winner)', async () => {
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '工业机器人高精度力控打磨' });
    const bidB = await eligibleBid(challengeId, 'B');
    const bidC = await eligibleBid(challengeId, 'C');
    await closeBidding(challengeId);
    const panelId = await panelOfThree(challengeId);
    await scoreAll({ [bidB]: [sheet(85, 85, 85, 85), sheet(85, 85, 85, 85), sheet(85, 85, 85, 85)], [bidC]: [sheet(75, 75, 75, 75), sheet(75, 75, 75, 75), sheet(75, 75, 75, 75)] });
    await as.officer!.expect(200, 'POST', `/api/panels/${panelId}/close-scoring`, {});
    await as.officer!.expect(200, 'POST', `/api/challenges/${challengeId}/shortlist`, {});
    const notice = await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/notices`, { title: '拟揭榜单位公示', body: '现予公示。', proposedBidIds: [bidB] });
    const objection = await anonymous().expect(201, 'POST', `/api/notices/${notice.id}/objections`, { objectorName: '王五', objectorContact: 'ww@example.com', reason: '申报材料中的检测报告系伪造。', bidId: bidB });
    await as.officer!.expect(200, 'POST', `/api/objections/${objection.id}/rule`, { decision: 'uphold', ruling: '经核查，检测报告确系伪造，异议成立。' });
    t.clock.advanceDays(7);
    await signInAll();
    await as.officer!.expect(200, 'POST', `/api/notices/${notice.id}/close`, {});
    const refused = await as.officer!.post(`/api/challenges/${challengeId}/award`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'award.no_eligible_winner' });
    expect((await t.deps.db.selectFrom('challenge').select('status').where('id', '=', challengeId).executeTakeFirstOrThrow()).status).toBe('under_review');
  });

  it('refuses to shortlist while a bid lacks the minimum number of scores (409 review.insufficient_scores)', async () => {
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '氢燃料电池双极板低成本制造' });
    const bidA = await eligibleBid(challengeId, 'A');
    const bidB = await eligibleBid(challengeId, 'B');
    await closeBidding(challengeId);
    const panelId = await panelOfThree(challengeId);
    await as.expert1!.expect(200, 'POST', `/api/bids/${bidA}/scores`, { criterionScores: sheet(80, 80, 80, 80) });
    await as.expert2!.expect(200, 'POST', `/api/bids/${bidA}/scores`, { criterionScores: sheet(80, 80, 80, 80) });
    await as.expert1!.expect(200, 'POST', `/api/bids/${bidB}/scores`, { criterionScores: sheet(70, 70, 70, 70) });
    await as.officer!.expect(200, 'POST', `/api/panels/${panelId}/close-scoring`, {});
    const refused = await as.officer!.post(`/api/challenges/${challengeId}/shortlist`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'review.insufficient_scores', details: { bidIds: [bidB] } });
  });
});
