import type { BrowserContext, Page } from 'playwright-core';

/**
 * The pages after publication, for `npm run screenshots`: the office's challenge builder and evaluation pages, the
 * public notices and results, the contract portal (officer and PI) with its outcome tabs, in zh-CN and English.
 * Which objects to show is read from the demo data through the API, so the script follows the seed.
 */
export interface LaterStagesShooter {
  baseUrl: string;
  shoot: (context: BrowserContext, name: string, url: string, ready: (page: Page) => Promise<void>, fullPage?: boolean) => Promise<Page>;
  signedInAs: (username: string, language?: 'zh-CN' | 'en') => Promise<BrowserContext>;
  problems: string[];
}

type Language = 'zh-CN' | 'en';

/** Skeletons gone and some content (a table, a timeline, an empty or error state) shown. */
const settled = async (page: Page): Promise<void> => {
  await page.locator('.ant-table, .ant-timeline, .ant-empty, .page-state, .ant-descriptions, .ant-card').first().waitFor();
  await page.locator('.ant-skeleton').first().waitFor({ state: 'detached' });
};

async function getJson<T>(context: BrowserContext, url: string): Promise<T> {
  const answer = await context.request.get(url);
  if (!answer.ok()) throw new Error(`GET ${url} answered ${answer.status()}`);
  return (await answer.json()) as T;
}

interface Item {
  id: string;
  status: string;
}

export async function shootLaterStages({ baseUrl, shoot, signedInAs, problems }: LaterStagesShooter): Promise<void> {
  const officerZh = await signedInAs('nb_owner');
  const me = await getJson<{ tenantId: string }>(officerZh, `${baseUrl}/api/auth/me`);
  const programmes = await getJson<{ items: Item[] }>(officerZh, `${baseUrl}/api/programmes?tenantId=${me.tenantId}`);
  const programmeId = programmes.items[0]?.id;
  if (!programmeId) throw new Error('nb_owner has no programme');
  const challenges = await getJson<{ items: Item[] }>(officerZh, `${baseUrl}/api/programmes/${programmeId}/challenges`);
  const reviewed = challenges.items.find((item) => item.status === 'under_review') ?? challenges.items.find((item) => item.status === 'awarded');
  const awarded = challenges.items.find((item) => item.status === 'awarded');
  const notices = await getJson<{ items: (Item & { challengeId: string })[] }>(officerZh, `${baseUrl}/api/notices`);
  const notice = notices.items[0];
  const contracts = await getJson<{ items: Item[] }>(officerZh, `${baseUrl}/api/contracts/mine`);
  const contract = contracts.items.find((item) => item.status === 'active') ?? contracts.items.find((item) => item.status === 'closed') ?? contracts.items[0];
  const failed = contracts.items.find((item) => item.status === 'failed' || item.status === 'terminated');
  if (!reviewed || !awarded || !contract) problems.push('later stages: the demo seed has no challenge under review, awarded challenge or contract for nb_owner');

  for (const language of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
    const officer = language === 'zh-CN' ? officerZh : await signedInAs('nb_owner', 'en');
    const shot = (name: string, path: string) => shoot(officer, `${name}.${language}`, `${baseUrl}${path}`, settled);
    await shot('office-challenges', `/office/programmes/${programmeId}/challenges`);
    await shoot(officer, `office-challenge-builder.${language}`, `${baseUrl}/office/programmes/${programmeId}/challenges/new`, (page) => page.locator('.indicators-editor, .page-state').first().waitFor());
    if (reviewed) {
      await shot('office-challenge', `/office/challenges/${reviewed.id}`);
      await shot('office-review', `/office/challenges/${reviewed.id}/review`);
    }
    if (notice) await shot('office-notice', `/office/challenges/${notice.challengeId}/notice`);
    else if (awarded) await shot('office-notice', `/office/challenges/${awarded.id}/notice`);
    await shot('office-integrity', '/office/integrity');
    await shot('office-experts', '/office/experts');
    await shoot(officer, `office-assignment.${language}`, `${baseUrl}/office/programmes/${programmeId}/assignment`, (page) => page.getByRole('button', { name: /开始遴选|Run/ }).waitFor());
    await shot('contracts', '/contracts');
    if (contract) await shot('contract', `/contracts/${contract.id}`);
    if (contract) await shot('contract-milestones', `/contracts/${contract.id}?tab=milestones`);
    if (contract) await shot('contract-payouts', `/contracts/${contract.id}?tab=payouts`);
    if (failed) await shot('contract-failure-review', `/contracts/${failed.id}?tab=failureReview`);
  }

  // The expert's side: work list and profile.
  const expert = await signedInAs('expert_tech1');
  await shoot(expert, 'expert-profile.zh-CN', `${baseUrl}/expert/profile`, settled);
  await shoot(expert, 'expert-work.zh-CN', `${baseUrl}/expert`, settled);

  // The PI's side of the same portal.
  const pi = await signedInAs('pi_chen');
  const piContracts = await getJson<{ items: Item[] }>(pi, `${baseUrl}/api/contracts/mine`);
  await shoot(pi, 'contracts-pi.zh-CN', `${baseUrl}/contracts`, settled);
  const piContract = piContracts.items[0];
  if (piContract) await shoot(pi, 'contract-pi.zh-CN', `${baseUrl}/contracts/${piContract.id}`, settled);

  // Public pages need no session.
  for (const language of ['zh-CN', 'en'] as const satisfies readonly Language[]) {
    const visitor = await officerZh.browser()!.newContext({ viewport: { width: 1440, height: 900 }, locale: language === 'en' ? 'en-US' : 'zh-CN', timezoneId: 'Asia/Shanghai' });
    if (language === 'en') await visitor.addInitScript({ content: "localStorage.setItem('jiebang.language', 'en')" });
    await shoot(visitor, `notices.${language}`, `${baseUrl}/notices`, settled);
    if (notice) await shoot(visitor, `notice.${language}`, `${baseUrl}/notices/${notice.id}`, (page) => page.locator('form, .page-state, .ant-result').first().waitFor());
    await shoot(visitor, `results.${language}`, `${baseUrl}/results`, settled);
    await shoot(visitor, `expert-register.${language}`, `${baseUrl}/experts/register`, (page) => page.locator('form').first().waitFor());
  }
}
