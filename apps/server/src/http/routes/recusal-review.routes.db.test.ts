import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createBidRow, createEvaluationCast, createExpertProfile, createPublishedChallenge, createUser, openTestApp, type EvaluationCast, type TestApp } from '@jiebang/test-kit';

const DECLARED = { noConflictDeclared: true, confidentialityPledged: true };

/** 回避 holes found in review: a collaboration declared by unit name, and reasons told to the expert at acceptance. */
describe('recusal (回避): declared relations by unit name, and what an invited expert is told', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  let challengeId: string;
  let bidA: string;
  let panelId: string;

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps, { prefix: 'rr-' });
    for (const key of ['officer', 'expert1', 'expert2', 'expert3'] as const) as[key] = await ApiClient.signIn(t.app, cast.username(key));
    challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, demanderOrgId: cast.orgs.demander, title: '压铸模具寿命预测', status: 'under_review' });
    bidA = await createBidRow(t.deps, { challengeId, leadOrgId: cast.orgs.leadA, piUserId: cast.users.piA, createdBy: cast.users.leadA, memberOrgIds: [cast.orgs.member2] });
    // The bidder asked to keep 刘教授 of 宁波大学 (expert1) off its review: a confidential request to the office.
    await t.deps.db.updateTable('bid').set({ avoided_experts: JSON.stringify([{ name: '刘教授', organisationName: '宁波大学', reason: '竞争单位顾问' }]) }).where('id', '=', bidA).execute();
    panelId = (await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/panel`, {})).id;
  });
  afterAll(() => t.close());

  it('recuses an expert who declared a recent collaboration with a consortium member by its name only (as the profile page sends it)', async () => {
    const member2 = await t.deps.db.selectFrom('organisation').select('name').where('id', '=', cast.orgs.member2).executeTakeFirstOrThrow();
    await as.expert2!.expect(201, 'POST', '/api/experts/me/relations', { kind: 'collaboration', organisationName: ` ${member2.name} `, year: 2025 });
    const refused = await as.officer!.post(`/api/panels/${panelId}/members`, { expertUserId: cast.users.expert2, panelRole: 'industry' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.rule).toBe('review.conflict_of_interest');
    expect(refused.body.error.details.reasons).toEqual([expect.objectContaining({ kind: 'collaboration', source: 'declared' })]);

    // Seated before the declaration: the bid is closed to them at once.
    await t.deps.db.insertInto('panel_member').values({ panel_id: panelId, expert_user_id: cast.users.expert2, panel_role: 'industry', assigned_by: cast.users.officer, assigned_at: t.clock.now(), invitation_status: 'accepted', source: 'manual' }).execute();
    const view = await as.expert2!.get(`/api/bids/${bidA}`);
    expect(view.status).toBe(403);
    expect(view.body.error.rule).toBe('review.conflict_of_interest');
  });

  it('recuses an expert whose unit the platform knows only by name (self-registered, imported without USCC) from that unit’s bid and challenge', async () => {
    const unitOnly = async (username: string, organisationName: string) => {
      const userId = await createUser(t.deps, { tenantId: cast.tenantId, username, displayName: `名${username}`, grants: [{ role: 'expert_reviewer' }] });
      await createExpertProfile(t.deps, { userId, tenantId: cast.tenantId, organisationName });
      return userId;
    };
    const [lead, demander] = await t.deps.db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', [cast.orgs.leadA, cast.orgs.demander]).execute().then((rows) => [cast.orgs.leadA, cast.orgs.demander].map((id) => rows.find((row) => row.id === id)!));
    const fromLead = await unitOnly('rr-fromLead', `${lead!.name}（智能检测所）`);
    const fromDemander = await unitOnly('rr-fromDemander', demander!.name);
    for (const [expertUserId, party] of [[fromLead, 'lead'], [fromDemander, 'demander']] as const) {
      const refused = await as.officer!.post(`/api/panels/${panelId}/members`, { expertUserId, panelRole: 'technical' });
      expect(refused.status, party).toBe(409);
      expect(refused.body.error.details.reasons, party).toEqual([expect.objectContaining({ kind: 'same_organisation', party })]);
    }
    await t.deps.db.insertInto('panel_member').values({ panel_id: panelId, expert_user_id: fromLead, panel_role: 'technical', assigned_by: cast.users.officer, assigned_at: t.clock.now(), invitation_status: 'accepted', source: 'manual' }).execute();
    const client = await ApiClient.signIn(t.app, 'rr-fromLead');
    expect((await client.get(`/api/bids/${bidA}`)).status).toBe(403);
  });

  it('a unit name that is not a party’s is no reason', async () => {
    await as.expert3!.expect(201, 'POST', '/api/experts/me/relations', { kind: 'collaboration', organisationName: '北京大学', year: 2025 });
    await as.officer!.expect(200, 'POST', `/api/panels/${panelId}/members`, { expertUserId: cast.users.expert3, panelRole: 'finance' });
  });

  it('refuses an invited expert who must recuse without telling them why (the avoid-list and, in a blind review, the bidder stay unsaid)', async () => {
    // Invited before the facts were known (e.g. by an earlier run), the expert tries to accept.
    await t.deps.db.insertInto('panel_member').values({ panel_id: panelId, expert_user_id: cast.users.expert1, panel_role: 'technical', assigned_by: cast.users.officer, assigned_at: t.clock.now(), invitation_status: 'invited', source: 'manual' }).execute();
    const refused = await as.expert1!.post(`/api/panels/${panelId}/invitation/accept`, DECLARED);
    expect(refused.status).toBe(409);
    expect(refused.body.error.rule).toBe('review.conflict_of_interest');
    expect(refused.body.error.details).toBeUndefined();
    expect(JSON.stringify(refused.body)).not.toMatch(/avoid_list|刘教授|宁波大学/);
    const seat = await t.deps.db.selectFrom('panel_member').select('invitation_status').where('panel_id', '=', panelId).where('expert_user_id', '=', cast.users.expert1).executeTakeFirstOrThrow();
    expect(seat.invitation_status).toBe('invited');
  });
});
