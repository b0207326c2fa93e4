import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmPopconfirm, pathOf, pickOption } from '../harness.ts';

/** What a lead organisation's staff types into the bid form (揭榜申请). */
export interface BidInput {
  title: string;
  /** The PI as listed among the lead organisation's people (display name). */
  piName: string;
  technicalProposal: string;
  /** Committed value and 实现途径 per indicator name, in the challenge's order. */
  commitments: { indicator: string; unit: string; value: string; note: string }[];
  budgetWan: string;
  rdInputWan: string;
  leadTask: string;
  leadSharePct: string;
}

export const ningboBid = (title: string, piName: string): BidInput => ({
  title,
  piName,
  technicalProposal: '可见光与近红外多光谱成像，结合轻量化缺陷检测网络，在压铸产线边缘端实时识别气孔、缩松与裂纹。',
  commitments: [
    { indicator: '缺陷识别准确率', unit: '%', value: '98.5', note: '多光谱成像与缺陷检测网络' },
    { indicator: '单帧处理时延', unit: 'ms', value: '45', note: '边缘端推理加速' },
    { indicator: '单套设备成本', unit: '万元', value: '58', note: '国产化相机与工控机' },
  ],
  budgetWan: '400',
  rdInputWan: '2000',
  leadTask: '总体方案、检测算法与系统集成',
  leadSharePct: '100',
});

/** The bid form's field labels, in the order a keyboard user meets them (for the focus-order check). */
export const bidFieldLabels = (bid: BidInput) => [
  '方案名称',
  '技术方案',
  ...bid.commitments.flatMap((commitment) => [`承诺值：${commitment.indicator}（${commitment.unit}）`, `实现途径：${commitment.indicator}`]),
  '申请经费（万元）',
  '研发投入（万元）',
  '牵头单位任务',
  '牵头单位经费占比（%）',
];

/** From the public challenge page, the 揭榜 button opens the bid form. */
export async function openBidForm(page: Page, baseUrl: string, challengeId: string): Promise<void> {
  await page.goto(`${baseUrl}/challenges/${challengeId}`);
  await page.getByRole('button', { name: /揭\s*榜$/ }).click();
  await page.waitForURL(new RegExp(`/bidder/challenges/${challengeId}/bid$`));
  await page.getByLabel('方案名称').waitFor();
}

/** Fills every field of the open bid form with the mouse and keyboard as a person would, then saves the draft. */
export async function fillAndSaveBid(page: Page, bid: BidInput): Promise<void> {
  await pickOption(page, '揭榜挂帅人', bid.piName);
  await page.getByLabel('方案名称').fill(bid.title);
  await page.getByLabel('技术方案').fill(bid.technicalProposal);
  for (const commitment of bid.commitments) {
    await page.getByLabel(`承诺值：${commitment.indicator}（${commitment.unit}）`).fill(commitment.value);
    await page.getByLabel(`实现途径：${commitment.indicator}`).fill(commitment.note);
  }
  await page.getByLabel('申请经费（万元）').fill(bid.budgetWan);
  await page.getByLabel('研发投入（万元）').fill(bid.rdInputWan);
  await page.getByLabel('牵头单位任务').fill(bid.leadTask);
  await page.getByLabel('牵头单位经费占比（%）').fill(bid.leadSharePct);
  await saveBidDraft(page);
}

/** 保存草稿, then waits for the save status to say the server has it. */
export async function saveBidDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: /保存草稿/ }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: /已保存|未保存|正在保存|尚未保存/ }).innerText(), { timeout: 15_000 }).toMatch(/^\s*已保存/);
}

/**
 * The lead's staff drafts a bid on a published challenge: opens the form from the challenge page, fills it, saves
 * the draft and goes on to the bid's page. Returns the bid's id.
 */
export async function draftBidAsLead(page: Page, baseUrl: string, challengeId: string, bid: BidInput): Promise<string> {
  await openBidForm(page, baseUrl, challengeId);
  await fillAndSaveBid(page, bid);
  await page.getByRole('button', { name: '查看申请与提交' }).click();
  await page.waitForURL(/\/bidder\/bids\/[^/]+$/);
  await page.getByText(bid.title).first().waitFor();
  return pathOf(page).split('/').pop()!;
}

/** The PI signs the 承诺书 (军令状) on the bid's page, after reading it in the confirmation dialog. */
export async function signPledgeAsPi(page: Page, baseUrl: string, bidId: string, pledge: string): Promise<void> {
  await page.goto(`${baseUrl}/bidder/bids/${bidId}`);
  await page.getByRole('button', { name: '签署承诺书' }).click();
  const dialog = page.getByRole('dialog', { name: '签署揭榜挂帅人承诺书（军令状）' });
  await dialog.getByLabel('承诺内容（可补充）').fill(pledge);
  await dialog.getByRole('button', { name: /^签\s*署$/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(/^已签署/).first().waitFor();
}

/** The lead submits the signed bid (confirmed) and lands on the submission receipt. */
export async function submitBidAsLead(page: Page, baseUrl: string, bidId: string): Promise<void> {
  await page.goto(`${baseUrl}/bidder/bids/${bidId}`);
  await page.getByRole('button', { name: '提交揭榜' }).click();
  await confirmPopconfirm(page);
  await page.waitForURL(new RegExp(`/bidder/bids/${bidId}/receipt$`));
}
