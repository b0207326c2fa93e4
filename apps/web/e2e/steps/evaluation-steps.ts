import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmPopconfirm, pathOf, pickOption } from '../harness.ts';
import { fillAndSaveBid, openBidForm, saveBidDraft, type BidInput } from './bid-steps.ts';
import { buttonName } from './challenge-steps.ts';

/**
 * Evaluation in the browser: the officer's 评审 page (panel, scoring, ranking, 入围), the expert's score sheet,
 * the officer's 公示与立项 page (notice, objections, award, 对接洽谈) and the public notice with its objection form.
 */

/** The rubric of the Ningbo programme, in the panel's order (技术路线 40%, 团队 30%, 指标 20%, 经费 10%). */
export const RUBRIC = ['技术路线先进性与可行性', '团队能力与前期基础', '指标承诺与实施计划', '经费预算合理性'] as const;
const WEIGHTS = [0.4, 0.3, 0.2, 0.1];
export type Scores = [number, number, number, number];
/** The weighted total the sheet shows (and the server keeps), to two decimals. */
export const weightedTotal = (scores: Scores) => (Math.round(scores.reduce((sum, score, index) => sum + score * WEIGHTS[index]! * 100, 0)) / 100).toFixed(2);

export interface PanelMemberInput {
  /** The expert's display name as the pool lists it. */
  name: string;
  role: '技术专家' | '产业专家' | '财务专家' | '法律专家' | '需求方代表';
}

async function confirmDialog(page: Page, okLabel: RegExp = /^确\s*定$/): Promise<void> {
  const dialog = page.getByRole('dialog').last();
  await dialog.getByRole('button', { name: okLabel }).click();
  await dialog.waitFor({ state: 'hidden' });
}

export interface ConsortiumMemberInput {
  /** What the lead types to find the organisation (part of its name or its USCC). */
  search: string;
  organisation: string;
  task: string;
  sharePct: string;
}

/**
 * A consortium bid (联合体): the lead drafts the bid on its own first (100%), then adds each member organisation
 * found by name with its task and budget share, sets its own share so the total is 100%, saves, and goes on to the
 * bid's page. Returns the bid's id.
 */
export async function draftConsortiumBidAsLead(page: Page, baseUrl: string, challengeId: string, bid: BidInput, members: ConsortiumMemberInput[], leadSharePct: string): Promise<string> {
  await openBidForm(page, baseUrl, challengeId);
  await fillAndSaveBid(page, bid);
  for (const [index, member] of members.entries()) {
    const number = index + 1;
    await page.getByRole('button', { name: /添加联合参与单位/ }).click();
    const organisation = page.getByLabel(`成员单位 ${number}`, { exact: true });
    await organisation.click();
    await organisation.fill(member.search);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: member.organisation }).first().click();
    await page.getByLabel(`成员 ${number} 任务分工`).fill(member.task);
    await page.getByLabel(`成员 ${number} 经费占比（%）`).fill(member.sharePct);
  }
  await page.getByLabel('牵头单位经费占比（%）').fill(leadSharePct);
  await page.getByText(/经费占比合计：100(\.0+)?%/).waitFor();
  await saveBidDraft(page);
  await page.getByRole('button', { name: '查看申请与提交' }).click();
  await page.waitForURL(/\/bidder\/bids\/[^/]+$/);
  await page.getByText(bid.title).first().waitFor();
  return pathOf(page).split('/').pop()!;
}

const rowOf = (page: Page, text: string) => page.locator('.ant-table-row').filter({ hasText: text });

/** On 评审 the officer forms the panel (组建评审专家组) and invites each expert from the pool with a role (待确认). */
export async function formPanel(page: Page, baseUrl: string, challengeId: string, members: PanelMemberInput[]): Promise<void> {
  await page.goto(`${baseUrl}/office/challenges/${challengeId}/review`);
  await page.getByRole('button', { name: '组建评审专家组' }).click();
  await confirmPopconfirm(page);
  await page.getByText('组建中', { exact: true }).first().waitFor();
  for (const member of members) {
    await pickOption(page, '选择专家', member.name);
    await pickOption(page, '组内角色', member.role);
    await page.getByRole('button', { name: '加入专家组' }).click();
    await rowOf(page, member.name).filter({ hasText: member.role }).filter({ hasText: '待确认' }).waitFor();
  }
}

/**
 * On 我的评审任务 the invited expert opens the invitation of the challenge (接受邀请), ticks both declarations (回避,
 * 保密) and confirms; the card then lists the bids to score.
 */
export async function acceptInvitation(page: Page, baseUrl: string, challengeTitle: string): Promise<void> {
  await page.goto(`${baseUrl}/expert`);
  const card = page.locator('.ant-card').filter({ hasText: challengeTitle }).filter({ hasText: '待确认' });
  await card.getByRole('button', { name: '接受邀请' }).click();
  const dialog = page.getByRole('dialog', { name: '接受评审邀请' });
  await dialog.getByRole('checkbox', { name: /^本人与该榜单的需求方、揭榜单位及其人员不存在回避情形/ }).check();
  await dialog.getByRole('checkbox', { name: /^本人承诺对评审材料和结果保密/ }).check();
  await dialog.getByRole('button', { name: '确认接受' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.locator('.ant-card').filter({ hasText: challengeTitle }).filter({ hasText: '已接受' }).waitFor();
}

/** Once every expert accepted, the officer opens scoring (开始评分). */
export async function openScoring(page: Page, baseUrl: string, challengeId: string): Promise<void> {
  if (pathOf(page) !== `/office/challenges/${challengeId}/review`) await page.goto(`${baseUrl}/office/challenges/${challengeId}/review`);
  else await page.reload();
  await page.getByRole('button', { name: '开始评分' }).click();
  await confirmPopconfirm(page);
  await page.getByText('评分中', { exact: true }).first().waitFor();
}

/**
 * The expert opens the score sheet of one bid, types a 0–100 score per criterion, writes a comment, declares no
 * conflict of interest before the panel's first score, and submits. Returns the weighted total the page confirms.
 */
export async function scoreBid(page: Page, baseUrl: string, bidId: string, scores: Scores, comment: string): Promise<string> {
  await page.goto(`${baseUrl}/expert/bids/${bidId}`);
  await page.getByRole('button', { name: buttonName('提交评分') }).waitFor();
  for (const [index, label] of RUBRIC.entries()) {
    await page.getByRole('spinbutton', { name: new RegExp(`^${label}（权重 \\d+%）评分$`) }).fill(String(scores[index]));
  }
  await page.getByLabel('评审意见').fill(comment);
  await expect.poll(() => page.getByTestId('weighted-total').innerText()).toBe(weightedTotal(scores));
  const declaration = page.getByRole('checkbox', { name: '本人与该揭榜单位无利害关系' });
  if (await declaration.isVisible()) await declaration.check();
  await page.getByRole('button', { name: buttonName('提交评分') }).click();
  const confirmed = page.getByText(/^您已于 .+ 提交评分（总分 [\d.]+）/);
  await confirmed.waitFor();
  return /总分 ([\d.]+)/.exec(await confirmed.innerText())![1]!;
}

/** The bids of the ranking table, top first, as `[rank, title, mean]`. */
export async function readRanking(page: Page): Promise<[string, string, string][]> {
  const rows = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '评审排名' }) }).locator('.ant-table-row');
  await rows.first().waitFor();
  const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
  // The first cell is the expand button of the row's score sheets.
  return cells.map((row) => [row[1]!, row[2]!, row[4]!]);
}

/** The officer ends scoring (结束评分) and reads the ranking the panel produced. */
export async function closeScoring(page: Page, baseUrl: string, challengeId: string): Promise<[string, string, string][]> {
  await page.goto(`${baseUrl}/office/challenges/${challengeId}/review`);
  await page.getByRole('button', { name: '结束评分' }).click();
  await confirmPopconfirm(page);
  await page.getByText('评分结束', { exact: true }).first().waitFor();
  return readRanking(page);
}

/** 确定入围 on the ranking, confirmed; the rows then read 入围. */
export async function shortlistBids(page: Page, baseUrl: string, challengeId: string, shortlisted: string[]): Promise<void> {
  if (pathOf(page) !== `/office/challenges/${challengeId}/review`) await page.goto(`${baseUrl}/office/challenges/${challengeId}/review`);
  await page.getByRole('button', { name: '确定入围' }).click();
  await confirmPopconfirm(page);
  for (const title of shortlisted) await rowOf(page, title).getByText('入围', { exact: true }).waitFor();
}

/**
 * Picks options of a multiple Select and closes it. The winners and the alternates offer the same bids, so the
 * next list opens only once this one has gone (an option of a closing list is not clickable).
 */
async function pickMany(page: Page, label: string, options: string[]): Promise<void> {
  if (!options.length) return;
  const open = page.locator('.ant-select-dropdown:visible');
  await expect.poll(() => open.count()).toBe(0);
  for (const option of options) await pickOption(page, label, option);
  await page.keyboard.press('Escape');
  await expect.poll(() => open.count()).toBe(0);
}

export interface NoticeInput {
  title: string;
  body: string;
  /** Bid titles, as the shortlist offers them. */
  winners: string[];
  alternates?: string[];
}

/** On 公示与立项 the officer proposes the winners (and alternates) among the shortlisted bids and publishes the notice. */
export async function publishNotice(page: Page, baseUrl: string, challengeId: string, notice: NoticeInput): Promise<void> {
  await page.goto(`${baseUrl}/office/challenges/${challengeId}/notice`);
  await page.getByLabel('公示标题').fill(notice.title);
  await page.getByLabel('公示内容').fill(notice.body);
  await pickMany(page, '拟揭榜单位', notice.winners);
  await pickMany(page, '候补单位（可选）', notice.alternates ?? []);
  await page.getByRole('button', { name: '发布公示' }).click();
  await confirmDialog(page);
  const card = noticeCard(page, notice.title);
  await card.getByText('公示中', { exact: true }).waitFor();
}

const noticeCard = (page: Page, title: string) => page.locator('.ant-card').filter({ has: page.getByText(title, { exact: true }) }).filter({ hasText: '公示期' }).last();

export interface ObjectionInput {
  objectorName: string;
  contact: string;
  /** The option of 异议对象: a lead organisation's name, or undefined for the result as a whole. */
  target?: string;
  reason: string;
}

/**
 * A member of the public (not signed in) opens 公示公告, the notice by its title, files an objection (confirmed,
 * since it cannot be withdrawn) and reads the receipt. Returns the 受理编号.
 */
export async function fileObjection(page: Page, baseUrl: string, noticeTitle: string, objection: ObjectionInput): Promise<string> {
  await page.goto(`${baseUrl}/notices`);
  await page.getByRole('link', { name: noticeTitle }).first().click();
  await page.waitForURL(/\/notices\/[^/]+$/);
  await page.getByRole('heading', { name: noticeTitle }).waitFor();
  await page.getByLabel('异议人').fill(objection.objectorName);
  await page.getByLabel('联系方式').fill(objection.contact);
  if (objection.target) await pickOption(page, '异议对象', objection.target);
  await page.getByLabel('异议事实和理由').fill(objection.reason);
  await page.getByRole('checkbox', { name: /本人承诺所提异议内容真实/ }).check();
  await page.getByRole('button', { name: buttonName('提交异议') }).click();
  await confirmDialog(page, buttonName('提交异议'));
  await page.getByText('异议已受理', { exact: true }).waitFor();
  return (await page.locator('.receipt-reference').innerText()).trim();
}

/** The officer rules on an objection (处理异议 → 异议不成立 with the reasons) in the notice's objection list. */
export async function ruleOutObjection(page: Page, baseUrl: string, challengeId: string, objectorName: string, ruling: string): Promise<void> {
  await page.goto(`${baseUrl}/office/challenges/${challengeId}/notice`);
  const row = rowOf(page, objectorName);
  await row.getByText('待处理', { exact: true }).waitFor();
  await row.getByRole('button', { name: '处理异议' }).click();
  const dialog = page.getByRole('dialog', { name: '处理异议' });
  await dialog.getByRole('radio', { name: '异议不成立' }).check();
  await dialog.getByLabel('处理意见').fill(ruling);
  await dialog.getByRole('button', { name: '作出处理' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await row.getByText('异议不成立', { exact: true }).waitFor();
}

/** After the notice period the officer ends the notice (结束公示). */
export async function closeNotice(page: Page, baseUrl: string, challengeId: string, noticeTitle: string): Promise<void> {
  await page.goto(`${baseUrl}/office/challenges/${challengeId}/notice`);
  await page.getByRole('button', { name: '结束公示' }).click();
  await confirmPopconfirm(page);
  await noticeCard(page, noticeTitle).getByText('公示结束', { exact: true }).waitFor();
}

/** 确定揭榜成功 (立项), confirmed; the award rows then list each winner as 揭榜成功. */
export async function awardChallenge(page: Page, baseUrl: string, challengeId: string, winnerOrgs: string[]): Promise<void> {
  if (pathOf(page) !== `/office/challenges/${challengeId}/notice`) await page.goto(`${baseUrl}/office/challenges/${challengeId}/notice`);
  await page.getByRole('button', { name: '确定揭榜成功' }).click();
  await confirmPopconfirm(page);
  for (const org of winnerOrgs) await rowOf(page, org).getByText('揭榜成功', { exact: true }).waitFor();
}

/** 开启对接洽谈 on the winner's award row, then 查看任务书 to the contract's page. Returns the contract's id. */
export async function openNegotiation(page: Page, baseUrl: string, challengeId: string, winnerOrg: string): Promise<string> {
  if (pathOf(page) !== `/office/challenges/${challengeId}/notice`) await page.goto(`${baseUrl}/office/challenges/${challengeId}/notice`);
  const row = rowOf(page, winnerOrg);
  await row.getByRole('button', { name: '开启对接洽谈' }).click();
  await confirmPopconfirm(page);
  await row.getByRole('link', { name: '查看任务书' }).click();
  await page.waitForURL(/\/contracts\/[^/]+$/);
  return pathOf(page).split('/').pop()!;
}
