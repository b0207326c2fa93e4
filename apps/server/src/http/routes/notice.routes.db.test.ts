import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createBidRow, createEvaluationCast, createPublishedChallenge, openTestApp, type EvaluationCast, type TestApp } from '@jiebang/test-kit';
import { latestClosedNotice } from '../../repositories/notice.repository.ts';

/** 公示 with alternates (候补), and the award resting on the latest notice. Bids are inserted already shortlisted. */
describe('public notices: alternates and the notice an award rests on', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  const anonymous = () => new ApiClient(t.app);
  const signIn = async () => {
    for (const key of ['officer', 'leadA'] as const) as[key] = await ApiClient.signIn(t.app, cast.username(key));
  };

  /** A challenge under review with one shortlisted bid per given lead, ranked in that order (1, 2, …). */
  async function shortlistedChallenge(leadOrgIds: string[]) {
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, status: 'under_review', title: '压铸件内部缺陷 X 射线智能判读' });
    const bidIds: string[] = [];
    for (const [index, leadOrgId] of leadOrgIds.entries()) {
      bidIds.push(await createBidRow(t.deps, { challengeId, leadOrgId, piUserId: cast.users.piA, createdBy: cast.users.leadA, status: 'shortlisted', rank: index + 1, totalScore: 90 - index, memberOrgIds: index === 1 ? [cast.orgs.member2] : [] }));
    }
    return { challengeId, bidIds };
  }
  const noticeBody = (proposedBidIds: string[], alternateBidIds?: unknown[]) => ({ title: '拟揭榜单位及候补单位公示', body: '经专家评审，现将拟揭榜单位及候补单位予以公示。', proposedBidIds, ...(alternateBidIds ? { alternateBidIds } : {}) });
  const statusOf = async (bidId: string) => (await t.deps.db.selectFrom('bid').select('status').where('id', '=', bidId).executeTakeFirstOrThrow()).status;

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps, { prefix: 'nt-' });
    await signIn();
  });
  afterAll(() => t.close());

  it('names alternates ranked below the winners, shows them like the winners, takes objections to them, and awards only the winners', async () => {
    const { challengeId, bidIds } = await shortlistedChallenge([cast.orgs.leadA, cast.orgs.leadB, cast.orgs.leadC, cast.orgs.member1]);
    const [first, second, third, fourth] = bidIds as [string, string, string, string];
    const pathOf = async (body: unknown) => {
      const refused = await as.officer!.post(`/api/challenges/${challengeId}/notices`, body);
      expect(refused.status).toBe(400);
      return refused.body.error.issues[0].path;
    };
    expect(await pathOf(noticeBody([second], [first]))).toBe('body.alternateBidIds.0');
    expect(await pathOf(noticeBody([first], [fourth, third]))).toBe('body.alternateBidIds.1');
    expect(await pathOf(noticeBody([first], [first]))).toBe('body.alternateBidIds.0');
    expect(await pathOf(noticeBody([first], [second, t.deps.newId()]))).toBe('body.alternateBidIds.1');
    expect(await pathOf(noticeBody([first], ['候补']))).toBe('body.alternateBidIds.0');
    expect((await as.leadA!.post(`/api/challenges/${challengeId}/notices`, noticeBody([first], [second]))).status).toBe(403);

    const notice = await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/notices`, noticeBody([first], [second, third]));
    expect(notice.proposedWinners.map((unit: { bidId: string }) => unit.bidId)).toEqual([first]);
    expect(notice.alternates).toEqual([
      { bidId: second, bidTitle: expect.any(String), rank: 2, leadOrgName: '宁波视界智能装备有限公司', memberOrgNames: ['宁波工程学院'] },
      { bidId: third, bidTitle: expect.any(String), rank: 3, leadOrgName: '杭州云眸科技有限公司', memberOrgNames: [] },
    ]);
    const board = await anonymous().expect(200, 'GET', '/api/notices');
    const listed = board.items.find((item: { id: string }) => item.id === notice.id);
    expect(listed.alternates.map((unit: { bidId: string }) => unit.bidId)).toEqual([second, third]);
    expect(JSON.stringify(listed)).not.toMatch(/周教授|王处长/);
    const told = await t.deps.db.selectFrom('notification').select('organisation_id').where('kind', '=', 'public_notice.alternate').where('aggregate_id', '=', notice.id).execute();
    expect(told.map((row) => row.organisation_id).sort()).toEqual([cast.orgs.leadB, cast.orgs.leadC].sort());

    // The public may object to an alternate (it could replace a winner), not to a bid the notice does not name.
    const objection = await anonymous().expect(201, 'POST', `/api/notices/${notice.id}/objections`, { objectorName: '宁波某检测公司', objectorContact: '13900000000', reason: '候补单位的示范产线尚未建成。', bidId: second });
    expect(objection.bidId).toBe(second);
    const unnamed = await anonymous().post(`/api/notices/${notice.id}/objections`, { objectorName: '张三', objectorContact: 'zs@example.com', reason: '异议', bidId: fourth });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.issues[0].path).toBe('body.bidId');
    await as.officer!.expect(200, 'POST', `/api/objections/${objection.id}/rule`, { decision: 'uphold', ruling: '经核查，异议属实。' });

    t.clock.advanceDays(7);
    await signIn();
    await as.officer!.expect(200, 'POST', `/api/notices/${notice.id}/close`, {});
    const stored = await latestClosedNotice(t.deps.db, challengeId);
    expect(stored).toMatchObject({ id: notice.id, status: 'closed', alternate_bid_ids: [second, third] });

    const award = await as.officer!.expect(200, 'POST', `/api/challenges/${challengeId}/award`, {});
    expect(award.awards.map((entry: { bidId: string }) => entry.bidId)).toEqual([first]);
    // Alternates are not awarded and not rejected, even with an upheld objection: the fallback decides on them.
    expect([await statusOf(first), await statusOf(second), await statusOf(third), await statusOf(fourth)]).toEqual(['selected', 'shortlisted', 'shortlisted', 'shortlisted']);
  });

  it('awards on the latest notice: refused without one, and while a newer one is open; offered only once it closed', async () => {
    const { challengeId, bidIds } = await shortlistedChallenge([cast.orgs.leadA, cast.orgs.leadB]);
    const [first, second] = bidIds as [string, string];
    const actions = async () => (await as.officer!.expect(200, 'GET', `/api/challenges/${challengeId}`)).actions;

    expect(await actions()).toEqual(['declare_no_award', 'cancel']);
    const none = await as.officer!.post(`/api/challenges/${challengeId}/award`, {});
    expect(none.status).toBe(409);
    expect(none.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'award.notice_required' });

    const older = await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/notices`, noticeBody([first]));
    expect(await actions()).toEqual(['declare_no_award', 'cancel']);
    t.clock.advanceDays(7);
    await signIn();
    await as.officer!.expect(200, 'POST', `/api/notices/${older.id}/close`, {});
    expect(await actions()).toEqual(['award', 'declare_no_award', 'cancel']);

    // The office changes its proposal: the newer notice must run its full period before any award.
    const newer = await as.officer!.expect(201, 'POST', `/api/challenges/${challengeId}/notices`, noticeBody([second]));
    expect(await actions()).toEqual(['declare_no_award', 'cancel']);
    const whileOpen = await as.officer!.post(`/api/challenges/${challengeId}/award`, {});
    expect(whileOpen.status).toBe(409);
    expect(whileOpen.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'award.notice_open' });
    expect(await statusOf(first)).toBe('shortlisted');

    t.clock.advanceDays(7);
    await signIn();
    await as.officer!.expect(200, 'POST', `/api/notices/${newer.id}/close`, {});
    expect((await latestClosedNotice(t.deps.db, challengeId))?.id).toBe(newer.id);
    const award = await as.officer!.expect(200, 'POST', `/api/challenges/${challengeId}/award`, {});
    expect(award.awards.map((entry: { bidId: string }) => entry.bidId)).toEqual([second]);
    const event = await t.deps.db.selectFrom('audit_event').select('payload').where('aggregate_id', '=', challengeId).where('type', '=', 'challenge.award').executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ noticeId: newer.id, winnerBidIds: [second] });
  });
});
