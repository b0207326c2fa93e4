import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvitations, ApiClient, createEvaluationCast, createPublishedChallenge, openTestApp, setChallengeStatus, type EvaluationCast, type TestApp } from '@jiebang/test-kit';

const DAY_MS = 86_400_000;
const commitments = [
  { indicatorKey: 'accuracy', committedValue: 98.5, note: '' },
  { indicatorKey: 'latency', committedValue: 45, note: '' },
  { indicatorKey: 'cost', committedValue: 58, note: '' },
];
const sheet = (score: number) => ({ technical_route: score, team_capability: score, indicator_commitment: score, budget_soundness: score });
const SCORE_KEYS = ['rank', 'totalScore', 'trimmedMean', 'scoreCount', 'spread', 'disagreement'];

/** The formal check's stage (形式审查 until the shortlist), resubmission after a return, and what a panel expert sees. */
describe('evaluation stages: formal check, resubmission, shortlist and the experts’ view', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  const signInAll = async () => {
    for (const key of Object.keys(cast.users) as (keyof EvaluationCast['users'])[]) as[key] = await ApiClient.signIn(t.app, cast.username(key));
  };
  const who = {
    A: () => ({ lead: as.leadA!, pi: as.piA!, body: { leadOrgId: cast.orgs.leadA, piUserId: cast.users.piA, title: '铸件缺陷多光谱在线检测系统' } }),
    B: () => ({ lead: as.leadB!, pi: as.piB!, body: { leadOrgId: cast.orgs.leadB, piUserId: cast.users.piB, title: '电驱壳体缺陷视觉检测装备' } }),
    C: () => ({ lead: as.leadC!, pi: as.piC!, body: { leadOrgId: cast.orgs.leadC, piUserId: cast.users.piC, title: '云边协同的铸造缺陷检测平台' } }),
  };
  const bidBody = (base: { leadOrgId: string; piUserId: string; title: string }) => ({ ...base, technicalProposal: '多光谱成像与轻量化检测网络，边缘端实时识别缺陷。', indicatorCommitments: commitments, budgetFen: 400_000_000, rdInputFen: 500_000_000, leadTask: '总体方案与系统集成', leadBudgetShareBp: 10_000 });

  /** Drafted, signed by the PI and submitted; with `check`, also through the formal check. */
  async function submittedBid(challengeId: string, key: keyof typeof who, check: boolean): Promise<string> {
    const { lead, pi, body } = who[key]();
    const bid = await lead.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, bidBody(body));
    await pi.expect(200, 'POST', `/api/bids/${bid.id}/pi-commitment`, {});
    await lead.expect(200, 'POST', `/api/bids/${bid.id}/submit`, {});
    if (check) expect((await as.officer!.expect(200, 'POST', `/api/bids/${bid.id}/check-eligibility`, {})).status).toBe('under_review');
    return bid.id;
  }

  let bidA: string;

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps, { prefix: 'rv-' });
    await signInAll();
  });
  afterAll(() => t.close());

  it('holds the shortlist while the formal check owes an answer, lets a bid returned after the deadline come back for 7 days, and ends the check with the shortlist', async () => {
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '压铸模具寿命预测与智能维护' });
    bidA = await submittedBid(challengeId, 'A', true);
    const bidB = await submittedBid(challengeId, 'B', true);
    const bidC = await submittedBid(challengeId, 'C', false);
    t.clock.advanceDays(31);
    await setChallengeStatus(t.deps, challengeId, 'under_review');
    await signInAll();
    // The formal check goes on after the deadline, until the shortlist.
    expect((await as.officer!.expect(200, 'GET', `/api/bids/${bidC}`)).actions).toEqual(['return_for_revision', 'check_eligibility']);

    const panel = await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/panel`, {});
    for (const [expert, panelRole] of [['expert1', 'technical'], ['expert2', 'industry'], ['expert3', 'finance']] as const) {
      await as.officer!.expect(200, 'POST', `/api/panels/${panel.id}/members`, { expertUserId: cast.users[expert], panelRole });
    }
    await acceptInvitations([as.expert1!, as.expert2!, as.expert3!], panel.id);
    await as.officer!.expect(200, 'POST', `/api/panels/${panel.id}/open-scoring`, {});
    for (const [index, expert] of (['expert1', 'expert2', 'expert3'] as const).entries()) {
      await as[expert]!.expect(200, 'POST', `/api/bids/${bidA}/scores`, { criterionScores: sheet(88 + index) });
      await as[expert]!.expect(200, 'POST', `/api/bids/${bidB}/scores`, { criterionScores: sheet(75 + 2 * index) });
    }
    await as.officer!.expect(200, 'POST', `/api/panels/${panel.id}/close-scoring`, {});

    const pending = await as.officer!.post(`/api/challenges/${challengeId}/shortlist`, {});
    expect(pending.status).toBe(409);
    expect(pending.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'review.bids_pending_check', details: { bidIds: [bidC] } });

    // Returned after the deadline: the bidder has 7 days to revise and resubmit, and the shortlist waits.
    const returned = await as.officer!.expect(200, 'POST', `/api/bids/${bidC}/return-for-revision`, { reason: '请补充第三方检测报告' });
    expect(returned).toMatchObject({ status: 'returned', resubmitBy: new Date(t.clock.now().getTime() + 7 * DAY_MS).toISOString() });
    expect((await as.leadC!.expect(200, 'GET', `/api/bids/${bidC}`)).actions).toEqual(['edit', 'submit', 'withdraw']);
    expect((await as.officer!.post(`/api/challenges/${challengeId}/shortlist`, {})).body.error.rule).toBe('review.bids_pending_check');
    const revised = await as.leadC!.expect(200, 'PATCH', `/api/bids/${bidC}`, { title: '云边协同的铸造缺陷检测平台（补充检测报告）' });
    expect((await as.leadC!.expect(200, 'POST', `/api/bids/${bidC}/submit`, { version: revised.version })).status).toBe('submitted');

    // Returned again and left: once its window lapses it can never come back, nor hold up the shortlist.
    await as.officer!.expect(200, 'POST', `/api/bids/${bidC}/return-for-revision`, { reason: '检测报告仍不完整' });
    t.clock.advanceDays(8);
    await signInAll();
    expect((await as.leadC!.expect(200, 'GET', `/api/bids/${bidC}`)).actions).toEqual(['withdraw']);
    expect((await as.leadC!.post(`/api/bids/${bidC}/submit`, {})).body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'bid.resubmission_closed' });
    expect((await as.leadC!.patch(`/api/bids/${bidC}`, { title: '逾期修改' })).body.error.rule).toBe('bid.resubmission_closed');
    const shortlist = await as.officer!.expect(200, 'POST', `/api/challenges/${challengeId}/shortlist`, {});
    expect(shortlist.shortlisted.map((entry: { bidId: string }) => entry.bidId)).toEqual([bidA, bidB]);

    // The shortlist ends the formal check: a bid still submitted (as the old rules allowed) is no longer checked.
    await t.deps.db.updateTable('bid').set({ status: 'submitted' }).where('id', '=', bidC).execute();
    expect((await as.officer!.expect(200, 'GET', `/api/bids/${bidC}`)).actions).toEqual([]);
    const late = await as.officer!.post(`/api/bids/${bidC}/check-eligibility`, {});
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'bid.eligibility_closed' });
    expect((await as.officer!.post(`/api/bids/${bidC}/return-for-revision`, {})).body.error.rule).toBe('bid.eligibility_closed');
    expect((await as.leadC!.post(`/api/bids/${bidC}/check-eligibility`, {})).status).toBe(403);
  });

  it('shows a panel expert neither the rank nor the score aggregates of the shortlist, in the view or in its timeline', async () => {
    const asExpert = await as.expert2!.expect(200, 'GET', `/api/bids/${bidA}`);
    expect(asExpert).toMatchObject({ status: 'shortlisted', rank: null, totalScore: null });
    const expertEntry = asExpert.timeline.find((entry: { type: string }) => entry.type === 'bid.shortlist');
    expect(expertEntry.payload).toEqual({ from: 'under_review', to: 'shortlisted' });

    const asOfficer = await as.officer!.expect(200, 'GET', `/api/bids/${bidA}`);
    const officerEntry = asOfficer.timeline.find((entry: { type: string }) => entry.type === 'bid.shortlist');
    expect(officerEntry.payload).toMatchObject({ rank: 1, totalScore: 89, scoreCount: 3, spread: 2 });

    // The bid's own lead sees its rank and total in the view, but not the panel's aggregates in the timeline.
    const asLead = await as.leadA!.expect(200, 'GET', `/api/bids/${bidA}`);
    expect(asLead).toMatchObject({ rank: 1, totalScore: 89 });
    const leadEntry = asLead.timeline.find((entry: { type: string }) => entry.type === 'bid.shortlist');
    expect(Object.keys(leadEntry.payload).filter((key) => SCORE_KEYS.includes(key))).toEqual([]);
  });

  it('offers no edit, signature or submission of a draft once bidding has closed, and refuses them (409)', async () => {
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '铝合金压铸件在线 CT 检测', bidDeadline: new Date(t.clock.now().getTime() + 3_600_000) });
    const { lead, body } = who.A();
    const draft = await lead.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, bidBody(body));
    expect(draft.actions).toEqual(['edit', 'submit', 'withdraw']);
    expect((await as.piA!.expect(200, 'GET', `/api/bids/${draft.id}`)).actions).toEqual(['sign_pi_commitment']);

    t.clock.set(new Date(t.clock.now().getTime() + 2 * 3_600_000));
    await signInAll();
    expect((await as.leadA!.expect(200, 'GET', `/api/bids/${draft.id}`)).actions).toEqual(['withdraw']);
    expect((await as.piA!.expect(200, 'GET', `/api/bids/${draft.id}`)).actions).toEqual([]);
    const edit = await as.leadA!.patch(`/api/bids/${draft.id}`, { title: '截止后修改' });
    expect(edit.status).toBe(409);
    expect(edit.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'bid.deadline_passed' });
    expect((await as.piA!.post(`/api/bids/${draft.id}/pi-commitment`, {})).body.error.rule).toBe('bid.deadline_passed');
    expect((await as.leadA!.post(`/api/bids/${draft.id}/submit`, {})).body.error.rule).toBe('bid.deadline_passed');
  });
});
