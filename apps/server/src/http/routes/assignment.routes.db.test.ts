import { checkAssignment, solveAssignment } from '@jiebang/assignment';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  createBidRow,
  createEvaluationCast,
  createPanelRow,
  createPoolExpert,
  createProgramme,
  createPublishedChallenge,
  createTenant,
  type EvaluationCast,
  type ExpertProfileInput,
  type TestApp,
  openTestApp,
} from '@jiebang/test-kit';
import { instanceFromSnapshot, type AssignmentSnapshot } from '../../use-cases/assignment/assignment-snapshot.ts';

const QUOTAS = { technical: 2, industry: 1, finance: 1, legal: 0 };
type Seat = { expertUserId: string; panelRole: string; affinity: number };
type RunPanel = { challengeId: string; panelId: string; seats: Seat[]; alternates: (Seat & { rank: number })[] };

/** 专家遴选 through the API: optimal, random and fair runs, caps and recusal, replay, apply, alternates and overrides. */
describe('assignment runs (专家遴选)', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  let officer: ApiClient;
  const experts: Record<string, string> = {};
  /** Username of every expert, to sign in as whoever the run picked. */
  const usernames = new Map<string, string>();
  const signInAs = (userId: string) => ApiClient.signIn(t.app, usernames.get(userId)!);
  let c1: string;
  let c2: string;
  let major: string;
  let optimalRunId: string;

  const expert = async (key: string, displayName: string, profile: Omit<ExpertProfileInput, 'userId' | 'tenantId'> & { tenantId?: string }) => {
    const userId = await createPoolExpert(t.deps, { tenantId: cast.tenantId, ...profile, accountTenantId: cast.tenantId, username: `as-${key}`, displayName });
    experts[key] = userId;
    usernames.set(userId, `as-${key}`);
  };
  const run = (body: Record<string, unknown>) => officer.expect(201, 'POST', `/api/programmes/${cast.programmeId}/assignment-runs`, { challengeIds: [c1, c2], quotas: QUOTAS, ...body });
  const panelsOf = (view: { panels: RunPanel[] }) => new Map(view.panels.map((panel) => [panel.challengeId, panel]));
  const seatedIds = (view: { panels: RunPanel[] }) => view.panels.flatMap((panel) => panel.seats.map((seat) => seat.expertUserId));
  const storedSnapshot = async (runId: string) => (await t.deps.db.selectFrom('assignment_run').select('input').where('id', '=', runId).executeTakeFirstOrThrow()).input as AssignmentSnapshot;

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps, { prefix: 'as-' });
    for (const key of Object.keys(cast.users) as (keyof EvaluationCast['users'])[]) usernames.set(cast.users[key], cast.username(key));
    // The programme's city sits under a national tenant whose pool it may draw from too.
    const national = await createTenant(t.deps, { name: '科学技术部', code: 'as-national', level: 'national' });
    await t.deps.db.updateTable('tenant').set({ parent_id: national }).where('id', '=', cast.tenantId).execute();
    // The conflicted expert (a consortium member's researcher) is the best match on paper for the casting challenge.
    await t.deps.db.updateTable('expert_profile').set({ field_codes: JSON.stringify(['C36', 'C35', 'C40']), expertise: '铸造缺陷在线视觉检测系统 电驱壳体 缺陷识别准确率' }).where('user_id', '=', cast.users.expertConflicted).execute();
    await expert('vision', '许视觉', { panelRole: 'technical', fieldCodes: ['C40', 'C36'], expertise: '机器视觉 铸造缺陷在线检测 电驱壳体', professionalTitle: '教授' });
    await expert('die', '韩模具', { panelRole: 'technical', fieldCodes: ['C35', 'C34'], expertise: '压铸模具寿命预测 智能维护', professionalTitle: '研究员' });
    await expert('capped', '邓全能', { panelRole: 'technical', fieldCodes: ['C34', 'C35', 'C36'], expertise: '新能源汽车电驱壳体铸造缺陷在线视觉检测 压铸模具寿命预测与智能维护', loadCap: 1 });
    await expert('busy', '冯忙碌', { panelRole: 'technical', fieldCodes: ['C34', 'C35', 'C36'], expertise: '铸造缺陷 视觉检测 压铸模具', loadCap: 1 });
    await expert('away', '邱出差', { panelRole: 'technical', fieldCodes: ['C34', 'C35', 'C36'], expertise: '铸造缺陷 视觉检测 压铸模具', unavailable: [{ from: '2026-03-05', to: '2026-03-20' }] });
    await expert('bigTech', '孔重大', { panelRole: 'technical', tier: 'major', fieldCodes: ['C36'], expertise: '汽车电驱' });
    await expert('ind2', '严产业', { panelRole: 'industry', fieldCodes: ['C36'], expertise: '新能源汽车零部件产业化' });
    await expert('fin2', '华财务', { panelRole: 'finance', tenantId: national, fieldCodes: ['J67'], expertise: '科技项目预算评审' });
    await expert('pending', '章待审', { panelRole: 'technical', status: 'pending', fieldCodes: ['C36'], expertise: '铸造缺陷 视觉检测' });

    c1 = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, code: 'AS-001', status: 'under_review' });
    c2 = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, code: 'AS-002', title: '压铸模具寿命预测与智能维护', status: 'under_review' });
    major = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, code: 'AS-003', title: '新能源汽车一体化压铸成套装备', budgetFen: 1_500_000_000, status: 'under_review' });
    await createBidRow(t.deps, { challengeId: c1, leadOrgId: cast.orgs.leadA, piUserId: cast.users.piA, createdBy: cast.users.leadA, memberOrgIds: [cast.orgs.member1] });
    await createBidRow(t.deps, { challengeId: c2, leadOrgId: cast.orgs.leadB, piUserId: cast.users.piB, createdBy: cast.users.leadB });
    // 冯忙碌 already sits on an open panel elsewhere: their one seat is taken.
    const elsewhere = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, code: 'AS-009', title: '轻量化车身材料', status: 'under_review' });
    await createPanelRow(t.deps, { challengeId: elsewhere, createdBy: cast.users.officer, status: 'scoring', experts: [{ userId: experts.busy!, panelRole: 'technical' }] });
    officer = await ApiClient.signIn(t.app, cast.username('officer'));
  });
  afterAll(() => t.close());

  it('finds the optimum: fills every quota, keeps conflicted, busy and away experts out, respects caps, and equals the solver on the stored input', async () => {
    const view = await run({ mode: 'optimal' });
    optimalRunId = view.id;
    expect(view).toMatchObject({ status: 'proposed', mode: 'optimal', seed: null, algorithmVersion: 'ssp-dijkstra-1', shortfall: 0, actions: ['apply', 'discard', 'replay'] });
    expect(view.inputDigest).toMatch(/^[0-9a-f]{64}$/);
    const panels = panelsOf(view);
    for (const challengeId of [c1, c2]) {
      const roles = panels.get(challengeId)!.seats.map((seat) => seat.panelRole).sort();
      expect(roles).toEqual(['finance', 'industry', 'technical', 'technical']);
    }
    // The conflicted expert has the best affinity for c1 yet is never proposed there (回避); busy, away and pending never.
    expect(panels.get(c1)!.seats.map((seat) => seat.expertUserId)).not.toContain(cast.users.expertConflicted);
    expect(panels.get(c1)!.alternates.map((seat) => seat.expertUserId)).not.toContain(cast.users.expertConflicted);
    for (const key of ['busy', 'away', 'pending', 'bigTech']) expect(seatedIds(view)).not.toContain(experts[key]);
    // 邓全能 fits both challenges best but may take one seat only.
    expect(seatedIds(view).filter((id) => id === experts.capped)).toHaveLength(1);
    for (const load of view.loads) expect(load.openSeats + load.proposed).toBeLessThanOrEqual(load.loadCap);
    const excluded = Object.fromEntries(view.exclusions.map((entry: { reason: string; count: number }) => [entry.reason, entry.count]));
    expect(excluded).toMatchObject({ recusal: 1, no_capacity: 2, unavailable: 2, tier: 0 });
    // The national pool's finance expert is in the run; the pending profile is not.
    const snapshot = await storedSnapshot(view.id);
    expect(snapshot.experts.map((entry) => entry.userId)).toContain(experts.fin2);
    expect(snapshot.experts.map((entry) => entry.userId)).not.toContain(experts.pending);

    // Independent of the run: the solver on the stored snapshot gives the same optimum, and the result is valid.
    const instance = instanceFromSnapshot(snapshot);
    expect(view.objective).toBeCloseTo(solveAssignment(instance, { kind: 'optimal' }).objective, 6);
    const edges: number[] = [];
    snapshot.items.forEach((item, b) => {
      for (const seat of panels.get(item.challengeId)!.seats) edges.push(instance.edgeStart[b]! + item.candidates.findIndex(([index]) => snapshot.experts[index]!.userId === seat.expertUserId));
    });
    expect(checkAssignment(instance, edges)).toMatchObject({ violations: 0 });
    expect(view.objective).toBeCloseTo(panels.get(c1)!.seats.concat(panels.get(c2)!.seats).reduce((sum, seat) => sum + seat.affinity, 0), 6);

    const board = await officer.expect(200, 'GET', `/api/programmes/${cast.programmeId}/assignment-runs`);
    expect(board.runs[0]).toMatchObject({ id: view.id, status: 'proposed', challengeCount: 2, seatCount: 8 });
    expect(board.challenges.map((challenge: { code: string }) => challenge.code)).toEqual(['AS-001', 'AS-002', 'AS-003']);
    expect(board.quotas).toEqual({ technical: 3, industry: 1, finance: 1, legal: 0 });
    const audit = await t.deps.db.selectFrom('audit_event').select(['payload']).where('type', '=', 'assignment_run.created').where('aggregate_id', '=', view.id).executeTakeFirstOrThrow();
    expect(audit.payload).toMatchObject({ mode: 'optimal', seed: null, inputDigest: view.inputDigest });
  });

  it('draws at random from a recorded seed: the same seed replays identically, another seed draws differently, and no seed gets one drawn', async () => {
    const first = await run({ mode: 'random', seed: 20260302 });
    const second = await run({ mode: 'random', seed: 7 });
    expect(first.seed).toBe(20260302);
    expect(panelsOf(first).get(c1)!.seats.map((seat) => seat.expertUserId)).not.toContain(cast.users.expertConflicted);
    const replay = await officer.expect(200, 'POST', `/api/assignment-runs/${first.id}/replay`, {});
    expect(replay).toEqual({ identical: true, digest: first.inputDigest, digestMatches: true, objective: first.objective, differences: [] });
    expect(panelsOf(second).get(c1)!.seats).not.toEqual(panelsOf(first).get(c1)!.seats);
    expect(first.inputDigest).not.toBe(second.inputDigest);

    const drawn = await run({ mode: 'random' });
    expect(Number.isInteger(drawn.seed)).toBe(true);
    expect((await officer.expect(200, 'POST', `/api/assignment-runs/${drawn.id}/replay`, {})).identical).toBe(true);

    // A tampered record no longer replays: the digest and the seats tell.
    const snapshot = await storedSnapshot(first.id);
    await t.deps.db.updateTable('assignment_run').set({ input: JSON.stringify({ ...snapshot, seed: 7 }) }).where('id', '=', first.id).execute();
    const tampered = await officer.expect(200, 'POST', `/api/assignment-runs/${first.id}/replay`, {});
    expect(tampered.identical).toBe(false);
    expect(tampered.digestMatches).toBe(false);
    expect(tampered.differences.length).toBeGreaterThan(1);
  });

  it('puts the worst-off challenge first in fair mode and gives a major project to the major-project pool only', async () => {
    const fair = await run({ mode: 'fair' });
    expect(fair.shortfall).toBe(0);
    expect(seatedIds(fair)).not.toContain(experts.busy);
    expect(panelsOf(fair).get(c1)!.seats.map((seat) => seat.expertUserId)).not.toContain(cast.users.expertConflicted);
    expect((await officer.expect(200, 'POST', `/api/assignment-runs/${fair.id}/replay`, {})).identical).toBe(true);

    const majorRun = await officer.expect(201, 'POST', `/api/programmes/${cast.programmeId}/assignment-runs`, { challengeIds: [major], mode: 'optimal', quotas: { technical: 1, industry: 0, finance: 0, legal: 0 } });
    expect(majorRun.panels[0].seats.map((seat: Seat) => seat.expertUserId)).toEqual([experts.bigTech]);
    expect(majorRun.exclusions.find((entry: { reason: string }) => entry.reason === 'tier').count).toBeGreaterThan(0);
  });

  it('applies a run as invitations, refuses a stale one, and fills a declined seat from the alternates', async () => {
    const stale = (await officer.expect(200, 'GET', `/api/programmes/${cast.programmeId}/assignment-runs`)).runs.find((entry: { mode: string; status: string }) => entry.mode === 'fair');
    const applied = await officer.expect(200, 'POST', `/api/assignment-runs/${optimalRunId}/apply`, {});
    expect(applied).toMatchObject({ status: 'applied', actions: ['replay'] });
    const again = await officer.post(`/api/assignment-runs/${optimalRunId}/apply`, {});
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'assignment_run.apply' });
    const refused = await officer.post(`/api/assignment-runs/${stale.id}/apply`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'STALE_VERSION', rule: 'assignment_run.panels_changed' });

    const panel = await officer.expect(200, 'GET', `/api/challenges/${c1}/panel-assignment`);
    expect(panel.runId).toBe(optimalRunId);
    expect(panel.seats).toHaveLength(4);
    for (const seat of panel.seats) expect(seat).toMatchObject({ invitationStatus: 'invited', source: 'solver' });
    const proposed = panelsOf(applied).get(c1)!;
    const technical = proposed.seats.find((seat) => seat.panelRole === 'technical')!;
    const notice = await t.deps.db.selectFrom('notification').select(['body']).where('user_id', '=', technical.expertUserId).where('kind', '=', 'review_panel.expert_assigned').executeTakeFirstOrThrow();
    expect(notice.body).toContain('新能源汽车电驱壳体铸造缺陷在线视觉检测系统');
    expect(notice.body).not.toContain('浙江大学宁波智能制造研究院');

    // The technical expert declines; the first technical alternate still eligible takes the seat, once.
    await (await signInAs(technical.expertUserId)).expect(200, 'POST', `/api/panels/${panel.panelId}/invitation/decline`, { reason: '时间冲突' });
    const onPanel = new Set(panel.seats.map((seat: { expertUserId: string }) => seat.expertUserId));
    const eligible = proposed.alternates.filter((alternate) => alternate.panelRole === 'technical' && !onPanel.has(alternate.expertUserId));
    expect(eligible.length).toBeGreaterThan(1);
    const replaced = await officer.expect(200, 'POST', `/api/panels/${panel.panelId}/members/${technical.expertUserId}/replace`, {});
    expect(replaced.seats.find((seat: { expertUserId: string }) => seat.expertUserId === eligible[0]!.expertUserId)).toMatchObject({ invitationStatus: 'invited', source: 'alternate', affinity: eligible[0]!.affinity });
    expect(replaced.seats.find((seat: { expertUserId: string }) => seat.expertUserId === technical.expertUserId)).toMatchObject({ invitationStatus: 'declined', actions: [] });
    const full = await officer.post(`/api/panels/${panel.panelId}/members/${technical.expertUserId}/replace`, {});
    expect(full.status).toBe(409);
    expect(full.body.error.rule).toBe('assignment.role_full');

    // Each alternate in turn declines and is replaced by the next, until none is left.
    let declined = eligible[0]!.expertUserId;
    for (const next of eligible.slice(1)) {
      await (await signInAs(declined)).expect(200, 'POST', `/api/panels/${panel.panelId}/invitation/decline`, { reason: '另有评审任务' });
      const view = await officer.expect(200, 'POST', `/api/panels/${panel.panelId}/members/${declined}/replace`, {});
      expect(view.seats.find((seat: { expertUserId: string }) => seat.expertUserId === next.expertUserId)).toMatchObject({ source: 'alternate' });
      declined = next.expertUserId;
    }
    await (await signInAs(declined)).expect(200, 'POST', `/api/panels/${panel.panelId}/invitation/decline`, { reason: '身体原因' });
    const none = await officer.post(`/api/panels/${panel.panelId}/members/${declined}/replace`, {});
    expect(none.status).toBe(409);
    expect(none.body.error.rule).toBe('assignment.no_alternate');
  });

  it('overrides a forming panel only with a reason, never with a conflicted expert', async () => {
    const panel = await officer.expect(200, 'GET', `/api/challenges/${c1}/panel-assignment`);
    expect(panel.actions).toEqual(['override']);
    const noReason = await officer.post(`/api/panels/${panel.panelId}/overrides`, { add: { expertUserId: experts.die, panelRole: 'technical' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues.map((issue: { path: string }) => issue.path)).toContain('body.reason');

    const conflicted = await officer.post(`/api/panels/${panel.panelId}/overrides`, { add: { expertUserId: cast.users.expertConflicted, panelRole: 'technical' }, reason: '专家熟悉该领域' });
    expect(conflicted.status).toBe(409);
    expect(conflicted.body.error.rule).toBe('review.conflict_of_interest');

    const seated = panel.seats.find((seat: { invitationStatus: string; panelRole: string }) => seat.invitationStatus === 'invited' && seat.panelRole === 'finance');
    const candidates = [experts.fin2, cast.users.expert3].filter((id) => !panel.seats.some((seat: { expertUserId: string }) => seat.expertUserId === id));
    const swapped = await officer.expect(200, 'POST', `/api/panels/${panel.panelId}/overrides`, { remove: { expertUserId: seated.expertUserId }, add: { expertUserId: candidates[0], panelRole: 'finance' }, reason: '原专家临时出差，改请熟悉预算评审的专家' });
    expect(swapped.seats.find((seat: { expertUserId: string }) => seat.expertUserId === seated.expertUserId)).toMatchObject({ invitationStatus: 'withdrawn', overrideReason: '原专家临时出差，改请熟悉预算评审的专家' });
    expect(swapped.seats.find((seat: { expertUserId: string }) => seat.expertUserId === candidates[0])).toMatchObject({ invitationStatus: 'invited', source: 'manual' });
    const audit = await t.deps.db.selectFrom('audit_event').select(['payload']).where('type', '=', 'review_panel.assignment_overridden').where('aggregate_id', '=', panel.panelId).executeTakeFirstOrThrow();
    expect(audit.payload).toMatchObject({ reason: '原专家临时出差，改请熟悉预算评审的专家', remove: { expertUserId: seated.expertUserId } });
  });

  it('answers 403 to a non-officer, 404 on reading a run, and 400 naming a challenge of another programme', async () => {
    const outsider = await ApiClient.signIn(t.app, cast.username('expert1'));
    const forbidden = await outsider.post(`/api/programmes/${cast.programmeId}/assignment-runs`, { challengeIds: [c1], mode: 'optimal' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.rule).toBe('assignment_run.run');
    expect((await outsider.get(`/api/assignment-runs/${optimalRunId}`)).status).toBe(404);
    expect((await outsider.post(`/api/assignment-runs/${optimalRunId}/replay`, {})).status).toBe(403);

    const otherProgramme = await createProgramme(t.deps, { tenantId: cast.tenantId });
    const foreign = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: otherProgramme, status: 'under_review' });
    const invalid = await officer.post(`/api/programmes/${cast.programmeId}/assignment-runs`, { challengeIds: [c1, foreign], mode: 'optimal' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.issues).toEqual([{ path: 'body.challengeIds.1', message: 'is not a challenge of this programme' }]);
    const badSeed = await officer.post(`/api/programmes/${cast.programmeId}/assignment-runs`, { challengeIds: [c1], mode: 'random', seed: -1 });
    expect(badSeed.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.seed']);
    const seedWithoutDraw = await officer.post(`/api/programmes/${cast.programmeId}/assignment-runs`, { challengeIds: [c1], mode: 'optimal', seed: 7 });
    expect(seedWithoutDraw.body.error.issues).toEqual([{ path: 'body.seed', message: 'is used by the random draw only' }]);
  });
});
