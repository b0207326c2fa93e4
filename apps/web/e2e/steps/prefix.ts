import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openProgramme } from '../../../server/test/journeys/lifecycle-steps.ts';
import { signIn, USERNAMES, type BrowserJourney, type Person } from '../harness.ts';
import { draftBidAsLead, ningboBid, signPledgeAsPi, submitBidAsLead } from './bid-steps.ts';
import { approveAndPublishChallenge, beijingDay, buildChallenge, checkBidEligibility, closeBiddingAndStartReview, ningboChallenge } from './challenge-steps.ts';
import { acceptInvitation, awardChallenge, closeNotice, closeScoring, formPanel, openScoring, publishNotice, scoreBid, shortlistBids, type PanelMemberInput, type Scores } from './evaluation-steps.ts';
import { draftAndSubmitNeed, ningboNeed, vetNeed } from './need-steps.ts';

/**
 * The journeys' shared beginning, through the pages: one person per browser context, kept across stages and signed
 * in again after the clock jumps (a jump ends every session).
 */
export interface People {
  /** `person`'s page, signed in (again, after a jump) and left on `next` when it had to sign in. */
  page(person: Person, next?: string): Promise<Page>;
  /** Moves the server's clock; every page is parked and signs in again when next used; the API clients too. */
  jumpDays(days: number): Promise<void>;
}

const registry = new WeakMap<BrowserJourney, People>();

export function peopleOf(journey: BrowserJourney): People {
  const known = registry.get(journey);
  if (known) return known;
  const pages = new Map<Person, Page>();
  const stale = new Set<Person>();
  const people: People = {
    async page(person, next = '/hall') {
      const page = pages.get(person);
      if (!page) {
        const fresh = await journey.pageFor(person, next);
        pages.set(person, fresh);
        return fresh;
      }
      if (stale.delete(person)) await signIn(page, journey.baseUrl, USERNAMES[person], next);
      return page;
    },
    async jumpDays(days) {
      // Parked first, so that no page asks the server anything with a session the jump is about to end.
      for (const [person, page] of pages) {
        await page.goto('about:blank');
        stale.add(person);
      }
      journey.advanceDays(days);
      await journey.cast.signInEveryone();
    },
  };
  registry.set(journey, people);
  return people;
}

/** The journeys' panel: a technical, an industry and a finance expert of the cast. */
export const CAST_PANEL: PanelMemberInput[] = [
  { name: '刘教授', role: '技术专家' },
  { name: '黄高工', role: '产业专家' },
  { name: '林会计师', role: '财务专家' },
];
const EXPERTS = ['expert1', 'expert2', 'expert3'] as const;

export interface RunToAwardOptions {
  /** The need's and the challenge's title. */
  title: string;
  /** An active programme to use; otherwise the Ningbo programme is opened (starting data, through the API). */
  programmeId?: string;
  programmeCode?: string;
  bidTitle?: string;
  /** One sheet per expert of CAST_PANEL (the API journeys' awardSingleBid scores by default). */
  scores?: [Scores, Scores, Scores];
}

export interface RunToAwardResult {
  programmeId: string;
  needId: string;
  challengeId: string;
  bidId: string;
  awardId: string;
}

/**
 * The single-bid path of the API journeys' `awardSingleBid`, through the UI: the demander's need is pooled, the
 * officer builds and publishes the challenge, lead A bids with its PI's pledge, bidding closes after the deadline,
 * the bid passes the formal check, the cast's three experts accept their invitation and score it, it is
 * shortlisted, noticed for the programme's period and awarded. Moves the clock 31 + 8 days.
 */
export async function runToAward(journey: BrowserJourney, options: RunToAwardOptions): Promise<RunToAwardResult> {
  const { baseUrl, cast } = journey;
  const people = peopleOf(journey);
  const bidTitle = options.bidTitle ?? '铸件缺陷多光谱在线检测系统研制与产线示范';
  const programmeId = options.programmeId ?? (await openProgramme(cast, options.programmeCode));

  const { needId, challengeId, bidId, status } = await runToFormalCheck(journey, programmeId, { needTitle: options.title, title: options.title, bidTitle });
  expect(status).toBe('评审中');
  const officer = await people.page('owner', '/office');

  await formPanel(officer, baseUrl, challengeId, CAST_PANEL);
  for (const expert of EXPERTS) await acceptInvitation(await people.page(expert, '/expert'), baseUrl, options.title);
  await openScoring(officer, baseUrl, challengeId);
  const scores = options.scores ?? [[85, 80, 82, 78], [80, 82, 85, 80], [82, 84, 80, 86]];
  for (const [index, expert] of EXPERTS.entries()) {
    await scoreBid(await people.page(expert, '/expert'), baseUrl, bidId, scores[index]!, '技术路线清晰，指标承诺可信。');
  }
  await closeScoring(officer, baseUrl, challengeId);
  await shortlistBids(officer, baseUrl, challengeId, [bidTitle]);

  const noticeTitle = `关于“${options.title}”拟揭榜单位的公示`;
  await publishNotice(officer, baseUrl, challengeId, { title: noticeTitle, body: '经形式审查、专家评审，拟确定以下单位为揭榜单位，现予公示。公示期内如有异议，请实名提出。', winners: [bidTitle] });
  await people.jumpDays(8);
  const again = await people.page('owner', '/office');
  await closeNotice(again, baseUrl, challengeId, noticeTitle);
  await awardChallenge(again, baseUrl, challengeId, ['浙江大学宁波智能制造研究院']);

  const awards = await cast.as.owner.expect(200, 'GET', `/api/challenges/${challengeId}/awards`);
  expect(awards.items).toEqual([expect.objectContaining({ bidId, status: 'awarded' })]);
  return { programmeId, needId, challengeId, bidId, awardId: awards.items[0].id as string };
}

export interface FormalCheckPlan {
  needTitle: string;
  title: string;
  bidTitle: string;
}

/**
 * From a need to the formal check of one bid, through the pages: the demander's need is pooled, the officer builds
 * and publishes the challenge, lead A bids with 李研究员's pledge, bidding closes after the deadline (the clock moves
 * 31 days) and the officer runs the formal check. Returns the status the bid's row then shows (评审中 when
 * eligible, 形式审查未通过 when not).
 */
export async function runToFormalCheck(journey: BrowserJourney, programmeId: string, plan: FormalCheckPlan): Promise<{ needId: string; challengeId: string; bidId: string; status: string }> {
  const { baseUrl } = journey;
  const people = peopleOf(journey);
  const needId = await draftAndSubmitNeed(await people.page('demander', '/demander'), baseUrl, ningboNeed(plan.needTitle));
  const owner = await people.page('owner', '/office');
  await vetNeed(owner, baseUrl, programmeId, plan.needTitle, '问题真实、指标可考核，属于关键核心技术，建议入库发榜。');
  const challengeId = await buildChallenge(owner, baseUrl, programmeId, ningboChallenge(plan.needTitle, plan.title, beijingDay(journey.t.clock.now(), 30)));
  await approveAndPublishChallenge(owner, baseUrl, challengeId, plan.title);

  const leadA = await people.page('leadA');
  const bidId = await draftBidAsLead(leadA, baseUrl, challengeId, ningboBid(plan.bidTitle, '李研究员'));
  await signPledgeAsPi(await people.page('piA', '/bidder/bids'), baseUrl, bidId, '本人承诺按期完成全部考核指标，接受节点考核。');
  await submitBidAsLead(leadA, baseUrl, bidId);

  await people.jumpDays(31);
  const officer = await people.page('owner', '/office');
  await closeBiddingAndStartReview(officer, baseUrl, challengeId);
  return { needId, challengeId, bidId, status: await checkBidEligibility(officer, baseUrl, challengeId, plan.bidTitle) };
}
