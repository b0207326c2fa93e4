import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmPopconfirm, pickOption } from '../harness.ts';

/**
 * Expert assignment in the browser: the officer's 专家遴选 page (run, replay, apply, discard), the 专家遴选与候补
 * card of a challenge's review page (递补, 调整专家 with a reason), the expert's decline, and the 答辩安排 form.
 */

export interface RunInput {
  challengeTitles: string[];
  mode: '最优匹配' | '随机抽取' | '公平优先';
  quotas: { 技术专家: number; 产业专家: number; 财务专家: number; 法律专家: number };
}

/** The 遴选结果 card of the run the page shows. */
const resultCard = (page: Page) => page.locator('.ant-card').filter({ has: page.locator('.ant-card-head', { hasText: '遴选结果' }) }).first();

/** From the programme's page the officer opens 专家遴选. */
export async function openAssignmentPage(page: Page, baseUrl: string, programmeId: string): Promise<void> {
  await page.goto(`${baseUrl}/office/programmes/${programmeId}`);
  await page.getByRole('link', { name: '专家遴选' }).first().click();
  await page.waitForURL((url) => url.pathname === `/office/programmes/${programmeId}/assignment`);
  await page.getByRole('button', { name: '开始遴选' }).waitFor();
}

/** Ticks the challenges, picks the mode, types the seats per role and runs; returns the seed shown (or null). */
export async function runAssignment(page: Page, input: RunInput): Promise<string | null> {
  for (const title of input.challengeTitles) {
    const box = page.getByRole('checkbox', { name: title, exact: true });
    if (!(await box.isChecked())) await box.check();
  }
  await page.locator('label.ant-radio-button-wrapper', { hasText: input.mode }).click();
  for (const [role, seats] of Object.entries(input.quotas)) await page.getByLabel(`${role}名额`).fill(String(seats));
  await page.getByRole('button', { name: '开始遴选' }).click();
  const card = resultCard(page);
  await card.locator('.ant-tag', { hasText: input.mode }).waitFor();
  await card.locator('.ant-tag', { hasText: '待采用' }).waitFor();
  // Bordered or not, the value cell follows its label cell.
  const seed = (await card.locator('.ant-descriptions-item-label', { hasText: '随机种子' }).locator('xpath=following-sibling::*[1]').innerText()).trim();
  return /^\d+$/.test(seed) ? seed : null;
}

/** The experts the shown run seats on a challenge, as `[name, role]`. */
export async function seatsOf(page: Page, challengeTitle: string): Promise<[string, string][]> {
  const rows = page.getByRole('table', { name: `${challengeTitle} 拟定专家` }).locator('.ant-table-row');
  await rows.first().waitFor();
  const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
  return cells.map((row) => [row[0]!, row[2]!]);
}

/** 复算核验: re-solves from the recorded input and seed; the page must say the result is identical. */
export async function replayRun(page: Page): Promise<void> {
  await resultCard(page).getByRole('button', { name: '复算核验' }).click();
  await page.getByText('复算一致 ✓').waitFor();
}

/** 采用并发出邀请 or 废弃, confirmed; the run's tag then says so. */
export async function settleRun(page: Page, step: 'apply' | 'discard'): Promise<void> {
  const card = resultCard(page);
  await card.getByRole('button', { name: step === 'apply' ? '采用并发出邀请' : /^废\s*弃$/ }).click();
  await confirmPopconfirm(page);
  await card.locator('.ant-tag', { hasText: step === 'apply' ? '已采用' : '已废弃' }).waitFor();
}

/** On 我的评审任务 the expert declines the invitation, with a reason and, when `conflict`, the recusal box ticked. */
export async function declineInvitation(page: Page, baseUrl: string, challengeTitle: string, reason: string, conflict: boolean): Promise<void> {
  await page.goto(`${baseUrl}/expert`);
  const card = page.locator('.ant-card').filter({ hasText: challengeTitle }).filter({ hasText: '待确认' });
  await card.getByRole('button', { name: '谢绝邀请' }).click();
  const dialog = page.getByRole('dialog', { name: '谢绝评审邀请' });
  await dialog.getByLabel('谢绝理由').fill(reason);
  if (conflict) await dialog.getByRole('checkbox', { name: /因存在回避情形/ }).check();
  await dialog.getByRole('button', { name: '确认谢绝' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.locator('.ant-card').filter({ hasText: challengeTitle }).filter({ hasText: '已谢绝' }).waitFor();
}

const seatsTable = (page: Page) => page.getByRole('table', { name: '专家席位' });

/** The officer's review page of a challenge, with its 专家遴选与候补 card. */
export async function openReviewPage(page: Page, baseUrl: string, challengeId: string): Promise<void> {
  await page.goto(`${baseUrl}/office/challenges/${challengeId}/review`);
  await seatsTable(page).waitFor();
}

/** 候补递补 on a declined seat: the first eligible alternate of the same role is invited. Returns the new seat's name. */
export async function replaceWithAlternate(page: Page, declinedName: string): Promise<string> {
  const before = await seatNames(page);
  await seatsTable(page).locator('.ant-table-row').filter({ hasText: declinedName }).getByRole('button', { name: '候补递补' }).click();
  await confirmPopconfirm(page);
  await expect.poll(async () => (await seatNames(page)).length).toBe(before.length + 1);
  const added = (await seatNames(page)).find((name) => !before.includes(name))!;
  await seatsTable(page).locator('.ant-table-row').filter({ hasText: added }).getByText('候补', { exact: true }).waitFor();
  return added;
}

/** 调整专家: withdraws one seat and invites another expert of `role`, with the reason the audit keeps. */
export async function overrideSeat(page: Page, remove: string, role: string, add: string, reason: string): Promise<void> {
  await page.getByRole('button', { name: '调整专家' }).click();
  const dialog = page.getByRole('dialog', { name: '调整专家（须说明理由）' });
  await pickOption(page, '撤回席位', remove);
  await pickOption(page, '增补专家角色', role);
  await pickOption(page, '增补专家', add);
  await dialog.getByLabel('调整理由').fill(reason);
  await dialog.getByRole('button', { name: '确认调整' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await seatsTable(page).locator('.ant-table-row').filter({ hasText: add }).filter({ hasText: reason }).waitFor();
  await seatsTable(page).locator('.ant-table-row').filter({ hasText: remove }).getByText('已撤回', { exact: true }).waitFor();
}

/** The names on the seats table (organisation after " · " dropped). */
async function seatNames(page: Page): Promise<string[]> {
  const cells = await seatsTable(page)
    .locator('.ant-table-row')
    .evaluateAll((trs) => trs.map((tr) => (tr.querySelector('td')?.textContent ?? '').trim()));
  return cells.map((cell) => cell.split(' · ')[0]!);
}

export interface DefencePlan {
  /** Beijing time as the picker takes it, `YYYY-MM-DD HH:mm`. */
  startsAt: string;
  minutesEach: number;
  gapMinutes: number;
  format: '现场答辩' | '线上路演';
  venue: string;
}

/** 答辩安排 on the review page: the plan, 生成答辩安排, confirmed; returns the slot rows as `[sequence, bid, time]`. */
export async function scheduleDefences(page: Page, plan: DefencePlan, bidCount: number): Promise<string[][]> {
  const card = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head', { hasText: '答辩安排' }) }).first();
  const picker = card.getByLabel('开始时间（北京时间）');
  await picker.click();
  await picker.fill(plan.startsAt);
  // The panel's OK confirms the typed time (Enter would also submit the whole form, half filled).
  await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
  await card.getByLabel('每场时长（分钟）').fill(String(plan.minutesEach));
  await card.getByLabel('间隔（分钟）').fill(String(plan.gapMinutes));
  await card.getByRole('radio', { name: plan.format }).check();
  await card.getByLabel('地点 / 会议号').fill(plan.venue);
  await card.getByRole('button', { name: '生成答辩安排' }).click();
  const confirm = page.locator('.ant-popover:visible, .ant-popconfirm:visible').filter({ hasText: '确定生成' });
  if (await confirm.isVisible().catch(() => false)) await confirmPopconfirm(page);
  const rows = card.locator('.ant-table-row');
  await expect.poll(() => rows.count()).toBe(bidCount);
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
}
