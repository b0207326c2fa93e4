import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmPopconfirm } from '../harness.ts';
import { buttonName } from './challenge-steps.ts';

/**
 * The contract (任务书) half of the journeys on `/contracts/:id` (对接洽谈 itself starts on the award page:
 * evaluation-steps.ts `openNegotiation`): terms, 签约, 节点报告 and 节点考核, 分期拨付, 办结. Acceptance, payouts and
 * the failure review are in outcome-steps.ts. Every button used here is one the server offered (the page renders
 * only the response's `actions`), so a step that finds its button proves the right.
 */

export type ContractTab = 'terms' | 'milestones' | 'tranches' | 'changes' | 'expenses' | 'acceptance' | 'payouts' | 'failureReview';

/** Opens one tab of the contract page (`?tab=` keeps it), unless the page shows it already. */
export async function openContractTab(page: Page, baseUrl: string, contractId: string, tab: ContractTab): Promise<void> {
  const here = new URL(page.url());
  if (here.pathname !== `/contracts/${contractId}` || here.searchParams.get('tab') !== tab) await page.goto(`${baseUrl}/contracts/${contractId}?tab=${tab}`);
  await page.locator('.contract-header').waitFor();
  await page.getByRole('tabpanel').waitFor();
}

/** The status tag of the contract's masthead (对接洽谈中, 执行中, 验收未通过 …). */
export const contractStatus = async (page: Page): Promise<string> => (await page.locator('.contract-header .ant-tag').first().innerText()).trim();

/** Waits until the masthead shows `status`: commands refresh the contract after the server answered. */
export async function waitForContractStatus(page: Page, status: string): Promise<void> {
  await expect.poll(() => contractStatus(page), { timeout: 15_000 }).toBe(status);
}

export type TrancheTrigger = '签约后拨付' | '节点考核通过后拨付' | '验收通过后拨付';

/** The terms (合同条款) as the officer types them: amounts in 万元, shares in %, dates as YYYY-MM-DD. */
export interface ContractTermsInput {
  contractValueWan: string;
  rdInputWan: string;
  ipTerms: string;
  deliverables: string[];
  milestones: { title: string; dueDate: string; deliverables: string[] }[];
  /** `milestone`: the 节点 number a 节点考核通过后拨付 tranche waits for. */
  tranches: { sharePct: string; trigger: TrancheTrigger; milestone?: number }[];
}

/** The failure journeys' terms: one tranche of 100% on signing, no milestones (as failure-steps.ts agrees them). */
export const SINGLE_TRANCHE_TERMS: ContractTermsInput = {
  contractValueWan: '300',
  rdInputWan: '1200',
  ipTerms: '知识产权归揭榜方所有。',
  deliverables: ['X 射线智能判读软件 1 套'],
  milestones: [],
  tranches: [{ sharePct: '100', trigger: '签约后拨付' }],
};

/** Clears a tags Select (its ✕ on every tag) and types each item followed by Enter. */
async function fillTags(select: Locator, items: string[]): Promise<void> {
  const wrapper = select.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const removes = wrapper.locator('.ant-select-selection-item-remove');
  while ((await removes.count()) > 0) await removes.first().click();
  for (const item of items) {
    await select.fill(item);
    await select.press('Enter');
  }
  for (const item of items) await wrapper.locator('.ant-select-selection-item', { hasText: item }).first().waitFor();
}

/** Picks an option of an antd Select inside `scope` (a row of a list form, where the same label repeats). */
async function pickIn(page: Page, scope: Locator, label: string, option: string | RegExp): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.click();
  // This field's own list (aria-controls names it once open): the previous row's may still be closing.
  await expect.poll(() => field.getAttribute('aria-controls')).toBeTruthy();
  await page.locator(`.ant-select-dropdown:visible:has([id="${await field.getAttribute('aria-controls')}"])`).locator('.ant-select-item-option', { hasText: option }).first().click();
}

/**
 * Types a date into an antd DatePicker and leaves the field (a complete date is taken as typed). Not Enter: in the
 * terms form Enter also submits the form, as in any HTML form.
 */
async function fillDate(field: Locator, date: string, leaveTo: Locator): Promise<void> {
  await field.click();
  await field.fill(date);
  await leaveTo.click();
  await expect.poll(() => field.inputValue()).toBe(date);
}

/**
 * The officer edits the terms during negotiation (编辑条款): value and R&D input, IP terms, deliverables, the
 * milestones and the tranche schedule, then saves them (保存条款) and waits for the terms table to show them.
 */
export async function setTerms(page: Page, baseUrl: string, contractId: string, terms: ContractTermsInput): Promise<void> {
  await openContractTab(page, baseUrl, contractId, 'terms');
  await page.getByRole('button', { name: /编辑条款/ }).click();
  const form = page.getByRole('tabpanel').locator('form');
  await form.getByLabel('合同金额（万元）').fill(terms.contractValueWan);
  await form.getByLabel('研发投入（万元）').fill(terms.rdInputWan);
  await form.getByLabel('知识产权归属').fill(terms.ipTerms);
  await fillTags(form.getByLabel('成果形式'), terms.deliverables);

  for (const [index, milestone] of terms.milestones.entries()) {
    const n = index + 1;
    if ((await form.locator(`[data-testid="milestone-row-${index}"]`).count()) === 0) await form.getByRole('button', { name: /添加节点/ }).click();
    const row = form.locator(`[data-testid="milestone-row-${index}"]`);
    const title = row.getByLabel(`节点 ${n} 节点名称`);
    await title.fill(milestone.title);
    await fillDate(row.getByLabel(`节点 ${n} 到期日`), milestone.dueDate, title);
    await fillTags(row.getByLabel('节点交付物'), milestone.deliverables);
  }

  const trancheRows = form.locator('.terms-row').filter({ hasText: /第 \d+ 期/ });
  while ((await trancheRows.count()) > terms.tranches.length) await form.getByRole('button', { name: `删除 第 ${await trancheRows.count()} 期` }).click();
  for (const [index, tranche] of terms.tranches.entries()) {
    if ((await trancheRows.count()) <= index) await form.getByRole('button', { name: /添加拨付批次/ }).click();
    const row = trancheRows.nth(index);
    await row.getByLabel('比例（%）').fill(tranche.sharePct);
    await pickIn(page, row, '拨付条件', new RegExp(`^${tranche.trigger}$`));
    if (tranche.milestone !== undefined) await pickIn(page, row, '对应节点', `节点 ${tranche.milestone}`);
  }
  await expect.poll(() => form.getByText(/合计 .*，须为 100%/).innerText()).toMatch(/^合计 100%/);

  await form.getByRole('button', { name: buttonName('保存条款') }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: /编辑条款/ }).waitFor();
}

/** 签约: the officer signs the negotiated contract from the masthead, after the confirmation; it becomes 执行中. */
export async function signContract(page: Page): Promise<void> {
  await page.locator('.contract-header-actions').getByRole('button', { name: buttonName('签约') }).click();
  await confirmPopconfirm(page, buttonName('签约'));
  await waitForContractStatus(page, '执行中');
}

/** Sets the terms and signs: the whole negotiation of one contract. */
export async function setTermsAndSign(page: Page, baseUrl: string, contractId: string, terms: ContractTermsInput): Promise<void> {
  await setTerms(page, baseUrl, contractId, terms);
  await signContract(page);
}

/** One row of the 分期拨付 table as the page shows it. */
export interface TrancheRow {
  label: string;
  share: string;
  amount: string;
  status: string;
}

/** The tranche schedule as shown on the 拨付 tab. */
export async function readTranches(page: Page, baseUrl: string, contractId: string): Promise<TrancheRow[]> {
  await openContractTab(page, baseUrl, contractId, 'tranches');
  const rows = page.getByRole('tabpanel').locator('.ant-table-tbody tr.ant-table-row');
  await rows.first().waitFor();
  const result: TrancheRow[] = [];
  for (const row of await rows.all()) {
    const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
    const at = cells.findIndex((text) => /^第 \d+ 期$/.test(text));
    result.push({ label: cells[at]!, share: cells[at + 1]!, amount: cells[at + 2]!, status: (await row.locator('.ant-tag').innerText()).trim() });
  }
  return result;
}

const milestoneCard = (page: Page, title: string) => page.locator('.contract-item').filter({ hasText: title });

/** The PI submits the progress report of one milestone (提交节点报告); it then waits for its review (待考核). */
export async function reportMilestone(page: Page, baseUrl: string, contractId: string, milestoneTitle: string, report: string): Promise<void> {
  await openContractTab(page, baseUrl, contractId, 'milestones');
  const card = milestoneCard(page, milestoneTitle);
  await card.getByRole('button', { name: '提交节点报告' }).click();
  const dialog = page.getByRole('dialog', { name: `提交节点报告：${milestoneTitle}` });
  await dialog.getByLabel('节点报告').fill(report);
  await dialog.getByRole('button', { name: buttonName('提交') }).click();
  await dialog.waitFor({ state: 'hidden' });
  await card.locator('.ant-tag', { hasText: '待考核' }).waitFor();
}

/** 节点考核 by the officer: 通过，继续实施 with an opinion (a 节点考核通过后拨付 tranche then unlocks). */
export async function reviewMilestone(page: Page, baseUrl: string, contractId: string, milestoneTitle: string, opinion: string): Promise<void> {
  await openContractTab(page, baseUrl, contractId, 'milestones');
  const card = milestoneCard(page, milestoneTitle);
  await card.getByRole('button', { name: '节点考核' }).click();
  const dialog = page.getByRole('dialog', { name: `节点考核：${milestoneTitle}` });
  await dialog.getByRole('radio', { name: '通过，继续实施' }).check();
  await dialog.getByLabel('考核意见').fill(opinion);
  await dialog.getByRole('button', { name: buttonName('提交') }).click();
  await dialog.waitFor({ state: 'hidden' });
  await card.locator('.ant-tag', { hasText: '考核通过' }).waitFor();
}

/** 拨付: the officer pays tranche `sequence` (第 n 期) after confirming its amount; the row turns 已拨付. */
export async function payTranche(page: Page, baseUrl: string, contractId: string, sequence: number): Promise<void> {
  await openContractTab(page, baseUrl, contractId, 'tranches');
  const row = page.getByRole('row').filter({ hasText: `第 ${sequence} 期` });
  await row.getByRole('button', { name: buttonName('拨付') }).click();
  await confirmPopconfirm(page, buttonName('拨付'));
  await row.locator('.ant-tag', { hasText: '已拨付' }).waitFor();
}

/** Whether the page offers this caller a payment of tranche `sequence` (a locked one has no 拨付 button). */
export async function canPayTranche(page: Page, baseUrl: string, contractId: string, sequence: number): Promise<boolean> {
  await openContractTab(page, baseUrl, contractId, 'tranches');
  return (await page.getByRole('row').filter({ hasText: `第 ${sequence} 期` }).getByRole('button', { name: buttonName('拨付') }).count()) > 0;
}

/** 合同办结: the officer closes an accepted and paid-out contract (confirmed); it becomes 已办结. */
export async function closeContract(page: Page, baseUrl: string, contractId: string): Promise<void> {
  await openContractTab(page, baseUrl, contractId, 'acceptance');
  await page.locator('.contract-header-actions').getByRole('button', { name: '合同办结' }).click();
  await confirmPopconfirm(page, buttonName('合同办结'));
  await waitForContractStatus(page, '已办结');
}

export type ChangeKindLabel = '技术路线调整' | '团队成员调整' | '预算调整' | '考核指标变更' | '揭榜挂帅人变更' | '牵头单位变更' | '项目延期';

/** One change request as its card on the 变更 tab shows it: kind, status tag, and the decisions offered (批准 / 驳回). */
export interface ChangeRequestCard {
  kind: string;
  status: string;
  decisions: string[];
}

const changeCard = (page: Page, summary: string) => page.getByRole('tabpanel').locator('.contract-item').filter({ hasText: summary });
const buttonTexts = async (scope: Locator) => (await scope.getByRole('button').allInnerTexts()).map((text) => text.replace(/\s+/g, ''));

/** The card of the change request `summary` on the 变更 tab, as this person sees it. */
export async function readChangeRequest(page: Page, baseUrl: string, contractId: string, summary: string): Promise<ChangeRequestCard> {
  await openContractTab(page, baseUrl, contractId, 'changes');
  const card = changeCard(page, summary);
  const head = card.locator('.ant-card-head');
  await head.waitFor();
  return { kind: (await head.locator('strong').innerText()).trim(), status: (await head.locator('.ant-tag').first().innerText()).trim(), decisions: await buttonTexts(head) };
}

/**
 * 申请变更 by the PI: picks the kind, reads what the form says it takes (备案 or 须审批), types the summary and the
 * reason and submits; returns that effect with the card the tab then shows.
 */
export async function fileChangeRequest(page: Page, baseUrl: string, contractId: string, change: { kind: ChangeKindLabel; summary: string; reason: string }): Promise<{ effect: string } & ChangeRequestCard> {
  await openContractTab(page, baseUrl, contractId, 'changes');
  await page.getByRole('tabpanel').getByRole('button', { name: /申请变更/ }).click();
  const dialog = page.getByRole('dialog', { name: '申请项目变更' });
  await pickIn(page, dialog, '变更类型', new RegExp(`^${change.kind}$`));
  const effect = (await dialog.locator('.ant-form-item-extra .ant-tag').innerText()).trim();
  await dialog.getByLabel('变更事由').fill(change.summary);
  await dialog.getByLabel('变更理由与影响说明').fill(change.reason);
  await dialog.getByRole('button', { name: buttonName('提交') }).click();
  await dialog.waitFor({ state: 'hidden' });
  return { effect, ...(await readChangeRequest(page, baseUrl, contractId, change.summary)) };
}

/** An expense as lead-organisation staff or the PI type it: amount in 元, date as YYYY-MM-DD. */
export interface ExpenseInput {
  category: string;
  description: string;
  amountYuan: string;
  incurredOn: string;
}

/** One row of the 经费 table as this person sees it, with the decisions offered (确认 / 驳回). */
export interface ExpenseRow {
  category: string;
  amount: string;
  incurredOn: string;
  status: string;
  decisions: string[];
}

const expenseRow = (page: Page, description: string) => page.getByRole('tabpanel').locator('tr.ant-table-row').filter({ hasText: description });

/** The row of the expense `description` on the 经费 tab. */
export async function readExpense(page: Page, baseUrl: string, contractId: string, description: string): Promise<ExpenseRow> {
  await openContractTab(page, baseUrl, contractId, 'expenses');
  const row = expenseRow(page, description);
  await row.waitFor();
  const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
  const at = cells.indexOf(description);
  return { category: cells[at - 1]!, amount: cells[at + 1]!, incurredOn: cells[at + 2]!, status: (await row.locator('.ant-tag').innerText()).trim(), decisions: await buttonTexts(row.locator('td').last()) };
}

/** 登记支出 (lead-organisation staff or the PI): fills the expense form and submits; returns the new row. */
export async function bookExpense(page: Page, baseUrl: string, contractId: string, expense: ExpenseInput): Promise<ExpenseRow> {
  await openContractTab(page, baseUrl, contractId, 'expenses');
  await page.getByRole('tabpanel').getByRole('button', { name: /登记支出/ }).click();
  const dialog = page.getByRole('dialog', { name: '登记经费支出' });
  const category = dialog.getByLabel('支出科目');
  await category.fill(expense.category);
  const description = dialog.getByLabel('支出说明');
  await description.fill(expense.description);
  await dialog.getByLabel('金额（元）').fill(expense.amountYuan);
  await fillDate(dialog.getByLabel('发生日期'), expense.incurredOn, description);
  await dialog.getByRole('button', { name: buttonName('提交') }).click();
  await dialog.waitFor({ state: 'hidden' });
  return readExpense(page, baseUrl, contractId, expense.description);
}

/** 确认 or 驳回 an expense (the PI under 经费包干制, the officer otherwise), with an opinion; returns the row after it. */
export async function decideExpense(page: Page, baseUrl: string, contractId: string, description: string, decision: '确认' | '驳回', note = ''): Promise<ExpenseRow> {
  await openContractTab(page, baseUrl, contractId, 'expenses');
  await expenseRow(page, description).getByRole('button', { name: buttonName(decision) }).click();
  const dialog = page.getByRole('dialog', { name: `审核支出：${description}` });
  if (note) await dialog.getByLabel('审核意见').fill(note);
  await dialog.getByRole('button', { name: buttonName(decision) }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expenseRow(page, description).locator('.ant-tag', { hasText: decision === '确认' ? '已确认' : '已驳回' }).waitFor();
  return readExpense(page, baseUrl, contractId, description);
}
