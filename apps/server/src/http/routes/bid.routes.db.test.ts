import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createEvaluationCast, createIntegrityRecord, createPublishedChallenge, openTestApp, sampleIndicators, type EvaluationCast, type TestApp } from '@jiebang/test-kit';

const commitments = () => [
  { indicatorKey: 'accuracy', committedValue: 98.5, note: '多光谱成像 + 轻量化检测网络' },
  { indicatorKey: 'latency', committedValue: 45, note: '边缘端 GPU 部署' },
  { indicatorKey: 'cost', committedValue: 55, note: '国产化相机与工控机' },
];

describe('bids API: drafting, PI commitment, submission, formal check (形式审查)', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  let challengeId: string;

  const consortiumBid = () => ({
    leadOrgId: cast.orgs.leadA,
    piUserId: cast.users.piA,
    title: '铸件缺陷多光谱在线检测系统研制与产线示范',
    technicalProposal: '采用可见光与近红外多光谱成像，结合轻量化缺陷检测网络，在压铸产线边缘端实时识别气孔、缩松与裂纹。',
    indicatorCommitments: commitments(),
    budgetFen: 600_000_000,
    rdInputFen: 900_000_000,
    leadTask: '总体方案、检测算法与系统集成',
    leadBudgetShareBp: 6500,
    members: [
      { organisationId: cast.orgs.member1, task: '多光谱成像模组与标定', budgetShareBp: 2000 },
      { organisationId: cast.orgs.member2, task: '产线示范与数据标注', budgetShareBp: 1500 },
    ],
  });
  const singleBid = () => ({
    leadOrgId: cast.orgs.leadB,
    piUserId: cast.users.piB,
    title: '基于深度学习的电驱壳体缺陷视觉检测装备',
    technicalProposal: '自研高速线阵相机与工业视觉平台，迁移学习适配铸造缺陷样本。',
    indicatorCommitments: commitments(),
    budgetFen: 450_000_000,
    rdInputFen: 500_000_000,
    leadTask: '装备研制、算法与产线部署',
    leadBudgetShareBp: 10_000,
  });

  // Moving the clock past the 30-minute idle limit ends every session (等保), so tests sign in again after.
  const signInAll = async () => {
    for (const key of Object.keys(cast.users) as (keyof EvaluationCast['users'])[]) as[key] = await ApiClient.signIn(t.app, cast.username(key));
  };

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps);
    await signInAll();
    challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, demanderOrgId: cast.orgs.demander });
  });
  afterAll(() => t.close());

  it('drafts a consortium bid, has the PI sign, submits and passes the formal check, with a timeline', async () => {
    const draft = await as.leadA!.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, consortiumBid());
    expect(draft).toMatchObject({ status: 'draft', isConsortium: true, leadOrgName: '浙江大学宁波智能制造研究院', piName: '周教授', piCommitmentSignedAt: null, actions: ['edit', 'submit', 'withdraw'] });
    expect(draft.members.map((m: { organisationName: string; role: string }) => [m.role, m.organisationName])).toEqual([
      ['lead', '浙江大学宁波智能制造研究院'],
      ['member', '中国科学院宁波材料技术与工程研究所'],
      ['member', '宁波工程学院'],
    ]);

    // A PATCH changes only what it sends.
    const renamed = await as.leadA!.expect(200, 'PATCH', `/api/bids/${draft.id}`, { title: '铸件缺陷多光谱在线检测系统研制与示范应用', version: draft.version });
    expect(renamed).toMatchObject({ title: '铸件缺陷多光谱在线检测系统研制与示范应用', rdInputFen: 900_000_000, isConsortium: true });
    expect(renamed.members).toHaveLength(3);

    // Only the PI in person signs the 军令状.
    expect((await as.leadA!.post(`/api/bids/${draft.id}/pi-commitment`, {})).status).toBe(403);
    const signed = await as.piA!.expect(200, 'POST', `/api/bids/${draft.id}/pi-commitment`, { pledge: '本人承诺在 24 个月内达到榜单全部考核指标。' });
    expect(signed.piCommitmentSignedAt).not.toBeNull();

    // A consortium member's staff sees the bid but cannot act on it.
    const asMember = await as.member1!.expect(200, 'GET', `/api/bids/${draft.id}`);
    expect(asMember.actions).toEqual([]);
    expect((await as.member1!.post(`/api/bids/${draft.id}/submit`, {})).status).toBe(403);

    const submitted = await as.leadA!.expect(200, 'POST', `/api/bids/${draft.id}/submit`, { version: signed.version });
    expect(submitted).toMatchObject({ status: 'submitted', actions: ['withdraw'] });
    expect((await as.officer!.expect(200, 'GET', `/api/bids/${draft.id}`)).actions).toEqual(['return_for_revision', 'check_eligibility']);

    const checked = await as.officer!.expect(200, 'POST', `/api/bids/${draft.id}/check-eligibility`, {});
    expect(checked.status).toBe('under_review');
    expect(checked.eligibilityReport.eligible).toBe(true);
    expect(checked.eligibilityReport.checks.every((c: { passed: boolean }) => c.passed)).toBe(true);
    expect(checked.timeline.map((e: { type: string }) => e.type)).toEqual([
      'bid.created',
      'bid.updated',
      'bid.pi_commitment_signed',
      'bid.submit',
      'bid.start_eligibility_check',
      'bid.eligibility_checked',
      'bid.pass_eligibility',
    ]);

    const mine = await as.member1!.expect(200, 'GET', '/api/bids/mine');
    expect(mine.items.map((b: { id: string }) => b.id)).toEqual([draft.id]);
    const minePi = await as.piA!.expect(200, 'GET', '/api/bids/mine');
    expect(minePi.items.map((b: { id: string }) => b.id)).toEqual([draft.id]);
  });

  it('fails the formal check on an integrity record in force for the PI, and on an unsigned commitment', async () => {
    const draft = await as.leadB!.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, singleBid());
    await as.piB!.expect(200, 'POST', `/api/bids/${draft.id}/pi-commitment`, {});
    await as.leadB!.expect(200, 'POST', `/api/bids/${draft.id}/submit`, {});
    await createIntegrityRecord(t.deps, { tenantId: cast.tenantId, createdBy: cast.users.officer, userId: cast.users.piB, summary: '孙总工在 2024 年某项目中伪造测试数据' });
    const checked = await as.officer!.expect(200, 'POST', `/api/bids/${draft.id}/check-eligibility`, {});
    expect(checked.status).toBe('ineligible');
    const failed = checked.eligibilityReport.checks.filter((c: { passed: boolean }) => !c.passed).map((c: { rule: string }) => c.rule);
    expect(failed).toEqual(['integrity_record']);

    // An expired record no longer counts; an organisation's record does.
    const otherChallenge = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '高端轴承滚子表面缺陷智能检测' });
    const c = await as.leadC!.expect(201, 'POST', `/api/challenges/${otherChallenge}/bids`, { ...singleBid(), leadOrgId: cast.orgs.leadC, piUserId: cast.users.piC });
    await as.leadC!.expect(200, 'POST', `/api/bids/${c.id}/submit`, {});
    await createIntegrityRecord(t.deps, { tenantId: cast.tenantId, createdBy: cast.users.officer, organisationId: cast.orgs.leadC, summary: '单位套取财政科研经费' });
    const report = (await as.officer!.expect(200, 'POST', `/api/bids/${c.id}/check-eligibility`, {})).eligibilityReport;
    expect(report.checks.filter((check: { passed: boolean }) => !check.passed).map((check: { rule: string }) => check.rule)).toEqual(['integrity_record', 'pi_commitment']);
  });

  it('keeps bidders apart: another bidder gets 404, lists only its own bids, and may not run the formal check (403)', async () => {
    const bids = await as.officer!.expect(200, 'GET', `/api/challenges/${challengeId}/bids`);
    expect(bids.items).toHaveLength(2);
    const bidA = bids.items.find((b: { leadOrgId: string }) => b.leadOrgId === cast.orgs.leadA);
    expect((await as.leadB!.get(`/api/bids/${bidA.id}`)).status).toBe(404);
    expect((await as.piB!.get(`/api/bids/${bidA.id}`)).status).toBe(404);
    expect((await as.expertOutside!.get(`/api/bids/${bidA.id}`)).status).toBe(404);
    const ownOnly = await as.leadB!.expect(200, 'GET', `/api/challenges/${challengeId}/bids`);
    expect(ownOnly.items.map((b: { leadOrgId: string }) => b.leadOrgId)).toEqual([cast.orgs.leadB]);
    expect(JSON.stringify(ownOnly)).not.toContain('可见光与近红外');

    const draft = await as.leadC!.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, { ...singleBid(), leadOrgId: cast.orgs.leadC, piUserId: cast.users.piC });
    await as.leadC!.expect(200, 'POST', `/api/bids/${draft.id}/submit`, {});
    const selfCheck = await as.leadC!.post(`/api/bids/${draft.id}/check-eligibility`, {});
    expect(selfCheck.status).toBe(403);
    expect(selfCheck.body.error.code).toBe('FORBIDDEN');
  });

  it('answers 409 DUPLICATE for a second bid from the same organisation, and 403 for staff of another unit', async () => {
    const again = await as.leadA!.post(`/api/challenges/${challengeId}/bids`, consortiumBid());
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'DUPLICATE', rule: 'bid.one_per_organisation' });
    expect((await as.leadB!.post(`/api/challenges/${challengeId}/bids`, consortiumBid())).status).toBe(403);
  });

  it('answers 400 naming the fields: missing indicator commitments, lead among members, duplicate members, a PI from elsewhere', async () => {
    const missing = await as.leadA!.post(`/api/challenges/${challengeId}/bids`, { ...consortiumBid(), indicatorCommitments: commitments().slice(0, 2) });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0]).toMatchObject({ path: 'body.indicatorCommitments', message: expect.stringContaining('cost') });

    const shape = await as.leadA!.post(`/api/challenges/${challengeId}/bids`, { ...consortiumBid(), title: '', budgetFen: -1, leadBudgetShareBp: 12_000 });
    expect(shape.status).toBe(400);
    expect(shape.body.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['body.title', 'body.budgetFen', 'body.leadBudgetShareBp']));

    const leadAsMember = await as.leadA!.post(`/api/challenges/${challengeId}/bids`, { ...consortiumBid(), members: [{ organisationId: cast.orgs.leadA, task: '重复', budgetShareBp: 0 }] });
    expect(leadAsMember.body.error.issues[0].path).toBe('body.members.0.organisationId');

    const twice = await as.leadA!.post(`/api/challenges/${challengeId}/bids`, { ...consortiumBid(), members: [consortiumBid().members[0], consortiumBid().members[0]] });
    expect(twice.body.error.issues[0].path).toBe('body.members.1.organisationId');

    const foreignPi = await as.leadA!.post(`/api/challenges/${challengeId}/bids`, { ...consortiumBid(), piUserId: cast.users.piB });
    expect(foreignPi.status).toBe(400);
    expect(foreignPi.body.error.issues[0].path).toBe('body.piUserId');
  });

  it('offers the challenge action `bid` to bidder staff while bidding is open and until their organisation bids', async () => {
    const fresh = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '压铸件 X 射线缺陷自动判读' });
    const actionsOf = async (client: ApiClient | undefined) => (await client!.expect(200, 'GET', `/api/challenges/${fresh}`)).actions;
    expect(await actionsOf(as.leadB)).toEqual(['bid']);
    expect(await actionsOf(as.officer)).not.toContain('bid');
    expect((await new ApiClient(t.app).expect(200, 'GET', `/api/challenges/${fresh}`)).actions).toEqual([]);
    await as.leadB!.expect(201, 'POST', `/api/challenges/${fresh}/bids`, singleBid());
    expect(await actionsOf(as.leadB)).toEqual([]);
    // The hall's rows never offer it (it needs a look-up per challenge).
    const hall = await as.leadA!.expect(200, 'GET', '/api/challenges', undefined);
    expect(hall.items.every((item: { actions: string[] }) => !item.actions.includes('bid'))).toBe(true);
    const closed = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status: 'closed' });
    expect(await actionsOf(as.leadA)).toEqual(['bid']);
    expect((await as.leadA!.expect(200, 'GET', `/api/challenges/${closed}`)).actions).toEqual([]);
    // 定向委托: offered to the designated organisation's staff only.
    const assigned = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, allocationMode: 'direct_assignment', designatedOrgId: cast.orgs.leadB });
    expect((await as.leadA!.expect(200, 'GET', `/api/challenges/${assigned}`)).actions).toEqual([]);
    expect((await as.leadB!.expect(200, 'GET', `/api/challenges/${assigned}`)).actions).toEqual(['bid']);
  });

  it('refuses to submit after the deadline (409 bid.deadline_passed) and a bid on a closed challenge', async () => {
    const soon = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '压铸模具寿命预测', bidDeadline: new Date(t.clock.now().getTime() + 3_600_000) });
    const draft = await as.leadB!.expect(201, 'POST', `/api/challenges/${soon}/bids`, singleBid());
    t.clock.set(new Date(t.clock.now().getTime() + 2 * 3_600_000));
    await signInAll();
    const late = await as.leadB!.post(`/api/bids/${draft.id}/submit`, {});
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'bid.deadline_passed' });
    const lateDraft = await as.leadA!.post(`/api/challenges/${soon}/bids`, consortiumBid());
    expect(lateDraft.body.error.rule).toBe('bid.deadline_passed');

    const closed = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status: 'closed' });
    const refused = await as.leadA!.post(`/api/challenges/${closed}/bids`, consortiumBid());
    expect(refused.status).toBe(409);
    expect(refused.body.error.rule).toBe('bid.challenge_not_open');
  });

  it('lets only the designated organisation bid on a directly assigned challenge (定向委托)', async () => {
    const assigned = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, allocationMode: 'direct_assignment', designatedOrgId: cast.orgs.leadB });
    const refused = await as.leadA!.post(`/api/challenges/${assigned}/bids`, consortiumBid());
    expect(refused.status).toBe(409);
    expect(refused.body.error.rule).toBe('bid.not_designated');
    await as.leadB!.expect(201, 'POST', `/api/challenges/${assigned}/bids`, singleBid());
  });

  it('in claim mode (认领制) shortlists the first eligible claim at rank 1 and takes no further claims', async () => {
    const claim = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, allocationMode: 'claim', title: '炼钢转炉烟气余热高效回收' });
    const first = await as.leadA!.expect(201, 'POST', `/api/challenges/${claim}/bids`, consortiumBid());
    const second = await as.leadC!.expect(201, 'POST', `/api/challenges/${claim}/bids`, { ...singleBid(), leadOrgId: cast.orgs.leadC, piUserId: cast.users.piC });
    await as.piA!.expect(200, 'POST', `/api/bids/${first.id}/pi-commitment`, {});
    await as.leadA!.expect(200, 'POST', `/api/bids/${first.id}/submit`, {});
    await as.leadC!.expect(200, 'POST', `/api/bids/${second.id}/submit`, {});
    const claimed = await as.officer!.expect(200, 'POST', `/api/bids/${first.id}/check-eligibility`, {});
    expect(claimed).toMatchObject({ status: 'shortlisted', rank: 1 });
    expect(claimed.timeline.map((e: { type: string }) => e.type).slice(-2)).toEqual(['bid.pass_eligibility', 'bid.shortlist']);

    const late = await as.officer!.post(`/api/bids/${second.id}/check-eligibility`, {});
    expect(late.status).toBe(409);
    expect(late.body.error.rule).toBe('bid.already_claimed');
    const newClaim = await as.leadB!.post(`/api/challenges/${claim}/bids`, singleBid());
    expect(newClaim.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'bid.already_claimed' });
  });

  it('returns a bid for revision; an edit of the commitments voids the PI signature; resubmission works', async () => {
    const fresh = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '新能源汽车一体化压铸件 X 射线在线检测', indicators: sampleIndicators() });
    const draft = await as.leadB!.expect(201, 'POST', `/api/challenges/${fresh}/bids`, singleBid());
    await as.piB!.expect(200, 'POST', `/api/bids/${draft.id}/pi-commitment`, {});
    await as.leadB!.expect(200, 'POST', `/api/bids/${draft.id}/submit`, {});
    const returned = await as.officer!.expect(200, 'POST', `/api/bids/${draft.id}/return-for-revision`, { reason: '请补充产线示范方案与经费测算依据' });
    expect(returned.status).toBe('returned');
    expect(returned.timeline.map((e: { type: string }) => e.type).slice(-2)).toEqual(['bid.start_eligibility_check', 'bid.return_for_revision']);

    const edited = await as.leadB!.expect(200, 'PATCH', `/api/bids/${draft.id}`, { indicatorCommitments: commitments().map((c) => ({ ...c, note: '修订后' })), version: returned.version });
    expect(edited.piCommitmentSignedAt).toBeNull();
    const stale = await as.leadB!.patch(`/api/bids/${draft.id}`, { title: '旧版本', version: returned.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');

    const resubmitted = await as.leadB!.expect(200, 'POST', `/api/bids/${draft.id}/submit`, {});
    expect(resubmitted.status).toBe('submitted');
    const withdrawn = await as.leadB!.expect(200, 'POST', `/api/bids/${draft.id}/withdraw`, { reason: '团队调整' });
    expect(withdrawn.status).toBe('withdrawn');
    const twice = await as.leadB!.post(`/api/bids/${draft.id}/withdraw`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'bid.withdraw' });
  });
});
