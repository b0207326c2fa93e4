import { describe, expect, it } from 'vitest';
import { setUpBrowserJourney } from './harness.ts';
import { openAssignmentPage, openReviewPage, overrideSeat, declineInvitation, replaceWithAlternate, replayRun, runAssignment, scheduleDefences, seatsOf, settleRun } from './steps/assignment-steps.ts';
import { acceptInvitation, closeScoring, openScoring, scoreBid, shortlistBids, type Scores } from './steps/evaluation-steps.ts';

/**
 * Journey (d): the programme officer runs the whole review of the demo scenario's round that waits for its experts
 * (宁波: 无序分拣视觉抓取 with three bids, 800 V 碳化硅电驱 — a major project — with two), in the browser:
 * a random draw (专家抽取) replayed from its recorded seed and discarded, the optimal assignment applied, an expert
 * declining for a conflict and an alternate (候补) taking the seat, a manual override with its reason, every
 * expert accepting with the self-declaration, scoring, ranking, 入围 and the defence schedule (答辩安排) the bidders
 * then see. The API and the database are read only to check what the server kept.
 */
describe('journey (d): the officer runs the review of the demo round from the assignment to the defence schedule', { timeout: 900_000 }, () => {
  const journey = setUpBrowserJourney({ scenario: 'demo' });
  const GRASP = '工业机器人无序分拣三维视觉引导抓取系统';
  const SIC = '800 V 碳化硅电驱控制器高功率密度设计';
  const QUOTAS = { 技术专家: 2, 产业专家: 1, 财务专家: 1, 法律专家: 0 };

  const db = () => journey.t.deps.db;
  const challengeNamed = (title: string) => db().selectFrom('challenge').select(['id', 'demander_org_id']).where('title', '=', title).executeTakeFirstOrThrow();
  const usernameOf = async (displayName: string) => (await db().selectFrom('app_user').select('username').where('display_name', '=', displayName).executeTakeFirstOrThrow()).username;
  /** The seats the server kept on a challenge's panel, by expert name. */
  const seatsKept = async (challengeId: string) =>
    db()
      .selectFrom('panel_member')
      .innerJoin('review_panel', 'review_panel.id', 'panel_member.panel_id')
      .innerJoin('app_user', 'app_user.id', 'panel_member.expert_user_id')
      .select(['app_user.display_name', 'app_user.organisation_id', 'panel_member.panel_role', 'panel_member.invitation_status', 'panel_member.source', 'panel_member.override_reason'])
      .where('review_panel.challenge_id', '=', challengeId)
      .execute();
  /** Every organisation on the challenge's bids, and its demander: none may have an expert on the panel (回避). */
  const partiesOf = async (challengeId: string, demanderOrgId: string | null) => {
    const members = await db().selectFrom('bid_member').innerJoin('bid', 'bid.id', 'bid_member.bid_id').select('bid_member.organisation_id').where('bid.challenge_id', '=', challengeId).execute();
    return new Set([...members.map((member) => member.organisation_id), ...(demanderOrgId ? [demanderOrgId] : [])]);
  };

  let programmeId = '';
  let graspId = '';
  const accepted: string[] = [];

  it('draws experts at random, replays the draw from its seed, discards it, then applies the optimal assignment', async () => {
    programmeId = (await db().selectFrom('programme').select('id').where('code', '=', 'NB-2026-JBGS').executeTakeFirstOrThrow()).id;
    const officer = await journey.pageForDemoUser('nb_owner', '/office');
    await openAssignmentPage(officer, journey.baseUrl, programmeId);

    const seed = await runAssignment(officer, { challengeTitles: [GRASP, SIC], mode: '随机抽取', quotas: QUOTAS });
    expect(seed, 'the draw records the seed it used').toMatch(/^\d+$/);
    await replayRun(officer);
    await settleRun(officer, 'discard');

    await runAssignment(officer, { challengeTitles: [GRASP, SIC], mode: '最优匹配', quotas: QUOTAS });
    const graspSeats = await seatsOf(officer, GRASP);
    const sicSeats = await seatsOf(officer, SIC);
    expect(graspSeats.map(([, role]) => role).sort()).toEqual(['产业专家', '技术专家', '技术专家', '财务专家'].sort());
    expect(sicSeats).toHaveLength(4);
    await replayRun(officer);
    await settleRun(officer, 'apply');

    const grasp = await challengeNamed(GRASP);
    graspId = grasp.id;
    for (const title of [GRASP, SIC]) {
      const challenge = await challengeNamed(title);
      const seats = await seatsKept(challenge.id);
      expect(seats.map((seat) => [seat.invitation_status, seat.source])).toEqual(Array(4).fill(['invited', 'solver']));
      const parties = await partiesOf(challenge.id, challenge.demander_org_id);
      for (const seat of seats) expect(parties.has(seat.organisation_id ?? ''), `${seat.display_name} must recuse from ${title}`).toBe(false);
    }
    // 重大项目: only major-pool experts sit on the 碳化硅 panel.
    const sic = await challengeNamed(SIC);
    const tiers = await db()
      .selectFrom('panel_member')
      .innerJoin('review_panel', 'review_panel.id', 'panel_member.panel_id')
      .innerJoin('expert_profile', 'expert_profile.user_id', 'panel_member.expert_user_id')
      .select('expert_profile.tier')
      .where('review_panel.challenge_id', '=', sic.id)
      .execute();
    expect(new Set(tiers.map((row) => row.tier))).toEqual(new Set(['major']));
  });

  it('an expert declines for a conflict, an alternate takes the seat, the officer overrides one seat with a reason, and everyone accepts', async () => {
    const seats = await seatsKept(graspId);
    const technical = seats.filter((seat) => seat.panel_role === 'technical');
    const decliner = technical[0]!.display_name;
    const declinerPage = await journey.pageForDemoUser(await usernameOf(decliner), '/expert');
    await declineInvitation(declinerPage, journey.baseUrl, GRASP, '本人近两年与其中一家揭榜单位有合作项目', true);

    const officer = await journey.pageForDemoUser('nb_owner', '/office');
    await openReviewPage(officer, journey.baseUrl, graspId);
    const alternate = await replaceWithAlternate(officer, decliner);
    expect(alternate).not.toBe(decliner);

    const finance = seats.find((seat) => seat.panel_role === 'finance')!.display_name;
    const pool = await db()
      .selectFrom('expert_profile')
      .innerJoin('app_user', 'app_user.id', 'expert_profile.user_id')
      .select('app_user.display_name')
      .where('expert_profile.panel_role', '=', 'finance')
      .where('expert_profile.status', '=', 'active')
      .where('app_user.display_name', '!=', finance)
      .orderBy('app_user.display_name')
      .execute();
    const parties = await partiesOf(graspId, (await challengeNamed(GRASP)).demander_org_id);
    let replacement = '';
    for (const candidate of pool) {
      const user = await db().selectFrom('app_user').select('organisation_id').where('display_name', '=', candidate.display_name).executeTakeFirstOrThrow();
      if (!parties.has(user.organisation_id ?? '')) {
        replacement = candidate.display_name;
        break;
      }
    }
    expect(replacement, 'a finance expert without a conflict').not.toBe('');
    const reason = '原财务专家评审期内出差，改请熟悉装备制造项目预算的专家';
    await overrideSeat(officer, finance, '财务专家', replacement, reason);

    const kept = await seatsKept(graspId);
    expect(kept.find((seat) => seat.display_name === decliner)?.invitation_status).toBe('declined');
    expect(kept.find((seat) => seat.display_name === alternate)).toMatchObject({ invitation_status: 'invited', source: 'alternate' });
    expect(kept.find((seat) => seat.display_name === finance)?.invitation_status).toBe('withdrawn');
    expect(kept.find((seat) => seat.display_name === replacement)).toMatchObject({ invitation_status: 'invited', source: 'manual', override_reason: reason });
    const overridden = await db().selectFrom('audit_event').select('payload').where('type', '=', 'review_panel.assignment_overridden').execute();
    expect(JSON.stringify(overridden.map((event) => event.payload))).toContain(reason);

    for (const seat of kept.filter((row) => row.invitation_status === 'invited')) {
      const expert = await journey.pageForDemoUser(await usernameOf(seat.display_name), '/expert');
      await acceptInvitation(expert, journey.baseUrl, GRASP);
      accepted.push(seat.display_name);
    }
    expect(accepted).toHaveLength(4);
  });

  it('scoring opens, the four experts score the three bids, the panel closes, ranks and shortlists, and the defences are scheduled', async () => {
    const officer = await journey.pageForDemoUser('nb_owner', '/office');
    await openScoring(officer, journey.baseUrl, graspId);

    const bids = await db().selectFrom('bid').select(['id', 'title']).where('challenge_id', '=', graspId).orderBy('submitted_at').execute();
    const sheets: Scores[] = [
      [88, 85, 86, 80],
      [84, 82, 83, 85],
      [80, 78, 84, 82],
    ];
    for (const [index, name] of accepted.entries()) {
      const expert = await journey.pageForDemoUser(await usernameOf(name), '/expert');
      for (const [bidIndex, bid] of bids.entries()) {
        const sheet = sheets[bidIndex]!.map((score) => score - index) as Scores;
        await scoreBid(expert, journey.baseUrl, bid.id, sheet, `${name}对「${bid.title}」的评审意见：技术路线清晰，指标承诺可考核。`);
      }
    }

    const ranking = await closeScoring(officer, journey.baseUrl, graspId);
    expect(ranking.map(([rank, title]) => [rank, title])).toEqual(bids.map((bid, index) => [String(index + 1), bid.title]));
    await shortlistBids(officer, journey.baseUrl, graspId, bids.map((bid) => bid.title));

    const tomorrow = new Date(journey.t.deps.now().getTime() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    const slots = await scheduleDefences(officer, { startsAt: `${tomorrow} 09:00`, minutesEach: 30, gapMinutes: 10, format: '线上路演', venue: '腾讯会议 612-338-905' }, bids.length);
    expect(slots.map((row) => row.find((cell) => /\d{2}:\d{2}/.test(cell)) ?? '')).toEqual([expect.stringContaining('09:00'), expect.stringContaining('09:40'), expect.stringContaining('10:20')]);

    // The Donghai bidder sees its own slot on its bid's page.
    const donghaiBid = bids.find((bid) => bid.title.startsWith('基于结构光'))!;
    const bidder = await journey.pageForDemoUser('donghai_bidder', `/bidder/bids/${donghaiBid.id}`);
    const card = bidder.locator('.ant-card').filter({ hasText: '答辩安排' }).first();
    await card.getByText('腾讯会议 612-338-905').waitFor();
    await card.getByText('线上路演').first().waitFor();
  });
});
