import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmPopconfirm, pathOf, pickOption } from '../harness.ts';

/** One 考核指标 as the demander types it into the need form. */
export interface IndicatorInput {
  name: string;
  key: string;
  unit: string;
  direction: '越高越好' | '越低越好';
  baseline: string;
  target: string;
  threshold?: string;
  weightPct: string;
  testMethod: string;
}

export interface NeedInput {
  title: string;
  category: '关键核心技术（卡脖子）' | '产业共性技术' | '科技成果转化';
  field: string;
  industrialChain: string;
  problemStatement: string;
  applicationScenario: string;
  indicators: IndicatorInput[];
  coFundingWan: string;
}

/** The Ningbo need of the journeys (the API journeys' sampleIndicators, typed by a person). */
export const ningboNeed = (title: string): NeedInput => ({
  title,
  category: '关键核心技术（卡脖子）',
  field: '智能制造',
  industrialChain: '新能源汽车',
  problemStatement: '电驱壳体压铸气孔、缩松缺陷依赖人工目检，漏检率约 3%，需研制可在线部署的视觉检测系统。',
  applicationScenario: '需求方压铸车间两条产线，节拍 45 秒/件。',
  indicators: [
    { name: '缺陷识别准确率', key: 'accuracy', unit: '%', direction: '越高越好', baseline: '85', target: '98', threshold: '95', weightPct: '50', testMethod: '第三方检测机构按 GB/T 标准抽样测试' },
    { name: '单帧处理时延', key: 'latency', unit: 'ms', direction: '越低越好', baseline: '200', target: '50', threshold: '80', weightPct: '30', testMethod: '现场连续运行 72 小时统计' },
    { name: '单套设备成本', key: 'cost', unit: '万元', direction: '越低越好', baseline: '120', target: '60', weightPct: '20', testMethod: '需求方采购价格核验' },
  ],
  coFundingWan: '200',
});

async function fillIndicator(page: Page, number: number, indicator: IndicatorInput): Promise<void> {
  const field = (name: string) => page.getByLabel(`指标 ${number} · ${name}`, { exact: true });
  await field('指标名称').fill(indicator.name);
  await field('标识').fill(indicator.key);
  await field('单位').fill(indicator.unit);
  await pickOption(page, `指标 ${number} · 方向`, indicator.direction);
  await field('现状值').fill(indicator.baseline);
  await field('目标值').fill(indicator.target);
  if (indicator.threshold) await field('最低可接受值').fill(indicator.threshold);
  await field('权重 %').fill(indicator.weightPct);
  await field('测试/验收方法').fill(indicator.testMethod);
}

/**
 * The demander (signed in, on any page) opens 我的需求, starts a new need in the programme collecting needs, fills
 * the form with its indicators, saves the draft and submits it. Returns the need's id (from the page address).
 */
export async function draftAndSubmitNeed(page: Page, baseUrl: string, need: NeedInput): Promise<string> {
  await page.goto(`${baseUrl}/demander`);
  await page.getByRole('link', { name: /新建需求/ }).click();
  await page.waitForURL(/\/demander\/programmes\/[^/]+\/needs\/new$/);
  await page.getByLabel('需求名称').fill(need.title);
  await pickOption(page, '需求类别', need.category);
  await page.getByLabel('技术领域').fill(need.field);
  await page.getByLabel('所属产业链').fill(need.industrialChain);
  await page.getByLabel('技术难题描述').fill(need.problemStatement);
  await page.getByLabel('应用场景').fill(need.applicationScenario);
  for (const [index, indicator] of need.indicators.entries()) {
    // A new row takes what is left of 100% and the focus; its own weight is typed over it.
    if (index > 0) await page.getByRole('button', { name: /添加指标/ }).click();
    await fillIndicator(page, index + 1, indicator);
  }
  await expect.poll(() => page.getByText('权重合计为 100%').isVisible()).toBe(true);
  await page.getByLabel('配套资金承诺（万元）').fill(need.coFundingWan);
  await page.getByRole('button', { name: /保存草稿/ }).click();

  await page.waitForURL(/\/demander\/needs\/[^/]+$/);
  const needId = pathOf(page).split('/').pop()!;
  await page.getByRole('heading', { name: need.title }).waitFor();
  await page.getByRole('button', { name: /提交需求/ }).click();
  await confirmPopconfirm(page);
  await page.locator('.need-header').getByText('已提交', { exact: true }).waitFor();
  return needId;
}

/** Runs one need command the office page offers: confirmed in a Popconfirm, or in its modal for `入库`. */
async function needCommand(page: Page, label: string, nextStatus: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
  await confirmPopconfirm(page);
  await page.getByText(nextStatus, { exact: true }).first().waitFor();
}

/**
 * The officer opens the programme's 需求库, finds the need by its title, does the 形式审查, sends it to 专家论证 and
 * pools it (入库) with a vetting opinion.
 */
export async function vetNeed(page: Page, baseUrl: string, programmeId: string, title: string, opinion: string): Promise<void> {
  await page.goto(`${baseUrl}/office/programmes/${programmeId}/needs`);
  const row = page.getByRole('row').filter({ hasText: title });
  await expect.poll(() => row.getByText('已提交', { exact: true }).isVisible()).toBe(true);
  await row.getByRole('link', { name: title }).click();
  await page.waitForURL(/\/office\/needs\/[^/]+$/);
  await page.getByRole('heading', { name: title }).waitFor();
  await needCommand(page, '开始形式审查', '形式审查中');
  await needCommand(page, '提交专家论证', '专家论证中');

  await page.getByRole('button', { name: /^入\s*库$/ }).click();
  const dialog = page.getByRole('dialog', { name: '入库' });
  await dialog.getByLabel('论证意见').fill(opinion);
  await dialog.getByRole('button', { name: '确定入库' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('已入库', { exact: true }).first().waitFor();
  await page.getByText(opinion).first().waitFor();
}
