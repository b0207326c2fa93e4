import { yuan, type Indicator } from '@jiebang/domain';
import type { Timeline } from './demo-timeline.ts';
import type { SeedContext, SeedSession } from '../seed-context.ts';
import { LIFECYCLE_NEEDS } from './demo-lifecycle-needs.ts';
import { DEMO_NEEDS, type DemoNeed } from './demo-needs.ts';

/**
 * The API calls the demo's lifecycle stories are made of. Each helper is one officer's or bidder's routine
 * (publish a 榜单, submit a bid, form a panel…), made of the same requests the web app would send.
 */

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The calendar date (Asia/Shanghai) of `day`, as the API's DateOnly. */
export const dateOn = (ctx: SeedContext, day: number): string => new Date(ctx.clock.at(day).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** 09:00 Beijing time on the date of `day`: deadlines fall in office hours. Always before day + 1. */
const nineAm = (ctx: SeedContext, day: number): string => `${dateOn(ctx, day)}T01:00:00.000Z`;

export function needOf(key: string): DemoNeed {
  const need = [...DEMO_NEEDS, ...LIFECYCLE_NEEDS].find((candidate) => candidate.key === key);
  if (!need) throw new Error(`seed: no demo need "${key}"`);
  return need;
}

export interface ChallengeSpec {
  /** Pooled needs (keys) the 榜单 is built from; the first one names the demander and gives the defaults. */
  needs: string[];
  title?: string;
  budgetYuan: number;
  durationMonths: number;
  deliverables: string[];
  ipTerms: string;
  contact: string;
  deadlineDay: number;
  allocationMode?: 'open_challenge' | 'claim';
}

function challengeFields(ctx: SeedContext, spec: ChallengeSpec) {
  const need = needOf(spec.needs[0]!);
  return {
    title: spec.title ?? need.title,
    field: need.field,
    industrialChain: need.industrialChain,
    problemStatement: need.problemStatement,
    applicationScenario: need.applicationScenario,
    indicators: need.indicators,
    deliverables: spec.deliverables,
    durationMonths: spec.durationMonths,
    budgetFen: yuan(spec.budgetYuan),
    coFundingFen: yuan(need.coFundingYuan),
    allocationMode: spec.allocationMode ?? 'open_challenge',
    bidDeadline: nineAm(ctx, spec.deadlineDay),
    ipTerms: spec.ipTerms,
    contact: spec.contact,
  };
}

/** 内部审核 → 批准 → 发榜: what an officer does with a drafted challenge. Returns the published view. */
export async function takeToPublication(officer: SeedSession, challengeId: string) {
  await officer.post(`/api/challenges/${challengeId}/submit-for-review`);
  await officer.post(`/api/challenges/${challengeId}/approve`);
  return officer.post(`/api/challenges/${challengeId}/publish`);
}

/** Drafts a challenge from pooled needs (optionally into a 项目群) and publishes it. */
export async function publishChallenge(ctx: SeedContext, officer: SeedSession, programme: string, spec: ChallengeSpec & { group?: string }) {
  const created = await officer.post(`/api/programmes/${ctx.ref(`programme:${programme}`)}/challenges`, {
    needIds: spec.needs.map((key) => ctx.ref(`need:${key}`)),
    groupId: spec.group ? ctx.ref(spec.group) : null,
    ...challengeFields(ctx, spec),
  });
  return takeToPublication(officer, created.id);
}

/** Drafts the next challenge of a 项目群 (a continuous group assigns it to the previous winner). */
export async function draftNextGroupChallenge(ctx: SeedContext, officer: SeedSession, group: string, spec: ChallengeSpec) {
  return officer.post(`/api/challenge-groups/${ctx.ref(group)}/next-challenge`, { needIds: spec.needs.map((key) => ctx.ref(`need:${key}`)), ...challengeFields(ctx, spec) });
}

export interface BidSpec {
  /** Lead organisation key and the staff account (bidder_org) who drafts and submits. */
  lead: string;
  staff: string;
  /** The principal investigator (揭榜挂帅人), who signs the commitment in person. */
  pi: string;
  title: string;
  technicalProposal: string;
  budgetYuan: number;
  rdInputYuan: number;
  leadTask: string;
  leadShareBp: number;
  members?: { org: string; task: string; shareBp: number }[];
  /** Committed values by indicator key; an indicator left out is committed at its target. */
  commitments?: Record<string, number>;
  notes?: Record<string, string>;
}

const commitmentsFor = (indicators: readonly Indicator[], spec: BidSpec) =>
  indicators.map((indicator) => ({ indicatorKey: indicator.key, committedValue: spec.commitments?.[indicator.key] ?? indicator.target, note: spec.notes?.[indicator.key] ?? '' }));

/** A draft bid (揭榜申请), alone or as a consortium. */
export async function draftBid(ctx: SeedContext, challenge: { id: string; indicators: Indicator[] }, spec: BidSpec) {
  const staff = await ctx.as(spec.staff);
  return staff.post(`/api/challenges/${challenge.id}/bids`, {
    leadOrgId: ctx.ref(`org:${spec.lead}`),
    piUserId: ctx.ref(`user:${spec.pi}`),
    title: spec.title,
    technicalProposal: spec.technicalProposal,
    indicatorCommitments: commitmentsFor(challenge.indicators, spec),
    budgetFen: yuan(spec.budgetYuan),
    rdInputFen: yuan(spec.rdInputYuan),
    leadTask: spec.leadTask,
    leadBudgetShareBp: spec.leadShareBp,
    members: (spec.members ?? []).map((member) => ({ organisationId: ctx.ref(`org:${member.org}`), task: member.task, budgetShareBp: member.shareBp })),
  });
}

/** The PI signs the commitment (承诺书/军令状) and the lead's staff submits. Returns the submitted bid. */
export async function signAndSubmit(ctx: SeedContext, bidId: string, spec: BidSpec, pledge: string) {
  await (await ctx.as(spec.pi)).post(`/api/bids/${bidId}/pi-commitment`, { pledge });
  return (await ctx.as(spec.staff)).post(`/api/bids/${bidId}/submit`);
}

export const PLEDGE = '本人承诺按榜单要求在实施期内完成全部考核指标；如未达目标，自愿接受主管部门的评估与处理。';

/** 截止 → 评审: closes bidding after the deadline, runs the formal check (形式审查) on `bidIds`, starts the review. */
export async function closeAndCheck(officer: SeedSession, challengeId: string, bidIds: readonly string[]) {
  await officer.post(`/api/challenges/${challengeId}/close-bidding`);
  for (const bidId of bidIds) await officer.post(`/api/bids/${bidId}/check-eligibility`);
  return officer.post(`/api/challenges/${challengeId}/start-review`);
}

/**
 * Forms a review panel from the expert pool, each expert accepts the invitation with the self-declaration (回避与保密),
 * and opens scoring. Returns the panel id.
 */
export async function formPanel(ctx: SeedContext, officer: SeedSession, challengeId: string, experts: readonly [string, 'technical' | 'industry' | 'finance'][]) {
  const panel = await officer.post(`/api/challenges/${challengeId}/panel`);
  for (const [username, panelRole] of experts) await officer.post(`/api/panels/${panel.id}/members`, { expertUserId: ctx.ref(`user:${username}`), panelRole });
  for (const [username] of experts) await (await ctx.as(username)).post(`/api/panels/${panel.id}/invitation/accept`, { noConflictDeclared: true, confidentialityPledged: true });
  await officer.post(`/api/panels/${panel.id}/open-scoring`);
  return panel.id as string;
}

/** One expert's score sheet: 技术路线, 团队能力, 指标承诺, 经费预算 (0–100 each). */
export async function score(ctx: SeedContext, expert: string, bidId: string, [route, team, commitment, budget]: readonly [number, number, number, number], comment: string) {
  await (await ctx.as(expert)).post(`/api/bids/${bidId}/scores`, { criterionScores: { technical_route: route, team_capability: team, indicator_commitment: commitment, budget_soundness: budget }, comment });
}

/** Closes scoring and fixes the ranking (入围). */
export async function shortlist(officer: SeedSession, panelId: string, challengeId: string) {
  await officer.post(`/api/panels/${panelId}/close-scoring`);
  return officer.post(`/api/challenges/${challengeId}/shortlist`);
}

/** Publishes the proposed winner for public notice (公示). Returns the notice. */
export function publishNotice(officer: SeedSession, challenge: { id: string; title: string }, bidIds: string[], unit: string, basis = '经形式审查、专家评审') {
  return officer.post(`/api/challenges/${challenge.id}/notices`, {
    title: `关于“${challenge.title}”拟揭榜单位的公示`,
    body: `${basis}，拟确定${unit}为“${challenge.title}”的揭榜单位，现予公示。公示期内，任何单位和个人对公示内容有异议的，请以实名方式向发榜单位提出，并提供必要的证明材料。`,
    proposedBidIds: bidIds,
  });
}

/** After the notice period: closes the notice and awards the challenge. Returns the award id. */
export async function closeNoticeAndAward(officer: SeedSession, noticeId: string, challengeId: string): Promise<string> {
  await officer.post(`/api/notices/${noticeId}/close`);
  const result = await officer.post(`/api/challenges/${challengeId}/award`);
  return result.awards[0].id as string;
}

export interface TermsSpec {
  contractValueYuan: number;
  rdInputYuan: number;
  ipTerms: string;
  deliverables: string[];
  milestones: { title: string; dueDay: number; deliverables: string[] }[];
  tranches: { shareBp: number; trigger: 'signing' | 'milestone' | 'acceptance'; milestoneSequence?: number }[];
}

/** 对接洽谈 → 任务书: opens negotiation on the award, sets the terms and signs; pays the signing tranches. */
export async function contractFor(ctx: SeedContext, officer: SeedSession, awardId: string, terms: TermsSpec) {
  const opened = await officer.post(`/api/awards/${awardId}/contract`);
  await officer.put(`/api/contracts/${opened.id}/terms`, {
    contractValueFen: yuan(terms.contractValueYuan),
    rdInputFen: yuan(terms.rdInputYuan),
    ipTerms: terms.ipTerms,
    deliverables: terms.deliverables,
    milestones: terms.milestones.map((milestone) => ({ title: milestone.title, dueDate: dateOn(ctx, milestone.dueDay), deliverables: milestone.deliverables })),
    tranches: terms.tranches,
  });
  const signed = await officer.post(`/api/contracts/${opened.id}/sign`);
  for (const tranche of signed.tranches.filter((candidate: { status: string }) => candidate.status === 'unlocked')) await officer.post(`/api/tranches/${tranche.id}/pay`);
  return signed;
}

/** 节点考核: the PI reports on `reportDay`, the officer passes the milestone three days later (its tranches unlock). */
export async function passMilestone(t: Timeline, officer: SeedSession, pi: string, milestoneId: string, reportDay: number, report: string, opinion: string) {
  await t.at(reportDay);
  await (await t.ctx.as(pi)).post(`/api/milestones/${milestoneId}/report`, { report });
  await t.at(reportDay + 3);
  return officer.post(`/api/milestones/${milestoneId}/review`, { decision: 'continue', opinion });
}

/** Records a measured value per indicator (as `measurer`: a tester or the officer). */
export async function measure(ctx: SeedContext, measurer: string, acceptanceId: string, values: Record<string, number>, evidence: string) {
  const session = await ctx.as(measurer);
  for (const [indicatorKey, measuredValue] of Object.entries(values)) await session.post(`/api/acceptances/${acceptanceId}/verdicts`, { indicatorKey, measuredValue, evidence });
}

/** The first round's dates, shared by its projects: publication, deadline, formal check, notice, award, signing. */
export const ROUND_ONE = { publish: -340, deadline: -310, close: -309, panel: -308, scores: -305, notice: -303, award: -295, sign: -292 } as const;

/**
 * A 榜单 in claim mode (认领制) through the first round: published, claimed by `claim.lead` (the formal check
 * shortlists the first eligible claim, no panel), noticed without objection and awarded. Returns the award id.
 */
export async function claimedInRoundOne(t: Timeline, officerName: string, programme: string, spec: Omit<ChallengeSpec, 'deadlineDay' | 'allocationMode'>, claim: BidSpec, claimDay: number, unit: string) {
  const { ctx } = t;
  await t.at(ROUND_ONE.publish);
  const officer = await ctx.as(officerName);
  const challenge = await publishChallenge(ctx, officer, programme, { ...spec, deadlineDay: ROUND_ONE.deadline, allocationMode: 'claim' });
  await t.at(claimDay);
  const bid = await draftBid(ctx, challenge, claim);
  await signAndSubmit(ctx, bid.id, claim, PLEDGE);
  await officer.post(`/api/bids/${bid.id}/check-eligibility`);
  await t.at(ROUND_ONE.close);
  await closeAndCheck(officer, challenge.id, []);
  await t.at(ROUND_ONE.notice);
  const notice = await publishNotice(officer, challenge, [bid.id], unit, '经认领和形式审查');
  await t.at(ROUND_ONE.award);
  const awardId = await closeNoticeAndAward(officer, notice.id, challenge.id);
  return { officer, challenge, bid, awardId };
}
