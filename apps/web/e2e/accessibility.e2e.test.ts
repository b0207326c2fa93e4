import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openProgramme, poolNeed, publishChallenge } from '../../server/test/journeys/lifecycle-steps.ts';
import { describeViolations, focusedControl, rawKeysIn, runAxe, dataStrings, zhUiStringsIn } from './checks.ts';
import { setUpBrowserJourney } from './harness.ts';
import { bidFieldLabels, ningboBid, openBidForm } from './steps/bid-steps.ts';

/**
 * Accessibility (axe-core), keyboard use of the bid form and the English pages, on a published Ningbo challenge.
 * The challenge is starting data (made through the API, as in the API journeys); the checks use the pages only.
 */
/** axe rules about accessible names: a form field, button or link a screen reader cannot name is a bug here. */
const NAME_RULES = new Set(['label', 'button-name', 'link-name', 'input-button-name', 'aria-input-field-name', 'select-name', 'aria-command-name', 'label-content-name-mismatch', 'image-alt', 'svg-img-alt', 'aria-toggle-field-name']);

describe('accessibility, keyboard and English', () => {
  const journey = setUpBrowserJourney();
  const title = '新能源汽车电驱壳体压铸缺陷在线视觉检测系统';
  let challengeId = '';
  let bidder: Page;

  beforeAll(async () => {
    const programmeId = await openProgramme(journey.cast);
    const needId = await poolNeed(journey.cast, programmeId, '新能源汽车电驱壳体压铸缺陷在线检测');
    challengeId = await publishChallenge(journey.t, journey.cast, programmeId, needId, title);
  });

  /**
   * axe on what the page shows once it settled: no critical violation and no control without a fitting name (labels,
   * button and link names, visible text in the name); the other serious ones (antd's grey-text contrast) are printed.
   */
  async function expectNoCriticalViolations(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    const violations = await runAxe(page);
    const serious = violations.filter((violation) => violation.impact === 'serious');
    if (serious.length) console.warn(`[axe] ${name}: serious violations\n${describeViolations(serious)}`);
    const failing = violations.filter((violation) => violation.impact === 'critical' || NAME_RULES.has(violation.id));
    expect(describeViolations(failing), `${name}: critical or naming axe violations`).toBe('');
  }

  it('the hall, a challenge and the sign-in page have no critical axe violations', async () => {
    const visitor = await journey.newPage('visitor');
    await visitor.goto(`${journey.baseUrl}/hall`);
    await visitor.locator('.challenge-card').first().waitFor();
    await expectNoCriticalViolations(visitor, 'hall');
    await visitor.goto(`${journey.baseUrl}/challenges/${challengeId}`);
    await visitor.locator('.challenge-timeline').waitFor();
    await expectNoCriticalViolations(visitor, 'challenge');
    await visitor.goto(`${journey.baseUrl}/sign-in`);
    await visitor.getByRole('form', { name: '登录揭榜平台' }).waitFor();
    await expectNoCriticalViolations(visitor, 'sign-in');
  });

  it('the bid form has no critical axe violations', async () => {
    bidder = await journey.pageFor('leadB');
    await openBidForm(bidder, journey.baseUrl, challengeId);
    await expectNoCriticalViolations(bidder, 'bid form');
  });

  it('the bid form is filled and saved with the keyboard alone, in a sensible focus order', async () => {
    const bid = ningboBid('基于深度学习的电驱壳体缺陷视觉检测装备', '周总');
    const values = new Map<string, string>([
      ['方案名称', bid.title],
      ['技术方案', bid.technicalProposal],
      ...bid.commitments.flatMap((commitment): [string, string][] => [
        [`承诺值：${commitment.indicator}（${commitment.unit}）`, commitment.value],
        [`实现途径：${commitment.indicator}`, commitment.note],
      ]),
      ['申请经费（万元）', bid.budgetWan],
      ['研发投入（万元）', bid.rdInputWan],
      ['牵头单位任务', bid.leadTask],
      ['牵头单位经费占比（%）', bid.leadSharePct],
    ]);
    const expectedOrder = ['牵头单位', '揭榜挂帅人', ...bidFieldLabels(bid), '添加联合参与单位', '保存草稿'];

    // The first field takes the focus; from there on only keys are pressed.
    await bidder.getByLabel('牵头单位', { exact: true }).focus();
    const visited: string[] = [];
    for (let presses = 0; presses < 60; presses++) {
      const { label } = await focusedControl(bidder);
      if (visited.at(-1) !== label) visited.push(label);
      const value = values.get(label);
      if (value !== undefined) {
        await bidder.keyboard.press('ControlOrMeta+A');
        await bidder.keyboard.type(value);
        values.delete(label);
      }
      if (label === '保存草稿') break;
      await bidder.keyboard.press('Tab');
    }
    expect(visited.filter((label) => expectedOrder.includes(label))).toEqual(expectedOrder);
    expect([...values.keys()], 'fields the keyboard never reached').toEqual([]);

    await bidder.keyboard.press('Enter');
    await expect.poll(() => bidder.getByRole('status').filter({ hasText: /保存/ }).innerText(), { timeout: 15_000 }).toMatch(/^\s*已保存/);
    // Once saved, the way on to the bid (and its submission) is next in the tab order.
    await bidder.keyboard.press('Tab');
    expect((await focusedControl(bidder)).label).toMatch(/查看申请与提交/);

    // The draft is on the server: a reload shows what was typed.
    await bidder.reload();
    await expect.poll(() => bidder.getByLabel('方案名称').inputValue()).toBe(bid.title);
    expect(await bidder.getByLabel('技术方案').inputValue()).toBe(bid.technicalProposal);
    expect(await bidder.getByLabel('承诺值：缺陷识别准确率（%）').inputValue()).toBe('98.5');
    expect(await bidder.getByLabel('申请经费（万元）').inputValue()).toBe('400.00');
    expect(await bidder.getByLabel('牵头单位任务').inputValue()).toBe(bid.leadTask);
    const mine = await journey.cast.as.leadB.expect(200, 'GET', '/api/bids/mine');
    expect(mine.items.map((item: { title: string; status: string }) => [item.title, item.status])).toEqual([[bid.title, 'draft']]);
  });

  it('in English (header switch) the hall and a challenge show no Chinese UI string and no raw key', async () => {
    const visitor = await journey.newPage('visitor-en');
    await visitor.goto(`${journey.baseUrl}/hall`);
    await visitor.locator('.challenge-card').first().waitFor();
    await visitor.getByRole('button', { name: /切换语言/ }).click();
    await visitor.getByRole('menuitem', { name: 'English' }).click();
    await visitor.getByRole('heading', { name: 'Challenge hall' }).waitFor();
    await expect.poll(() => visitor.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang)).toBe('en');

    const hallData = dataStrings(await journey.cast.public.expect(200, 'GET', '/api/challenges'));
    const hallText = await visitor.locator('body').innerText();
    expect(zhUiStringsIn(hallText, hallData), 'Chinese UI strings on the English hall').toEqual([]);
    expect(rawKeysIn(hallText), 'raw i18n keys on the hall').toEqual([]);

    // The choice is kept: the challenge page opens in English too.
    await visitor.getByRole('link', { name: title }).first().click();
    await visitor.locator('.challenge-timeline').waitFor();
    for (const section of ['The problem', 'Indicators', 'Reward and funding', 'Key facts', 'Who may bid', 'Status history']) await visitor.getByText(section, { exact: true }).first().waitFor();
    await visitor.waitForLoadState('networkidle');
    const challengeData = dataStrings(await journey.cast.public.expect(200, 'GET', `/api/challenges/${challengeId}`));
    const challengeText = await visitor.locator('body').innerText();
    expect(zhUiStringsIn(challengeText, challengeData), 'Chinese UI strings on the English challenge page').toEqual([]);
    expect(rawKeysIn(challengeText), 'raw i18n keys on the challenge page').toEqual([]);
  });
});
