import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmPopconfirm, type BrowserJourney } from '../harness.ts';
import { buttonName } from './challenge-steps.ts';
import { openContractTab, waitForContractStatus } from './contract-steps.ts';
import { runToFormalCheck } from './prefix.ts';

/**
 * The outcome half of a contract on `/contracts/:id`: 验收 (request, measured values per indicator, conclusion),
 * 成果兑现 (compute, approve, pay), 失败复核 (尽职审查 and its finding) and the 科研诚信记录 on `/office/integrity`.
 */

/** The card whose head title is `title` (the contract page's tabs sit in a card too, so a text filter would match both). */
const cardTitled = (page: Page, title: string) =>
  page.locator('.ant-card-head-title', { hasText: title }).locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-card ")][1]');

/** Clicks 确定 in the open Modal.confirm (the second, irreversible step after a form). */
async function confirmModal(page: Page): Promise<void> {
  const confirm = page.locator('.ant-modal-confirm:visible');
  await confirm.getByRole('button', { name: buttonName('确定') }).click();
  await confirm.waitFor({ state: 'hidden' });
}

/** 申请验收: the PI asks for acceptance (confirmed); the contract goes 验收中. */
export async function requestAcceptance(page: Page, baseUrl: string, contractId: string): Promise<void> {
  await openContractTab(page, baseUrl, contractId, 'acceptance');
  await page.getByRole('button', { name: '申请验收' }).click();
  await confirmPopconfirm(page);
  await waitForContractStatus(page, '验收中');
  await page.getByText('考核指标测评').waitFor();
}

/** One indicator's measurement as the tester's report gives it. */
export interface Measurement {
  indicator: string;
  value: string;
  evidence: string;
}

/**
 * 录入实测值 for one indicator on the contract page (officer; the tester, who has no page of the contract, uses
 * `recordMeasuredValuesAsTester`).
 * Returns the verdict the row then shows (通过 / 有条件通过 / 不通过), derived by the server.
 */
export async function recordMeasuredValue(page: Page, baseUrl: string, contractId: string, measurement: Measurement): Promise<string> {
  await openContractTab(page, baseUrl, contractId, 'acceptance');
  return measureInDialog(page, measurement);
}

/** Fills and saves the 录入实测值 dialog of one indicator row (the same on the contract page and the tester's); returns the row's verdict. */
async function measureInDialog(page: Page, measurement: Measurement): Promise<string> {
  await page.getByRole('button', { name: `录入实测值：${measurement.indicator}` }).click();
  const dialog = page.getByRole('dialog', { name: `录入实测值：${measurement.indicator}` });
  await dialog.getByLabel('实测值').fill(measurement.value);
  await dialog.getByLabel('测评依据').fill(measurement.evidence);
  await dialog.getByRole('button', { name: buttonName('保存') }).click();
  await dialog.waitFor({ state: 'hidden' });
  const row = page.getByRole('row').filter({ hasText: measurement.indicator }).filter({ hasText: measurement.evidence });
  return (await row.locator('.ant-tag').first().innerText()).trim();
}

/** The failure journeys' acceptance: accuracy 88% against a 95% threshold fails; latency and cost are met. */
export const FAILING_MEASUREMENTS: Measurement[] = [
  { indicator: '缺陷识别准确率', value: '88', evidence: '第三方检测报告 NB-2027-0088' },
  { indicator: '单帧处理时延', value: '48', evidence: '第三方检测报告 NB-2027-0089' },
  { indicator: '单套设备成本', value: '59', evidence: '第三方检测报告 NB-2027-0090' },
];

/** Records every measurement in turn; returns the verdicts by indicator name. */
export async function recordMeasuredValues(page: Page, baseUrl: string, contractId: string, measurements: Measurement[]): Promise<Record<string, string>> {
  const verdicts: Record<string, string> = {};
  for (const measurement of measurements) verdicts[measurement.indicator] = await recordMeasuredValue(page, baseUrl, contractId, measurement);
  return verdicts;
}

/**
 * The tester's way in (第三方检测机构, who has no page of the contract): 验收测评 in the header opens `/tester`, the
 * project's row opens its acceptance, and each indicator is measured with the same dialog the officer uses.
 * Returns the verdicts by indicator name, and the worklist's progress before and after (已测 n / m 项).
 */
export async function recordMeasuredValuesAsTester(
  page: Page,
  baseUrl: string,
  challengeTitle: string,
  measurements: Measurement[],
): Promise<{ verdicts: Record<string, string>; progressBefore: string; progressAfter: string }> {
  await page.goto(`${baseUrl}/hall`);
  await page.getByRole('menuitem', { name: '验收测评' }).click();
  await page.getByRole('heading', { name: '验收测评任务' }).waitFor();
  const row = page.getByRole('row').filter({ hasText: challengeTitle });
  const progressBefore = (await row.getByText(/^已测 /).innerText()).trim();
  await row.getByRole('link', { name: challengeTitle }).click();
  await page.getByRole('heading', { name: challengeTitle }).waitFor();
  const verdicts: Record<string, string> = {};
  for (const measurement of measurements) verdicts[measurement.indicator] = await measureInDialog(page, measurement);
  await page.getByRole('link', { name: '返回验收测评任务' }).click();
  // The list shows its cached answer first, then the refetched one.
  const progress = page.getByRole('row').filter({ hasText: challengeTitle }).getByText(/^已测 /);
  await expect.poll(async () => (await progress.innerText()).trim()).not.toBe(progressBefore);
  const progressAfter = (await progress.innerText()).trim();
  return { verdicts, progressBefore, progressAfter };
}

/**
 * 作出验收结论: the officer writes the opinion, reads the outcome the verdicts add up to, confirms it, and waits for
 * the contract's new status. Returns { expected: what the dialog announced, status: the contract's status after }.
 */
export async function concludeAcceptance(page: Page, baseUrl: string, contractId: string, summary: string): Promise<{ expected: string; status: string }> {
  await openContractTab(page, baseUrl, contractId, 'acceptance');
  await page.getByRole('button', { name: '作出验收结论' }).click();
  const dialog = page.getByRole('dialog', { name: '验收结论' }).filter({ has: page.getByLabel('验收意见') });
  const expected = (await dialog.locator('.ant-tag').first().innerText()).trim();
  await dialog.getByLabel('验收意见').fill(summary);
  await dialog.getByRole('button', { name: '作出验收结论' }).click();
  await confirmModal(page);
  await dialog.waitFor({ state: 'hidden' });
  await waitForContractStatus(page, expected === '不通过' ? '验收未通过' : '已通过验收');
  return { expected, status: (await page.locator('.contract-header .ant-tag').first().innerText()).trim() };
}

/**
 * 成果兑现: the officer computes the payout from the scheme frozen in the contract, approves it and records its
 * payment, each confirmed. Returns the amount shown and the payout's final status tag.
 */
export async function computeApproveAndPayPayout(page: Page, baseUrl: string, contractId: string): Promise<{ amount: string; status: string; computation: string }> {
  await openContractTab(page, baseUrl, contractId, 'payouts');
  await page.getByRole('button', { name: '核算兑现金额' }).click();
  await confirmPopconfirm(page);
  const card = cardTitled(page, '兑现款项');
  const status = card.locator('.ant-card-head .ant-tag');
  await expect.poll(() => status.innerText()).toBe('已核算');
  await card.getByRole('button', { name: buttonName('审批') }).click();
  await confirmPopconfirm(page);
  await expect.poll(() => status.innerText()).toBe('已审批');
  await card.getByRole('button', { name: '登记拨付' }).click();
  await confirmPopconfirm(page);
  await expect.poll(() => status.innerText()).toBe('已拨付');
  return {
    amount: (await card.getByRole('heading', { level: 3 }).innerText()).trim(),
    status: (await status.innerText()).trim(),
    computation: (await card.getByText(/^计算过程：/).innerText()).trim(),
  };
}

/** 发起尽职审查 on a failed (or terminated) contract's 失败复核 tab (confirmed); the review is then 审查中. */
export async function openFailureReview(page: Page, baseUrl: string, contractId: string): Promise<void> {
  await openContractTab(page, baseUrl, contractId, 'failureReview');
  await page.getByRole('button', { name: '发起尽职审查' }).click();
  await confirmPopconfirm(page);
  await cardTitled(page, '失败项目尽职审查').locator('.ant-tag', { hasText: '审查中' }).waitFor();
}

export type FailureFinding = '尽职免责' | '未尽职' | '科研失信';

/**
 * 作出认定: the officer picks the finding, writes the reasoning and confirms the consequence the dialog names.
 * Returns what the page then shows: the finding tag and the integrity records the finding created (row texts), or
 * the notice that none was created.
 */
export async function decideFailure(page: Page, baseUrl: string, contractId: string, finding: FailureFinding, reasoning: string): Promise<{ finding: string; consequence: string; records: string[][] }> {
  await openContractTab(page, baseUrl, contractId, 'failureReview');
  const form = cardTitled(page, '作出认定').locator('form');
  await form.getByRole('radio', { name: new RegExp(`^${finding}`) }).check();
  await form.getByLabel('认定理由').fill(reasoning);
  await form.getByRole('button', { name: '提交认定' }).click();
  const consequence = (await page.locator('.ant-modal-confirm:visible .ant-modal-confirm-content').innerText()).trim();
  await confirmModal(page);
  const review = cardTitled(page, '失败项目尽职审查');
  await review.locator('.ant-tag', { hasText: '已认定' }).waitFor();
  const records = cardTitled(page, '本次认定记入的诚信记录');
  await records.waitFor();
  return {
    finding: (await review.locator('.ant-tag', { hasText: finding }).innerText()).trim(),
    consequence,
    records: await tableRows(records),
  };
}

/** The non-empty cell texts of each data row of the table inside `scope`. */
async function tableRows(scope: ReturnType<Page['locator']>): Promise<string[][]> {
  const rows = scope.locator('.ant-table-tbody tr.ant-table-row');
  const result: string[][] = [];
  for (const row of await rows.all()) result.push((await row.locator('td').allInnerTexts()).map((text) => text.trim()).filter(Boolean));
  return result;
}

/**
 * What `/office/integrity` shows once the records of `filter` (a query-string part, '' for all) have arrived: the
 * list keeps the previous answer on screen while the next loads, so the step waits for the answer and for the table
 * to hold as many rows as its title counts.
 */
async function recordsShown(page: Page, answered: Promise<unknown>, emptyText: string): Promise<{ rows: string[][]; empty: string | null }> {
  await answered;
  const empty = page.getByText(emptyText, { exact: true });
  const card = cardTitled(page, '条记录');
  const rows = card.locator('.ant-table-tbody tr.ant-table-row');
  const settled = async () => {
    if (await empty.isVisible()) return true;
    if (!(await card.isVisible())) return false;
    const counted = /共 (\d+) 条记录/.exec(await card.locator('.ant-card-head-title').innerText());
    return counted !== null && Number(counted[1]) === (await rows.count());
  };
  await expect.poll(settled).toBe(true);
  if (await empty.isVisible()) return { rows: [], empty: emptyText };
  return { rows: await tableRows(card), empty: null };
}

const recordsAnswer = (page: Page, has: (url: URL) => boolean) =>
  page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === '/api/integrity-records' && has(url);
  });

/**
 * 科研诚信记录 on `/office/integrity`, looked up by organisation (typed and picked like a 信用核查) or by person
 * (only people with a record are offered). Returns the rows shown, or the empty-state text when there are none.
 */
export async function readIntegrityRecords(page: Page, baseUrl: string, subject: { organisation: string } | { person: string }): Promise<{ rows: string[][]; empty: string | null }> {
  await page.goto(`${baseUrl}/office/integrity`);
  await page.getByRole('heading', { name: '科研诚信记录' }).waitFor();
  if ('organisation' in subject) {
    await page.locator('.ant-segmented').getByText('按单位', { exact: true }).click();
    const select = page.getByRole('combobox', { name: '按单位' });
    await select.click();
    await select.pressSequentially(subject.organisation.slice(0, 6));
    const answered = recordsAnswer(page, (url) => url.searchParams.has('organisationId'));
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: subject.organisation }).first().click();
    return recordsShown(page, answered, `「${subject.organisation}」没有诚信记录。`);
  }
  await page.locator('.ant-segmented').getByText('按个人', { exact: true }).click();
  await page.getByRole('combobox', { name: '按个人' }).click();
  const answered = recordsAnswer(page, (url) => url.searchParams.has('userId'));
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: subject.person }).first().click();
  return recordsShown(page, answered, `「${subject.person}」没有诚信记录。`);
}

/** Every integrity record the officer may read (no filter): the empty state's text when there is none. */
export async function readAllIntegrityRecords(page: Page, baseUrl: string): Promise<{ rows: string[][]; empty: string | null }> {
  const answered = recordsAnswer(page, (url) => !url.searchParams.has('organisationId') && !url.searchParams.has('userId'));
  await page.goto(`${baseUrl}/office/integrity`);
  return recordsShown(page, answered, '暂无诚信记录');
}

/**
 * The rules a bid failed in its 形式审查, as the expanded row of the officer's 揭榜申请 list shows them
 * (`/office/challenges/:id/bids`; the check has run).
 */
export async function readFailedEligibilityRules(page: Page, baseUrl: string, challengeId: string, bidTitle: string): Promise<string[]> {
  await page.goto(`${baseUrl}/office/challenges/${challengeId}/bids`);
  const row = page.getByRole('row').filter({ hasText: bidTitle });
  await row.getByRole('button', { name: /展开行|expand/i }).click();
  const report = page.locator('tr.ant-table-expanded-row').filter({ hasText: '形式审查' });
  await report.locator('li').first().waitFor();
  const failed = report.locator('li').filter({ has: page.getByRole('img', { name: 'close-circle' }) });
  return (await failed.locator('strong').allInnerTexts()).map((text) => text.trim());
}

/**
 * After the finding, the same lead organisation and PI bid on a new challenge, every step through the pages: the
 * demander's need is pooled, the officer builds and publishes the challenge, lead A bids with 李研究员's pledge,
 * bidding closes after the deadline (the clock moves 31 days) and the officer runs the formal check. Returns the
 * status the bid's row then shows (评审中 when eligible, 形式审查未通过 when not).
 */
export async function bidAgainAndCheck(journey: BrowserJourney, programmeId: string): Promise<{ challengeId: string; bidId: string; bidTitle: string; status: string }> {
  const bidTitle = '压铸模具热疲劳寿命在线预测系统研制与应用';
  const { challengeId, bidId, status } = await runToFormalCheck(journey, programmeId, { needTitle: '压铸模具热疲劳寿命在线预测', title: '压铸模具热疲劳寿命在线预测系统', bidTitle });
  return { challengeId, bidId, bidTitle, status };
}
