import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmPopconfirm, pathOf } from '../harness.ts';

/** An accessible name of a button whose label antd may space out (发榜 → 发 榜). */
export const buttonName = (label: string) => new RegExp(`^${[...label].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}$`);

/** The calendar day (Beijing) `days` after `from`, as the builder's date field takes it. */
export const beijingDay = (from: Date, days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(from.getTime() + days * 86_400_000));

/** What the officer types into the 榜单 builder on top of what the pooled need fills in. */
export interface ChallengeInput {
  /** The pooled need to build from (its checkbox in 来源需求). */
  needTitle: string;
  title: string;
  problemStatement: string;
  deliverables: string[];
  durationMonths: string;
  mode: '挑战制' | '认领制';
  budgetWan: string;
  /** YYYY-MM-DD, the last day of bidding (23:59 Beijing time). */
  deadline: string;
  ipTerms: string;
  contact: string;
}

export const ningboChallenge = (needTitle: string, title: string, deadline: string): ChallengeInput => ({
  needTitle,
  title,
  problemStatement: '研制可在线部署的电驱壳体压铸缺陷视觉检测系统，替代人工目检。',
  deliverables: ['在线视觉检测系统样机 1 套', '第三方检测报告', '发明专利申请 2 项'],
  durationMonths: '18',
  mode: '挑战制',
  budgetWan: '400',
  deadline,
  ipTerms: '知识产权归揭榜方所有，需求方享有优先实施权。',
  contact: '宁波市科技局重大专项处 0574-89180000',
});

/**
 * The officer opens the programme's builder (新建榜单), picks the pooled need (its title, indicators and co-funding
 * fill the form), types the rest, and saves the draft; lands on the challenge's office page. Returns its id.
 */
export async function buildChallenge(page: Page, baseUrl: string, programmeId: string, challenge: ChallengeInput): Promise<string> {
  await page.goto(`${baseUrl}/office/programmes/${programmeId}/challenges/new`);
  await page.getByRole('checkbox', { name: `选择需求：${challenge.needTitle}` }).check();
  // The need's words arrive first; the officer then writes the challenge's own over them.
  await expect.poll(() => page.getByLabel('榜单名称').inputValue()).toBe(challenge.needTitle);
  await page.getByLabel('榜单名称').fill(challenge.title);
  await page.getByLabel('需求描述（技术难题）').fill(challenge.problemStatement);
  for (const [index, deliverable] of challenge.deliverables.entries()) {
    if (index > 0) await page.getByRole('button', { name: /添加交付成果/ }).click();
    await page.getByLabel(`交付成果 ${index + 1}`, { exact: true }).fill(deliverable);
  }
  await page.getByLabel('实施周期').fill(challenge.durationMonths);
  await page.getByRole('radio', { name: new RegExp(`^${challenge.mode}`) }).check();
  await page.getByLabel('揭榜金额（万元）').fill(challenge.budgetWan);
  const deadline = page.getByLabel('揭榜截止日期');
  await deadline.click();
  await deadline.fill(challenge.deadline);
  // Tab, not Enter: Enter in the field would submit the whole form.
  await deadline.press('Tab');
  await expect.poll(() => deadline.inputValue()).toBe(challenge.deadline);
  await page.getByLabel('知识产权归属').fill(challenge.ipTerms);
  await page.getByLabel('联系方式').fill(challenge.contact);
  await page.getByRole('button', { name: buttonName('保存为草稿') }).click();
  await page.waitForURL(/\/office\/challenges\/[^/]+$/);
  await page.getByRole('heading', { name: challenge.title }).waitFor();
  await officeStatus(page, '起草中');
  return pathOf(page).split('/').pop()!;
}

/** Waits until the status tag in the challenge's office heading reads `status`. */
export async function officeStatus(page: Page, status: string): Promise<void> {
  await page.locator('.co-heading').locator('.ant-tag', { hasText: new RegExp(`^${status}$`) }).waitFor();
}

/** Runs one challenge step from the buttons the server offers on the office page; the Popconfirm's OK repeats it. */
async function challengeCommand(page: Page, label: string, nextStatus: string): Promise<void> {
  const commands = page.locator('.co-commands');
  await commands.getByRole('button', { name: buttonName(label) }).click();
  await confirmPopconfirm(page, buttonName(label));
  await officeStatus(page, nextStatus);
  await expect.poll(() => commands.getByRole('button', { name: buttonName(label) }).count()).toBe(0);
}

/** On /office/challenges/:id the officer takes the draft through internal review and approval and publishes it (发榜). */
export async function approveAndPublishChallenge(page: Page, baseUrl: string, challengeId: string, title: string): Promise<void> {
  await page.goto(`${baseUrl}/office/challenges/${challengeId}`);
  await page.getByRole('heading', { name: title }).waitFor();
  await challengeCommand(page, '提交内部审核', '内部审核中');
  await challengeCommand(page, '审核通过', '已审定');
  await challengeCommand(page, '发榜', '揭榜中');
}

/** After the deadline the officer closes bidding (截止揭榜) and opens the review (开始评审) on the office page. */
export async function closeBiddingAndStartReview(page: Page, baseUrl: string, challengeId: string): Promise<void> {
  await page.goto(`${baseUrl}/office/challenges/${challengeId}`);
  await challengeCommand(page, '截止揭榜', '已截止');
  await challengeCommand(page, '开始评审', '评审中');
}

/**
 * The officer runs the 形式审查 of one bid in the challenge's 揭榜申请 list and reads the result in the row.
 * Returns the status the row then shows.
 */
export async function checkBidEligibility(page: Page, baseUrl: string, challengeId: string, bidTitle: string): Promise<string> {
  if (pathOf(page) !== `/office/challenges/${challengeId}/bids`) await page.goto(`${baseUrl}/office/challenges/${challengeId}/bids`);
  const row = page.getByRole('row').filter({ hasText: bidTitle });
  await row.getByRole('button', { name: '形式审查' }).click();
  await confirmPopconfirm(page);
  await row.getByRole('img', { name: /^形式审查(通过|未通过)$/ }).waitFor();
  return (await row.locator('.ant-tag').first().innerText()).trim();
}
