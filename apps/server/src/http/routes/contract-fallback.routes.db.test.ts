import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createAwardedBidCase, openTestApp, type AwardedBidCase, type TestApp } from '@jiebang/test-kit';

describe('contracts API: failed negotiation falls back to the best-ranked public-notice alternate', () => {
  let t: TestApp;
  let c: AwardedBidCase;
  let officer: ApiClient;
  let pi: ApiClient;

  beforeAll(async () => {
    t = await openTestApp();
    c = await createAwardedBidCase(t.deps, { preset: 'ningbo_rd_input', withRunnerUp: true });
    officer = await ApiClient.signIn(t.app, c.users.officer.username);
    pi = await ApiClient.signIn(t.app, c.users.pi.username);
  });
  afterAll(() => t.close());

  it('selects and awards the rank-2 bid, then reports that no bid is left', async () => {
    const contract = await officer.expect(201, 'POST', `/api/awards/${c.awardId}/contract`, {});
    const noReason = await officer.post(`/api/contracts/${contract.id}/fail-negotiation`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0].path).toBe('body.reason');
    expect((await pi.post(`/api/contracts/${contract.id}/fail-negotiation`, { reason: '自认失败' })).status).toBe(403);

    const failed = await officer.expect(200, 'POST', `/api/contracts/${contract.id}/fail-negotiation`, { reason: '双方就知识产权归属未能达成一致。' });
    expect(failed.contract).toMatchObject({ status: 'negotiation_failed', actions: [] });
    expect(failed.contract.timeline.at(-1)).toMatchObject({ type: 'contract.fail_negotiation', payload: expect.objectContaining({ reason: '双方就知识产权归属未能达成一致。' }) });
    expect(failed.fallbackAward).toMatchObject({ bidId: c.runnerUp?.bidId, leadOrgId: c.runnerUp?.leadOrgId, rank: 2, leadOrgName: expect.stringContaining('递补单位') });
    expect(failed.fallbackReason).toBeNull();

    const awards = await t.deps.db.selectFrom('award').select(['id', 'bid_id', 'status', 'rank']).where('challenge_id', '=', c.challengeId).orderBy('rank').execute();
    expect(awards.map((award) => [award.bid_id, award.status, award.rank])).toEqual([
      [c.bidId, 'negotiation_failed', 1],
      [c.runnerUp?.bidId, 'awarded', 2],
    ]);
    const runnerBid = await t.deps.db.selectFrom('bid').select('status').where('id', '=', c.runnerUp!.bidId).executeTakeFirstOrThrow();
    expect(runnerBid.status).toBe('selected');
    const notice = await t.deps.db.selectFrom('notification').select('kind').where('organisation_id', '=', c.runnerUp!.leadOrgId).execute();
    expect(notice.map((row) => row.kind)).toEqual(['award.fallback']);

    const dead = await officer.post(`/api/awards/${c.awardId}/contract`, {});
    expect(dead.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'award.not_awarded' });
    const again = await officer.post(`/api/contracts/${contract.id}/fail-negotiation`, { reason: '重复' });
    expect(again.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'contract.fail_negotiation' });

    const second = await officer.expect(201, 'POST', `/api/awards/${failed.fallbackAward.awardId}/contract`, {});
    expect(second).toMatchObject({ status: 'negotiation', leadOrgId: c.runnerUp?.leadOrgId, piUserId: c.runnerUp?.pi.id });
    const none = await officer.expect(200, 'POST', `/api/contracts/${second.id}/fail-negotiation`, { reason: '递补单位放弃。' });
    expect(none).toMatchObject({ fallbackAward: null, fallbackReason: 'alternates_exhausted' });
    expect(none.contract.timeline.at(-1)).toMatchObject({ type: 'contract.fail_negotiation', payload: expect.objectContaining({ fallbackBidId: null, fallbackReason: 'alternates_exhausted', noticeId: c.noticeId }) });
  });

  const failAndFallBack = async (k: AwardedBidCase) => {
    const kOfficer = await ApiClient.signIn(t.app, k.users.officer.username);
    const contract = await kOfficer.expect(201, 'POST', `/api/awards/${k.awardId}/contract`, {});
    return { officer: kOfficer, result: await kOfficer.expect(200, 'POST', `/api/contracts/${contract.id}/fail-negotiation`, { reason: '洽谈未果。' }) };
  };
  const awardsOf = (challengeId: string) => t.deps.db.selectFrom('award').select(['bid_id', 'status', 'rank']).where('challenge_id', '=', challengeId).orderBy('rank').execute();

  it('does not fall back to a shortlisted bid the public notice did not name as an alternate', async () => {
    const k = await createAwardedBidCase(t.deps, { preset: 'ningbo_rd_input', tenantId: c.tenantId, withRunnerUp: true, alternateRanks: [] });
    const { result } = await failAndFallBack(k);
    expect(result).toMatchObject({ fallbackAward: null, fallbackReason: 'no_alternates', contract: { status: 'negotiation_failed' } });
    expect((await awardsOf(k.challengeId)).map((award) => [award.bid_id, award.status])).toEqual([[k.bidId, 'negotiation_failed']]);
    const runner = await t.deps.db.selectFrom('bid').select('status').where('id', '=', k.runnerUp!.bidId).executeTakeFirstOrThrow();
    expect(runner.status).toBe('shortlisted');
    expect(await t.deps.db.selectFrom('notification').select('id').where('organisation_id', '=', k.runnerUp!.leadOrgId).execute()).toEqual([]);
  });

  it('skips to the best-ranked alternate: past a shortlisted bid never named, and past one struck by an upheld objection', async () => {
    const k = await createAwardedBidCase(t.deps, { preset: 'ningbo_rd_input', tenantId: c.tenantId, runnersUp: 3, alternateRanks: [3, 4] });
    const [, rank3, rank4] = k.runnersUp;
    await t.deps.db
      .insertInto('objection')
      .values({ id: t.deps.newId(), tenant_id: k.tenantId, notice_id: k.noticeId, bid_id: rank3!.bidId, objector_name: '张三', objector_contact: '13800000000', reason: '业绩材料不实', status: 'upheld', ruling: '异议成立' })
      .execute();
    const { result } = await failAndFallBack(k);
    expect(result).toMatchObject({ fallbackAward: { bidId: rank4!.bidId, rank: 4 }, fallbackReason: null });

    const none = await createAwardedBidCase(t.deps, { preset: 'ningbo_rd_input', tenantId: c.tenantId, withRunnerUp: true });
    await t.deps.db.updateTable('public_notice').set({ status: 'withdrawn' }).where('id', '=', none.noticeId).execute();
    expect((await failAndFallBack(none)).result).toMatchObject({ fallbackAward: null, fallbackReason: 'no_closed_notice' });
  });

  it('serialises two failed negotiations of one challenge (赛马制): each falls back to a different alternate', async () => {
    const k = await createAwardedBidCase(t.deps, { preset: 'ningbo_rd_input', tenantId: c.tenantId, winners: 2, runnersUp: 2 });
    const [first, second] = [await ApiClient.signIn(t.app, k.users.officer.username), await ApiClient.signIn(t.app, k.users.officer.username)];
    const contractA = await first.expect(201, 'POST', `/api/awards/${k.awardId}/contract`, {});
    const contractB = await first.expect(201, 'POST', `/api/awards/${k.otherWinners[0]!.awardId}/contract`, {});
    const failBoth = () =>
      Promise.all([first.post(`/api/contracts/${contractA.id}/fail-negotiation`, { reason: '甲方洽谈未果。' }), second.post(`/api/contracts/${contractB.id}/fail-negotiation`, { reason: '乙方洽谈未果。' })]);

    let results: Awaited<ReturnType<typeof failBoth>>;
    if (t.kind === 'postgres') {
      // Make the overlap certain: hold the first alternate's row until BOTH requests are queued behind it
      // (directly or behind each other), so each is mid-transaction before either has chosen its fallback.
      results = await withRowHeld(k.runnersUp[0]!.bidId, failBoth);
    } else {
      results = await failBoth(); // PGlite has one connection: the transactions cannot overlap.
    }
    expect(results.map((result) => result.status)).toEqual([200, 200]);
    const fallbackBids = results.map((result) => result.body.fallbackAward?.bidId);
    expect([...fallbackBids].sort()).toEqual(k.runnersUp.map((bid) => bid.bidId).sort());
    const awards = await awardsOf(k.challengeId);
    expect(awards.filter((award) => award.status === 'awarded').map((award) => award.bid_id).sort()).toEqual(k.runnersUp.map((bid) => bid.bidId).sort());
    expect(new Set(awards.map((award) => award.rank)).size).toBe(awards.length);
  });

  /** Runs `work` while another transaction holds a lock on the bid row; releases it once two sessions wait on it (PostgreSQL only). */
  async function withRowHeld<T>(bidId: string, work: () => Promise<T>): Promise<T> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let signalHeld!: (pid: number) => void;
    const held = new Promise<number>((resolve) => (signalHeld = resolve));
    const holder = t.deps.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
      await trx.selectFrom('bid').select('id').where('id', '=', bidId).forUpdate().execute();
      signalHeld(rows[0]!.pid);
      await released;
    });
    const holderPid = await held;
    const pending = work();
    try {
      // Polls the server's lock table (no business time involved): bounded, so a request that never blocks fails the test.
      for (let attempt = 0; ; attempt++) {
        const { rows } = await sql<{ n: number }>`
          with recursive waiting(pid) as (
            select pid from pg_stat_activity where ${holderPid}::int = any(pg_blocking_pids(pid))
            union
            select activity.pid from pg_stat_activity activity join waiting on waiting.pid = any(pg_blocking_pids(activity.pid))
          )
          select count(*)::int as n from waiting`.execute(t.deps.db);
        if ((rows[0]?.n ?? 0) >= 2) break;
        if (attempt > 500) throw new Error('the two requests never queued behind the held row');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      release();
      await holder;
    }
    return pending;
  }
});
