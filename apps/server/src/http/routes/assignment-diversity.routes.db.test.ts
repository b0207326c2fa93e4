import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createBidRow, createEvaluationCast, createPanelRow, createPoolExpert, createPublishedChallenge, type EvaluationCast, type ExpertProfileInput, type TestApp, openTestApp } from '@jiebang/test-kit';

const QUOTAS = { technical: 2, industry: 1, finance: 1, legal: 0 };
type Seat = { expertUserId: string; panelRole: string };
type RunView = { id: string; panels: { challengeId: string; panelId: string; seats: Seat[]; alternates: Seat[] }[]; exclusions: { reason: string; count: number }[] };

/**
 * Panel diversity (同一单位专家每组至多 1 人) and the hard rules on seats added by hand: the run, its alternates,
 * the override and 加入专家组 all refuse a second expert of one unit, an expert at their load cap and a general-pool
 * expert on a major project.
 */
describe('panel diversity and hand-made seats', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  let officer: ApiClient;
  const experts: Record<string, string> = {};
  const usernames = new Map<string, string>();
  const signInAs = (userId: string) => ApiClient.signIn(t.app, usernames.get(userId)!);
  let challengeId: string;

  const expert = async (key: string, displayName: string, profile: Omit<ExpertProfileInput, 'userId' | 'tenantId'>) => {
    const userId = await createPoolExpert(t.deps, { tenantId: cast.tenantId, ...profile, username: `dv-${key}`, displayName });
    experts[key] = userId;
    usernames.set(userId, `dv-${key}`);
  };
  const setDiversity = async (on: boolean) => {
    const row = await t.deps.db.selectFrom('programme').select('policy').where('id', '=', cast.programmeId).executeTakeFirstOrThrow();
    const policy = row.policy as { review: Record<string, unknown> };
    await t.deps.db
      .updateTable('programme')
      .set({ policy: JSON.stringify({ ...policy, review: { ...policy.review, oneExpertPerOrganisation: on } }) })
      .where('id', '=', cast.programmeId)
      .execute();
  };
  const run = async (): Promise<RunView> => officer.expect(201, 'POST', `/api/programmes/${cast.programmeId}/assignment-runs`, { challengeIds: [challengeId], quotas: QUOTAS, mode: 'optimal' });
  const seated = (view: RunView) => view.panels[0]!.seats.map((seat) => seat.expertUserId);

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps, { prefix: 'dv-' });
    for (const key of Object.keys(cast.users) as (keyof EvaluationCast['users'])[]) usernames.set(cast.users[key], cast.username(key));
    // Two researchers of one university fit the challenge best; the unit is typed differently on each profile.
    const castingExpertise = '新能源汽车电驱壳体铸造缺陷在线视觉检测 缺陷识别准确率';
    await expert('twinA', '甲教授', { panelRole: 'technical', organisationName: '浙江大学', fieldCodes: ['C36', 'C40', 'C35'], expertise: castingExpertise });
    await expert('twinB', '乙教授', { panelRole: 'technical', organisationName: ' 浙江 大学 ', fieldCodes: ['C36', 'C40', 'C35'], expertise: castingExpertise });
    await expert('full', '丙研究员', { panelRole: 'technical', organisationName: '上海交通大学', fieldCodes: ['C36'], expertise: '铸造缺陷 视觉检测', loadCap: 0 });
    challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, code: 'DV-001', status: 'under_review' });
    await createBidRow(t.deps, { challengeId, leadOrgId: cast.orgs.leadB, piUserId: cast.users.piB, createdBy: cast.users.leadB });
    officer = await ApiClient.signIn(t.app, cast.username('officer'));
  });
  afterAll(() => t.close());

  it('without the rule both researchers of one university are seated; a run made so is refused once the rule is on', async () => {
    await setDiversity(false);
    const view = await run();
    expect(seated(view)).toEqual(expect.arrayContaining([experts.twinA, experts.twinB]));
    // Switched on after the run: applying it now is refused, and no seat is made.
    await setDiversity(true);
    const refused = await officer.expect(409, 'POST', `/api/assignment-runs/${view.id}/apply`, {});
    expect(refused.error.rule).toBe('assignment.unit_on_panel');
    expect(await t.deps.db.selectFrom('panel_member').select('expert_user_id').where('panel_id', '=', view.panels[0]!.panelId).execute()).toEqual([]);
    await officer.expect(200, 'POST', `/api/assignment-runs/${view.id}/discard`, { reason: '对照' });
  });

  let seatedTwin = '';
  let otherTwin = '';

  it('with the rule a run seats one of them, keeps the other as an alternate, and the stored snapshot carries the rule', async () => {
    await setDiversity(true);
    const view = await run();
    const twins = seated(view).filter((id) => id === experts.twinA || id === experts.twinB);
    expect(twins).toHaveLength(1);
    seatedTwin = twins[0]!;
    otherTwin = seatedTwin === experts.twinA ? experts.twinB! : experts.twinA!;
    expect(view.panels[0]!.seats.filter((seat) => seat.panelRole === 'technical')).toHaveLength(2);
    // Listed: if the seated researcher declines, their colleague may take the freed seat.
    expect(view.panels[0]!.alternates.map((seat) => seat.expertUserId)).toContain(otherTwin);
    const stored = await t.deps.db.selectFrom('assignment_run').select('input').where('id', '=', view.id).executeTakeFirstOrThrow();
    expect(stored.input).toMatchObject({ oneExpertPerOrganisation: true });
    const replay = await officer.expect(200, 'POST', `/api/assignment-runs/${view.id}/replay`);
    expect(replay).toMatchObject({ identical: true });
    await officer.expect(200, 'POST', `/api/assignment-runs/${view.id}/apply`, {});

    // A second run on the same panel leaves the other researcher out under the new reason.
    const again = await officer.expect(201, 'POST', `/api/programmes/${cast.programmeId}/assignment-runs`, { challengeIds: [challengeId], quotas: { ...QUOTAS, technical: 3 }, mode: 'optimal' });
    expect(again.exclusions).toContainEqual({ reason: 'unit_on_panel', count: 1 });
    expect(seated(again)).not.toContain(otherTwin);
    await officer.expect(200, 'POST', `/api/assignment-runs/${again.id}/discard`, { reason: '不再增补' });
  });

  it('the override and 加入专家组 refuse the other researcher; a replacement skips them while their colleague sits, and seats them once the colleague declines', async () => {
    const panel = await officer.expect(200, 'GET', `/api/challenges/${challengeId}/panel-assignment`);
    const refusedAdd = await officer.expect(409, 'POST', `/api/panels/${panel.panelId}/members`, { expertUserId: otherTwin, panelRole: 'technical' });
    expect(refusedAdd.error.rule).toBe('assignment.unit_on_panel');
    const refusedOverride = await officer.expect(409, 'POST', `/api/panels/${panel.panelId}/overrides`, { add: { expertUserId: otherTwin, panelRole: 'technical' }, reason: '专业更对口' });
    expect(refusedOverride.error.rule).toBe('assignment.unit_on_panel');
    const seatsBefore = await t.deps.db.selectFrom('panel_member').select('expert_user_id').where('panel_id', '=', panel.panelId).execute();
    expect(seatsBefore.map((row) => row.expert_user_id)).not.toContain(otherTwin);

    // The other technical expert declines: the first alternate (the colleague) is skipped, the next one invited.
    const otherTechnical = panel.seats.find((seat: Seat) => seat.panelRole === 'technical' && seat.expertUserId !== seatedTwin).expertUserId as string;
    await (await signInAs(otherTechnical)).expect(200, 'POST', `/api/panels/${panel.panelId}/invitation/decline`, { reason: '时间冲突' });
    const first = await officer.expect(200, 'POST', `/api/panels/${panel.panelId}/members/${otherTechnical}/replace`, {});
    expect(first.seats.filter((seat: Seat & { source: string }) => seat.source === 'alternate')).toHaveLength(1);
    const afterFirst = await t.deps.db.selectFrom('panel_member').select(['expert_user_id', 'invitation_status']).where('panel_id', '=', panel.panelId).execute();
    expect(afterFirst.map((row) => row.expert_user_id)).not.toContain(otherTwin);

    // The seated researcher declines: their unit is free, and the colleague takes the seat.
    await (await signInAs(seatedTwin)).expect(200, 'POST', `/api/panels/${panel.panelId}/invitation/decline`, { reason: '出差' });
    await officer.expect(200, 'POST', `/api/panels/${panel.panelId}/members/${seatedTwin}/replace`, {});
    const afterSecond = await t.deps.db.selectFrom('panel_member').select(['expert_user_id', 'invitation_status']).where('panel_id', '=', panel.panelId).execute();
    expect(afterSecond).toContainEqual({ expert_user_id: otherTwin, invitation_status: 'invited' });
  });

  it('加入专家组 refuses an expert at their load cap and a general-pool expert on a major project', async () => {
    const { panelId } = await officer.expect(200, 'GET', `/api/challenges/${challengeId}/panel-assignment`);
    const atCap = await officer.expect(409, 'POST', `/api/panels/${panelId}/members`, { expertUserId: experts.full, panelRole: 'technical' });
    expect(atCap.error.rule).toBe('assignment.load_cap_reached');

    const major = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, code: 'DV-002', title: '一体化压铸成套装备', budgetFen: 1_500_000_000, status: 'under_review' });
    const majorPanel = await createPanelRow(t.deps, { challengeId: major, createdBy: cast.users.officer, status: 'forming', experts: [] });
    const wrongTier = await officer.expect(409, 'POST', `/api/panels/${majorPanel}/members`, { expertUserId: cast.users.expertOutside, panelRole: 'technical' });
    expect(wrongTier.error.rule).toBe('assignment.tier_mismatch');
    expect(await t.deps.db.selectFrom('panel_member').select('expert_user_id').where('panel_id', '=', majorPanel).execute()).toEqual([]);
  });
});
