import { ApiClient, createBidRow, createEvaluationCast, createPanelRow, createPublishedChallenge, openTestApp, type EvaluationCast, type TestApp } from '@jiebang/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const HOUR_MS = 3_600_000;
const titles = { A: '铸件缺陷多光谱在线检测系统', B: '电驱壳体缺陷视觉检测装备', C: '云边协同的铸造缺陷检测平台' };
type Slot = { id: string; bidId: string; sequence: number; bidTitle: string | null; leadOrgName: string | null; startsAt: string; endsAt: string; venue: string; note: string; status: string; version: number; actions: string[] };

/** 答辩/路演: the officer plans the defences, the bidders see their own slot, the panel's experts the schedule. */
describe('defence schedule (答辩安排)', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  let panelId: string;
  const bids: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
  let plan: { startsAt: string; minutesEach: number; gapMinutes: number; format: 'onsite'; venue: string };
  const signInAll = async () => {
    for (const key of ['officer', 'leadA', 'leadB', 'piA', 'expert1', 'expert2', 'expertOutside'] as const) as[key] = await ApiClient.signIn(t.app, cast.username(key));
  };
  const slotOf = (schedule: { slots: Slot[] }, bidId: string) => schedule.slots.find((slot) => slot.bidId === bidId)!;

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps, { prefix: 'def-' });
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '压铸模具寿命预测与智能维护', status: 'under_review' });
    bids.A = await createBidRow(t.deps, { challengeId, leadOrgId: cast.orgs.leadA, piUserId: cast.users.piA, createdBy: cast.users.leadA, title: titles.A, memberOrgIds: [cast.orgs.member1] });
    // B was submitted after A: they appear in submission order, after the shortlisted C.
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    bids.B = await createBidRow(t.deps, { challengeId, leadOrgId: cast.orgs.leadB, piUserId: cast.users.piB, createdBy: cast.users.leadB, title: titles.B });
    bids.C = await createBidRow(t.deps, { challengeId, leadOrgId: cast.orgs.leadC, piUserId: cast.users.piC, createdBy: cast.users.leadC, title: titles.C, status: 'shortlisted', rank: 1 });
    panelId = await createPanelRow(t.deps, {
      challengeId,
      createdBy: cast.users.officer,
      experts: [
        { userId: cast.users.expert1, panelRole: 'technical' },
        { userId: cast.users.expert2, panelRole: 'industry', invitationStatus: 'invited' },
      ],
    });
    plan = { startsAt: new Date(t.clock.now().getTime() + 48 * HOUR_MS).toISOString(), minutesEach: 30, gapMinutes: 10, format: 'onsite', venue: '宁波市科技局 3 楼会议室' };
    await signInAll();
  });
  afterAll(() => t.close());

  it('plans one slot per bid without overlap, shortlisted first, and tells each lead organisation its own slot only', async () => {
    const schedule = await as.officer!.expect(200, 'POST', `/api/panels/${panelId}/defences`, plan);
    expect(schedule.actions).toEqual(['schedule_defences']);
    expect(schedule.slots.map((slot: Slot) => [slot.bidId, slot.sequence, slot.bidTitle, slot.status, slot.actions])).toEqual([
      [bids.C, 1, titles.C, 'scheduled', ['update', 'record_outcome']],
      [bids.A, 2, titles.A, 'scheduled', ['update', 'record_outcome']],
      [bids.B, 3, titles.B, 'scheduled', ['update', 'record_outcome']],
    ]);
    const start = new Date(plan.startsAt).getTime();
    expect(schedule.slots.map((slot: Slot) => [new Date(slot.startsAt).getTime() - start, new Date(slot.endsAt).getTime() - start])).toEqual([
      [0, 30 * 60_000],
      [40 * 60_000, 70 * 60_000],
      [80 * 60_000, 110 * 60_000],
    ]);
    const told = await t.deps.db.selectFrom('notification').select(['organisation_id', 'aggregate_id', 'body']).where('kind', '=', 'defence_slot.scheduled').execute();
    expect(told).toHaveLength(3);
    const toA = told.filter((row) => row.organisation_id === cast.orgs.leadA);
    expect(toA).toEqual([{ organisation_id: cast.orgs.leadA, aggregate_id: bids.A, body: expect.stringContaining(titles.A) }]);
    expect(toA[0]!.body).not.toContain(titles.B);
    expect(await t.deps.db.selectFrom('audit_event').select('type').where('type', '=', 'defence_slot.scheduled').execute()).toHaveLength(3);
  });

  it('shows the bidder its own slot on its bid, and nobody else’s', async () => {
    const schedule = await as.officer!.expect(200, 'GET', `/api/panels/${panelId}/defences`);
    const own = await as.leadA!.expect(200, 'GET', `/api/bids/${bids.A}`);
    expect(own.defenceSlot).toEqual({ startsAt: slotOf(schedule, bids.A).startsAt, endsAt: slotOf(schedule, bids.A).endsAt, format: 'onsite', venue: '宁波市科技局 3 楼会议室', status: 'scheduled', note: '' });
    expect((await as.piA!.expect(200, 'GET', `/api/bids/${bids.A}`)).defenceSlot.startsAt).toBe(slotOf(schedule, bids.A).startsAt);
    expect((await as.leadA!.get(`/api/bids/${bids.B}`)).status).toBe(404);
    expect((await as.leadA!.get(`/api/panels/${panelId}/defences`)).status).toBe(404);
    // The panel's experts read the schedule, not the bid's own slot.
    expect((await as.expert1!.expect(200, 'GET', `/api/bids/${bids.A}`)).defenceSlot).toBeNull();
  });

  it('shows the schedule to the panel’s accepted experts only', async () => {
    const seen = await as.expert1!.expect(200, 'GET', `/api/panels/${panelId}/defences`);
    expect(seen).toMatchObject({ blind: false, actions: [], schedulableBids: [] });
    expect(seen.slots.map((slot: Slot) => [slot.sequence, slot.bidTitle, slot.actions])).toEqual([
      [1, titles.C, []],
      [2, titles.A, []],
      [3, titles.B, []],
    ]);
    expect(slotOf(seen, bids.A).leadOrgName).toBe('浙江大学宁波智能制造研究院');
    expect((await as.expert2!.get(`/api/panels/${panelId}/defences`)).body.error.rule).toBe('review.invitation_not_accepted');
    expect((await as.expertOutside!.get(`/api/panels/${panelId}/defences`)).status).toBe(404);
    const work = await as.expert2!.expect(200, 'GET', '/api/experts/me/assignments');
    expect(work.items[0].reviewPeriod).toEqual({ from: plan.startsAt, to: new Date(new Date(plan.startsAt).getTime() + 110 * 60_000).toISOString() });
  });

  it('in a blind programme shows experts “答辩单位 n” and no bidder name anywhere', async () => {
    await sql`update programme set policy = jsonb_set(policy, '{review,blindReview}', 'true') where id = ${cast.programmeId}`.execute(t.deps.db);
    const seen = await as.expert1!.expect(200, 'GET', `/api/panels/${panelId}/defences`);
    expect(seen.blind).toBe(true);
    expect(seen.slots.map((slot: Slot) => [slot.sequence, slot.bidTitle, slot.leadOrgName])).toEqual([
      [1, null, null],
      [2, null, null],
      [3, null, null],
    ]);
    const text = JSON.stringify(seen);
    for (const name of [...Object.values(titles), '浙江大学宁波智能制造研究院', '宁波视界智能装备有限公司', '杭州云眸科技有限公司', '中国科学院宁波材料技术与工程研究所']) expect(text).not.toContain(name);
    // The officer still sees who presents when.
    expect(slotOf(await as.officer!.expect(200, 'GET', `/api/panels/${panelId}/defences`), bids.A).bidTitle).toBe(titles.A);
    await sql`update programme set policy = jsonb_set(policy, '{review,blindReview}', 'false') where id = ${cast.programmeId}`.execute(t.deps.db);
  });

  it('in a blind programme refuses a venue or note naming a party of any bid of the challenge (409, each field named), saving nothing', async () => {
    const blind = (on: boolean) => sql`update programme set policy = jsonb_set(policy, '{review,blindReview}', ${on ? 'true' : 'false'}::jsonb) where id = ${cast.programmeId}`.execute(t.deps.db);
    await blind(true);
    const before = await as.officer!.expect(200, 'GET', `/api/panels/${panelId}/defences`);
    const [slotC, slotA, slotB] = before.slots as Slot[];
    const refusal = (response: { status: number; body: { error: { rule?: string; issues: { path: string }[] } } }) => [response.status, response.body.error.rule, ...response.body.error.issues.map((issue) => issue.path)];
    const refused = (path: string) => [409, 'defence.identity_in_blind_text', path];
    // The slot's own bid: A's member unit in the plan, C's PI on C's slot, B's lead (full-width and spaced as typed) on B's.
    expect(refusal(await as.officer!.post(`/api/panels/${panelId}/defences`, { ...plan, venue: '中国科学院宁波材料技术与工程研究所 2 号楼' }))).toEqual(refused('body.venue'));
    expect(refusal(await as.officer!.patch(`/api/defence-slots/${slotC!.id}`, { venue: '郑博士实验室', version: slotC!.version }))).toEqual(refused('body.venue'));
    const noted = await as.officer!.post(`/api/defence-slots/${slotB!.id}/outcome`, { outcome: 'cancelled', note: '宁波视界 智能装备有限公司申请改期', version: slotB!.version });
    expect(refusal(noted)).toEqual(refused('body.note'));
    expect(noted.body.error.issues[0].message).toContain('宁波视界智能装备有限公司');
    // Another bid's: the experts read every slot, so A's slot may not name B's lead or C's PI either.
    expect(refusal(await as.officer!.post(`/api/defence-slots/${slotA!.id}/outcome`, { outcome: 'cancelled', note: '宁波视界智能装备有限公司申请与A交换顺序', version: slotA!.version }))).toEqual(refused('body.note'));
    expect(refusal(await as.officer!.patch(`/api/defence-slots/${slotA!.id}`, { venue: '郑博士实验室', version: slotA!.version }))).toEqual(refused('body.venue'));
    // A plan for A alone names no bid it plans, but B's PI, whose bid the experts have read: refused all the same.
    expect(refusal(await as.officer!.post(`/api/panels/${panelId}/defences`, { ...plan, venue: '孙总工办公室', bidIds: [bids.A] }))).toEqual(refused('body.venue'));
    // So is a bid no longer in the round: withdrawn after the experts read it.
    await createBidRow(t.deps, { challengeId: before.challengeId, leadOrgId: cast.orgs.member2, piUserId: cast.users.member1, createdBy: cast.users.member1, status: 'withdrawn' });
    expect(refusal(await as.officer!.patch(`/api/defence-slots/${slotA!.id}`, { venue: '宁波工程学院 2 号楼', version: slotA!.version }))).toEqual(refused('body.venue'));
    const after = await as.officer!.expect(200, 'GET', `/api/panels/${panelId}/defences`);
    expect(after.slots.map((slot: Slot) => [slot.id, slot.status, slot.venue, slot.note, slot.version])).toEqual(
      before.slots.map((slot: Slot) => [slot.id, slot.status, slot.venue, slot.note, slot.version]),
    );

    // Notes written before they were so checked: the experts get those naming nobody, not one naming its own bid's
    // lead, nor one naming another bid's, nor a withdrawn bid's unit. A draft's lead is no bidder the experts know.
    await createBidRow(t.deps, { challengeId: before.challengeId, leadOrgId: cast.orgs.demander, piUserId: cast.users.officer, createdBy: cast.users.officer, status: 'draft' });
    const note = (slot: Slot, text: string) => t.deps.db.updateTable('defence_slot').set({ note: text }).where('id', '=', slot.id).execute();
    await note(slotA!, '浙江大学宁波智能制造研究院团队请提前到场');
    await note(slotB!, '请提前 15 分钟到场');
    await note(slotC!, '宁波视界智能装备有限公司申请与本场交换顺序');
    const seen = await as.expert1!.expect(200, 'GET', `/api/panels/${panelId}/defences`);
    expect(seen.slots.map((slot: Slot) => [slot.note, slot.venue])).toEqual([
      ['', plan.venue],
      ['', plan.venue],
      ['请提前 15 分钟到场', plan.venue],
    ]);
    await note(slotB!, '宁波工程学院老师列席');
    await note(slotC!, '宁波甬创汽车零部件有限公司代表列席');
    expect((await as.expert1!.expect(200, 'GET', `/api/panels/${panelId}/defences`)).slots.map((slot: Slot) => slot.note)).toEqual(['宁波甬创汽车零部件有限公司代表列席', '', '']);
    expect(slotOf(await as.officer!.expect(200, 'GET', `/api/panels/${panelId}/defences`), bids.A).note).toBe('浙江大学宁波智能制造研究院团队请提前到场');
    await blind(false);
    expect(slotOf(await as.expert1!.expect(200, 'GET', `/api/panels/${panelId}/defences`), bids.A).note).toBe('浙江大学宁波智能制造研究院团队请提前到场');
    await t.deps.db.updateTable('defence_slot').set({ note: '' }).where('panel_id', '=', panelId).execute();
  });

  it('refuses a non-officer (403), a forming panel (409) and bad input naming the field (400)', async () => {
    expect((await as.expert1!.post(`/api/panels/${panelId}/defences`, plan)).status).toBe(403);
    const byBidder = await as.leadA!.post(`/api/panels/${panelId}/defences`, plan);
    expect(byBidder.status).toBe(403);
    expect(byBidder.body.error.rule).toBe('review_panel.manage_defences');
    const slot = slotOf(await as.officer!.expect(200, 'GET', `/api/panels/${panelId}/defences`), bids.A);
    expect((await as.expert1!.patch(`/api/defence-slots/${slot.id}`, { venue: '线上' })).status).toBe(403);
    expect((await as.leadA!.post(`/api/defence-slots/${slot.id}/outcome`, { outcome: 'held' })).status).toBe(403);

    const formingChallenge = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status: 'under_review' });
    await createBidRow(t.deps, { challengeId: formingChallenge, leadOrgId: cast.orgs.leadB, piUserId: cast.users.piB, createdBy: cast.users.leadB });
    const forming = await createPanelRow(t.deps, { challengeId: formingChallenge, createdBy: cast.users.officer, status: 'forming', experts: [] });
    expect((await as.officer!.post(`/api/panels/${forming}/defences`, plan)).body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'defence.panel_forming' });

    const path = async (body: unknown) => (await as.officer!.post(`/api/panels/${panelId}/defences`, body)).body.error.issues[0].path;
    expect(await path({ ...plan, startsAt: new Date(t.clock.now().getTime() - HOUR_MS).toISOString() })).toBe('body.startsAt');
    expect(await path({ ...plan, minutesEach: 5 })).toBe('body.minutesEach');
    expect(await path({ ...plan, gapMinutes: 90 })).toBe('body.gapMinutes');
    expect(await path({ ...plan, venue: '' })).toBe('body.venue');
    expect(await path({ ...plan, bidIds: [bids.A, t.deps.newId()] })).toBe('body.bidIds.1');
  });

  it('moves a slot with its version, never onto another, and tells the bidder', async () => {
    const schedule = await as.officer!.expect(200, 'GET', `/api/panels/${panelId}/defences`);
    const slotB = slotOf(schedule, bids.B);
    const clash = await as.officer!.patch(`/api/defence-slots/${slotB.id}`, { startsAt: slotOf(schedule, bids.A).startsAt, version: slotB.version });
    expect(clash.status).toBe(409);
    expect(clash.body.error).toMatchObject({ rule: 'defence.slot_overlap', details: { slotId: slotOf(schedule, bids.A).id } });
    const later = new Date(new Date(slotB.startsAt).getTime() + 2 * HOUR_MS).toISOString();
    const moved = await as.officer!.expect(200, 'PATCH', `/api/defence-slots/${slotB.id}`, { startsAt: later, minutes: 45, format: 'online', venue: '腾讯会议 123-456-789', version: slotB.version });
    expect(moved).toMatchObject({ startsAt: later, endsAt: new Date(new Date(later).getTime() + 45 * 60_000).toISOString(), format: 'online', version: slotB.version + 1 });
    expect(moved.timeline.map((entry: { type: string }) => entry.type)).toEqual(['defence_slot.scheduled', 'defence_slot.updated']);
    const stale = await as.officer!.patch(`/api/defence-slots/${slotB.id}`, { venue: '腾讯会议 000', version: slotB.version });
    expect(stale.body.error.code).toBe('STALE_VERSION');
    expect((await as.officer!.patch(`/api/defence-slots/${slotB.id}`, {})).body.error.issues[0].path).toBe('body');
    const told = await t.deps.db.selectFrom('notification').select('organisation_id').where('kind', '=', 'defence_slot.updated').execute();
    expect(told).toEqual([{ organisation_id: cast.orgs.leadB }]);
  });

  it('records held or absent once the time came, cancelled any time, and a new plan replaces only what was not held', async () => {
    const schedule = await as.officer!.expect(200, 'GET', `/api/panels/${panelId}/defences`);
    const [first, second, third] = schedule.slots as Slot[];
    const early = await as.officer!.post(`/api/defence-slots/${first!.id}/outcome`, { outcome: 'held' });
    expect(early.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'defence.not_started' });
    expect((await as.officer!.post(`/api/defence-slots/${first!.id}/outcome`, { outcome: 'done' })).body.error.issues[0].path).toBe('body.outcome');
    const cancelled = await as.officer!.expect(200, 'POST', `/api/defence-slots/${third!.id}/outcome`, { outcome: 'cancelled', note: '揭榜单位申请改期' });
    expect(cancelled).toMatchObject({ status: 'cancelled', note: '揭榜单位申请改期', actions: [] });

    t.clock.set(new Date(new Date(second!.endsAt).getTime() + HOUR_MS));
    await signInAll();
    expect(await as.officer!.expect(200, 'POST', `/api/defence-slots/${first!.id}/outcome`, { outcome: 'held', note: '答辩顺利' })).toMatchObject({ status: 'held', actions: [] });
    expect((await as.officer!.expect(200, 'POST', `/api/defence-slots/${second!.id}/outcome`, { outcome: 'absent' })).status).toBe('absent');
    expect((await as.officer!.post(`/api/defence-slots/${first!.id}/outcome`, { outcome: 'cancelled' })).body.error.code).toBe('FORBIDDEN_TRANSITION');
    expect([first!.bidId, second!.bidId, third!.bidId]).toEqual([bids.C, bids.A, bids.B]);
    expect((await as.leadA!.expect(200, 'GET', `/api/bids/${bids.A}`)).defenceSlot.status).toBe('absent');

    // Replanning hears only the bid whose defence was cancelled; the held and absent ones keep their slots.
    expect((await as.officer!.post(`/api/panels/${panelId}/defences`, { ...plan, startsAt: new Date(t.clock.now().getTime() + 24 * HOUR_MS).toISOString(), bidIds: [first!.bidId] })).body.error.issues[0].path).toBe('body.bidIds.0');
    const replanned = await as.officer!.expect(200, 'POST', `/api/panels/${panelId}/defences`, { ...plan, startsAt: new Date(t.clock.now().getTime() + 24 * HOUR_MS).toISOString() });
    expect(replanned.slots.map((slot: Slot) => [slot.bidId, slot.status])).toEqual([
      [first!.bidId, 'held'],
      [second!.bidId, 'absent'],
      [third!.bidId, 'scheduled'],
    ]);
    const event = await t.deps.db.selectFrom('audit_event').select('payload').where('type', '=', 'review_panel.defences_scheduled').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ replacedSlotIds: [third!.id] });
  });
});
