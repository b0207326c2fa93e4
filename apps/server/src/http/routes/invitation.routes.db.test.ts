import { EXPERT_DECLARATION } from '@jiebang/domain';
import { ApiClient, createBidRow, createEvaluationCast, createPublishedChallenge, openTestApp, type EvaluationCast, type TestApp } from '@jiebang/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecusalExperts } from '../../use-cases/review/load-recusal-facts.ts';

const DECLARED = { noConflictDeclared: true, confidentialityPledged: true };
const sheet = { technical_route: 80, team_capability: 80, indicator_commitment: 80, budget_soundness: 80 };

/** 评审邀请: experts are invited, accept with the self-declaration or decline, and only accepted experts review. */
describe('panel invitations: accept with the self-declaration, decline with a conflict, only accepted experts review', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  let challengeId: string;
  let panelId: string;
  let bidA: string;

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps, { prefix: 'inv-' });
    for (const key of ['officer', 'leadA', 'expert1', 'expert2', 'expert3', 'expertOutside'] as const) as[key] = await ApiClient.signIn(t.app, cast.username(key));
    challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '压铸模具寿命预测与智能维护', field: '智能制造', status: 'under_review' });
    bidA = await createBidRow(t.deps, { challengeId, leadOrgId: cast.orgs.leadA, piUserId: cast.users.piA, createdBy: cast.users.leadA, title: '铸件缺陷多光谱在线检测系统' });
    await createBidRow(t.deps, { challengeId, leadOrgId: cast.orgs.leadB, piUserId: cast.users.piB, createdBy: cast.users.leadB, title: '电驱壳体缺陷视觉检测装备' });
    panelId = (await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/panel`, {})).id;
    for (const [expert, panelRole] of [['expert1', 'technical'], ['expert2', 'industry'], ['expert3', 'finance'], ['expertOutside', 'legal']] as const) {
      await as.officer!.expect(200, 'POST', `/api/panels/${panelId}/members`, { expertUserId: cast.users[expert], panelRole });
    }
  });
  afterAll(() => t.close());

  it('invites: the panel lists every seat as invited, and the invited expert sees the challenge but nothing of its bids', async () => {
    const panel = await as.officer!.expect(200, 'GET', `/api/panels/${panelId}`);
    expect(panel.members.map((member: { invitationStatus: string }) => member.invitationStatus)).toEqual(['invited', 'invited', 'invited', 'invited']);
    const seat = await t.deps.db.selectFrom('panel_member').select(['invitation_status', 'source']).where('panel_id', '=', panelId).where('expert_user_id', '=', cast.users.expert1).executeTakeFirstOrThrow();
    expect(seat).toEqual({ invitation_status: 'invited', source: 'manual' });

    const work = await as.expert1!.expect(200, 'GET', '/api/experts/me/assignments');
    expect(work.items).toEqual([
      expect.objectContaining({ panelId, challengeTitle: '压铸模具寿命预测与智能维护', challengeField: '智能制造', panelRole: 'technical', invitationStatus: 'invited', respondedAt: null, bidCount: 2, reviewPeriod: null, bids: [], actions: ['accept_invitation', 'decline_invitation'] }),
    ]);
    expect(JSON.stringify(work)).not.toContain('铸件缺陷多光谱在线检测系统');
    // An invitation opens no bid, and scoring says which step is missing.
    expect((await as.expert1!.get(`/api/bids/${bidA}`)).status).toBe(404);
    const early = await as.expert1!.post(`/api/bids/${bidA}/scores`, { criterionScores: sheet });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'review.invitation_not_accepted' });
  });

  it('holds scoring until every invited expert answered', async () => {
    const refused = await as.officer!.post(`/api/panels/${panelId}/open-scoring`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ rule: 'review.invitations_pending', details: { pending: 4 } });
  });

  it('accepts only with both declarations, naming the one missing, and only the invited expert', async () => {
    const noConflict = await as.expert1!.post(`/api/panels/${panelId}/invitation/accept`, { ...DECLARED, noConflictDeclared: false });
    expect(noConflict.status).toBe(400);
    expect(noConflict.body.error.issues[0].path).toBe('body.noConflictDeclared');
    const noPledge = await as.expert1!.post(`/api/panels/${panelId}/invitation/accept`, { ...DECLARED, confidentialityPledged: false });
    expect(noPledge.body.error.issues[0].path).toBe('body.confidentialityPledged');
    expect((await as.expert1!.post(`/api/panels/${panelId}/invitation/accept`, { noConflictDeclared: true })).body.error.issues[0].path).toBe('body.confidentialityPledged');
    // Nobody answers for someone else: without a seat the panel does not exist for the caller.
    expect((await as.officer!.post(`/api/panels/${panelId}/invitation/accept`, DECLARED)).status).toBe(404);
    expect((await as.leadA!.post(`/api/panels/${panelId}/invitation/accept`, DECLARED)).status).toBe(404);

    const accepted = await as.expert1!.expect(200, 'POST', `/api/panels/${panelId}/invitation/accept`, DECLARED);
    expect(accepted).toMatchObject({ invitationStatus: 'accepted', respondedAt: t.clock.now().toISOString(), actions: ['view_defences'] });
    expect(accepted.bids.map((bid: { bidId: string }) => bid.bidId)).toContain(bidA);
    expect((await as.expert1!.get(`/api/bids/${bidA}`)).status).toBe(200);
    const again = await as.expert1!.post(`/api/panels/${panelId}/invitation/accept`, DECLARED);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('FORBIDDEN_TRANSITION');

    const event = await t.deps.db.selectFrom('audit_event').select('payload').where('aggregate_id', '=', panelId).where('type', '=', 'review_panel.invitation_accepted').executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ expertUserId: cast.users.expert1, from: 'invited', to: 'accepted', declarationVersion: EXPERT_DECLARATION.version });
  });

  it('declines with a reason; a declared conflict becomes a recusal reason and the inviting officer is told', async () => {
    const noReason = await as.expertOutside!.post(`/api/panels/${panelId}/invitation/decline`, { reason: ' ', conflictDeclared: true });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0].path).toBe('body.reason');

    const declined = await as.expertOutside!.expect(200, 'POST', `/api/panels/${panelId}/invitation/decline`, { reason: '本人近两年与揭榜单位有合作项目', conflictDeclared: true });
    expect(declined).toMatchObject({ invitationStatus: 'declined', bids: [], actions: [] });
    expect((await as.expertOutside!.post(`/api/panels/${panelId}/invitation/accept`, DECLARED)).body.error.code).toBe('FORBIDDEN_TRANSITION');

    const outsider = (await as.officer!.expect(200, 'GET', `/api/panels/${panelId}`)).members.find((member: { expertUserId: string }) => member.expertUserId === cast.users.expertOutside);
    expect(outsider).toMatchObject({ invitationStatus: 'declined', declineReason: '本人近两年与揭榜单位有合作项目', declaredConflict: true });
    const told = await t.deps.db.selectFrom('notification').select(['user_id', 'body']).where('kind', '=', 'review_panel.invitation_declined').where('aggregate_id', '=', panelId).execute();
    expect(told).toEqual([{ user_id: cast.users.officer, body: expect.stringContaining('本人近两年与揭榜单位有合作项目') }]);
    const facts = await loadRecusalExperts(t.deps.db, [cast.users.expertOutside]);
    expect(facts.get(cast.users.expertOutside)?.selfDeclared).toEqual([{ subjectId: challengeId, reason: '本人近两年与揭榜单位有合作项目' }]);
  });

  it('opens scoring once the rest accepted, with only the accepted experts counted and told', async () => {
    await as.expert2!.expect(200, 'POST', `/api/panels/${panelId}/invitation/accept`, DECLARED);
    await as.expert3!.expect(200, 'POST', `/api/panels/${panelId}/invitation/accept`, DECLARED);
    const opened = await as.officer!.expect(200, 'POST', `/api/panels/${panelId}/open-scoring`, {});
    expect(opened.status).toBe('scoring');
    const told = await t.deps.db.selectFrom('notification').select('user_id').where('kind', '=', 'review_panel.open_scoring').where('aggregate_id', '=', panelId).execute();
    expect(told.map((row) => row.user_id).sort()).toEqual([cast.users.expert1, cast.users.expert2, cast.users.expert3].sort());
    expect((await as.expert1!.expect(200, 'POST', `/api/bids/${bidA}/scores`, { criterionScores: sheet })).total).toBe(80);
    expect((await as.expertOutside!.post(`/api/bids/${bidA}/scores`, { criterionScores: sheet })).body.error.rule).toBe('review.invitation_not_accepted');
  });
});
