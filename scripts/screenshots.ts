import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { shootLaterStages } from './screenshots-later-stages.ts';

/**
 * `npm run screenshots`: builds the web app if needed, starts the server on a free port with a temporary DATA_DIR
 * and the demo seed, and saves the main pages (zh-CN, plus the hall in English) as PNGs in ./screenshots/ for a
 * human to look at. It fails on page errors, console errors and text that looks like an untranslated i18n key.
 */
const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'screenshots');
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1440, height: 900 };

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });

interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
}

async function startServer(dataDir: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'apps/cli/src/main.ts', 'serve', '--seed', 'demo'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 180_000;
  while (!output.includes('ready in')) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`the server did not start within 180 s:\n${output}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
  return { child, baseUrl: `http://127.0.0.1:${port}`, output: () => output };
}

async function stopServer(server: RunningServer): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGINT');
  await Promise.race([exited, new Promise((wait) => setTimeout(wait, 15_000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

/** The demo accounts share one password, printed in the server's start-up table. */
function demoPassword(output: string, username: string): string {
  const line = output.split('\n').find((row) => row.trim().startsWith(`${username} `));
  const password = line?.trim().split(/\s{2,}/)[1];
  if (!password) throw new Error(`no demo account ${username} in the server output`);
  return password;
}

const problems: string[] = [];

function watch(page: Page, name: string): void {
  page.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // Expected answers: a visitor's GET /api/auth/me is 401, and the sign-in screenshot submits an empty form (400).
    const { url } = message.location();
    if (/status of 401/.test(message.text()) && url.endsWith('/api/auth/me')) return;
    if (/status of 400/.test(message.text()) && url.endsWith('/api/auth/sign-in')) return;
    if (/status of 400/.test(message.text()) && /\/api\/programmes\/[^/]+\/policy$/.test(url)) return;
    // The need form's screenshot saves on purpose with weights short of 100% to show the server's field errors.
    if (/status of 400/.test(message.text()) && /\/api\/programmes\/[^/]+\/needs$/.test(url)) return;
    problems.push(`${name}: console ${message.type()}: ${message.text()} (${url})`);
  });
}

/** Visible text shaped like an i18n key (`hall.filters.field`) means a translation is missing. */
async function checkTranslated(page: Page, name: string): Promise<void> {
  const text = await page.locator('body').innerText();
  const keys = text.match(/\b[a-z][a-zA-Z]+(\.[a-zA-Z_]+){1,}\b/g)?.filter((candidate) => !/^(api|www)\.|\.(json|js|png|cn|com)$/.test(candidate)) ?? [];
  if (keys.length) problems.push(`${name}: text that looks like untranslated keys: ${[...new Set(keys)].join(', ')}`);
}

async function shoot(context: BrowserContext, name: string, url: string, ready: (page: Page) => Promise<void>, fullPage = true): Promise<Page> {
  const page = await context.newPage();
  watch(page, name);
  await page.goto(url, { waitUntil: 'networkidle' });
  try {
    await ready(page);
  } catch (error) {
    await page.screenshot({ path: join(outDir, `${name}.failed.png`), fullPage: true });
    throw new Error(`${name}: the page did not get ready (see ${name}.failed.png): ${(error as Error).message}\n${problems.join('\n')}`);
  }
  await page.waitForLoadState('networkidle');
  await checkTranslated(page, name);
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  console.log(`  ${path}`);
  return page;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-web.ts', '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the web build failed');
  await mkdir(outDir, { recursive: true });
  for (const file of await readdir(outDir)) if (file.endsWith('.png')) await rm(join(outDir, file));
  const dataDir = await mkdtemp(join(tmpdir(), 'jiebang-screenshots-'));
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    console.log('starting the server with the demo seed…');
    server = await startServer(dataDir);
    const { baseUrl } = server;
    const hall = (await (await fetch(`${baseUrl}/api/challenges?status=awarded&pageSize=1`)).json()) as { items: { id: string }[] };
    // nb_owner runs the Ningbo programme: one of its open challenges shows an officer's action buttons.
    const open = (await (await fetch(`${baseUrl}/api/challenges?status=published&sort=deadline&pageSize=100`)).json()) as { items: { id: string; code: string }[] };
    const awardedId = hall.items[0]?.id;
    const openId = open.items.find((item) => item.code.startsWith('NB-'))?.id;
    if (!awardedId || !openId) throw new Error('the demo seed has no awarded or open challenge');

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
    const zh = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    console.log('screenshots:');
    await shoot(zh, 'landing.zh-CN', `${baseUrl}/`, (page) => page.locator('.figure-card .ant-statistic').first().waitFor());
    // Filters drive the URL and the request: pick a status and check what the hall then shows.
    const filtered = await shoot(zh, 'hall.zh-CN', `${baseUrl}/hall`, (page) => page.locator('.challenge-card').first().waitFor());
    await filtered.getByLabel('榜单状态').click();
    await filtered.locator('.ant-select-item-option', { hasText: '已揭榜' }).click();
    await filtered.waitForURL(/status=awarded/);
    await filtered.waitForLoadState('networkidle');
    await filtered.locator('.is-refreshing').waitFor({ state: 'detached' });
    await filtered.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    const statuses = await filtered.locator('.challenge-card .status-tag').allInnerTexts();
    if (!statuses.length || statuses.some((status) => status !== '已揭榜')) problems.push(`hall filter by status shows ${statuses.join(', ')}`);
    await filtered.screenshot({ path: join(outDir, 'hall-filtered.zh-CN.png') });
    console.log(`  ${join(outDir, 'hall-filtered.zh-CN.png')}`);
    await shoot(zh, 'challenge.zh-CN', `${baseUrl}/challenges/${awardedId}`, (page) => page.locator('.challenge-timeline').waitFor());
    const signIn = await shoot(zh, 'sign-in.zh-CN', `${baseUrl}/sign-in`, (page) => page.locator('form').waitFor());

    // The server's field errors next to the fields, then a real sign-in and an officer's view with actions.
    await signIn.getByRole('button', { name: /登\s*录/ }).last().click();
    await signIn.locator('.ant-form-item-explain-error').first().waitFor();
    await signIn.waitForTimeout(400); // let the error messages finish animating in
    await signIn.screenshot({ path: join(outDir, 'sign-in-errors.zh-CN.png') });
    console.log(`  ${join(outDir, 'sign-in-errors.zh-CN.png')}`);
    await signIn.getByLabel('用户名').fill('nb_owner');
    await signIn.getByLabel('密码').fill(demoPassword(server.output(), 'nb_owner'));
    await signIn.getByRole('button', { name: /登\s*录/ }).last().click();
    await signIn.waitForURL(/\/hall/);
    const officer = await shoot(zh, 'challenge-officer.zh-CN', `${baseUrl}/challenges/${openId}`, (page) => page.locator('.challenge-timeline').waitFor(), false);
    await officer.locator('.user-menu-button').click();
    await officer.locator('.user-menu-profile').waitFor();
    await officer.waitForLoadState('networkidle');
    await officer.waitForTimeout(600); // let the dropdown finish fading in
    await officer.screenshot({ path: join(outDir, 'user-menu.zh-CN.png') });
    console.log(`  ${join(outDir, 'user-menu.zh-CN.png')}`);

    // The programme office (nb_owner): dashboard, programme policy, needs pool, a need with its actions, bids.
    const me = (await (await zh.request.get(`${baseUrl}/api/auth/me`)).json()) as { tenantId: string };
    const programmes = (await (await zh.request.get(`${baseUrl}/api/programmes?tenantId=${me.tenantId}`)).json()) as { items: { id: string }[] };
    const programmeId = programmes.items[0]?.id;
    if (!programmeId) throw new Error('nb_owner has no programme');
    const needs = (await (await zh.request.get(`${baseUrl}/api/programmes/${programmeId}/needs`)).json()) as { items: { id: string; actions: string[] }[] };
    const actionable = needs.items.find((item) => item.actions.includes('start_vetting') || item.actions.includes('pool')) ?? needs.items.find((item) => item.actions.length) ?? needs.items[0];
    const challenges = (await (await zh.request.get(`${baseUrl}/api/programmes/${programmeId}/challenges`)).json()) as { items: { id: string; status: string }[] };
    const reviewed = challenges.items.find((item) => ['closed', 'under_review', 'awarded'].includes(item.status)) ?? challenges.items[0];
    await shoot(zh, 'office-dashboard.zh-CN', `${baseUrl}/office`, (page) => page.locator('.ant-statistic').first().waitFor().then(() => page.locator('canvas').first().waitFor()));
    await shoot(zh, 'office-programmes.zh-CN', `${baseUrl}/office/programmes`, (page) => page.locator('.ant-table-row').first().waitFor());
    const policy = await shoot(zh, 'office-programme.zh-CN', `${baseUrl}/office/programmes/${programmeId}`, (page) => page.locator('.ant-statistic').first().waitFor());
    // The policy editor with the server's field error: rubric weights that no longer sum to 100%.
    await policy.getByRole('button', { name: '修改政策' }).click();
    await policy.getByLabel('权重').first().fill('50');
    await policy.getByRole('button', { name: '保存政策' }).click();
    await policy.locator('.ant-form-item-explain-error').first().waitFor();
    await policy.locator('.ant-form-item-explain-error').first().scrollIntoViewIfNeeded();
    await policy.waitForTimeout(400);
    await policy.screenshot({ path: join(outDir, 'office-policy-errors.zh-CN.png') });
    console.log(`  ${join(outDir, 'office-policy-errors.zh-CN.png')}`);
    await shoot(zh, 'office-needs.zh-CN', `${baseUrl}/office/programmes/${programmeId}/needs`, (page) => page.locator('.ant-table-row').first().waitFor());
    if (actionable) await shoot(zh, 'office-need.zh-CN', `${baseUrl}/office/needs/${actionable.id}`, (page) => page.locator('.ant-timeline').first().waitFor());
    if (reviewed) await shoot(zh, 'office-bids.zh-CN', `${baseUrl}/office/challenges/${reviewed.id}/bids`, (page) => page.locator('.ant-table-row, .page-state').first().waitFor());

    // A consortium member who also bids: two roles and an organisation in the user menu.
    const bidder = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const signedIn = await bidder.request.post(`${baseUrl}/api/auth/sign-in`, { data: { username: 'yongxin_member', password: demoPassword(server.output(), 'yongxin_member') } });
    if (!signedIn.ok()) throw new Error(`yongxin_member could not sign in: ${signedIn.status()}`);
    const bidderHall = await shoot(bidder, 'hall-bidder.zh-CN', `${baseUrl}/hall`, (page) => page.locator('.user-menu-button').waitFor(), false);
    await bidderHall.locator('.user-menu-button').click();
    await bidderHall.locator('.user-menu-org').first().waitFor();
    await bidderHall.waitForLoadState('networkidle');
    await bidderHall.waitForTimeout(600);
    await bidderHall.screenshot({ path: join(outDir, 'user-menu-bidder.zh-CN.png') });
    console.log(`  ${join(outDir, 'user-menu-bidder.zh-CN.png')}`);

    // The expert portal (expert_ind2 has open assignments) and the demander portal (nb_demander).
    const [portalBrowser, serverOutput] = [browser, server.output];
    const signedInContext = async (username: string, language: 'zh-CN' | 'en' = 'zh-CN') => {
      const context = await portalBrowser.newContext({ viewport: VIEWPORT, locale: language === 'en' ? 'en-US' : 'zh-CN', timezoneId: 'Asia/Shanghai' });
      if (language === 'en') await context.addInitScript({ content: "localStorage.setItem('jiebang.language', 'en')" });
      const answer = await context.request.post(`${baseUrl}/api/auth/sign-in`, { data: { username, password: demoPassword(serverOutput(), username) } });
      if (!answer.ok()) throw new Error(`${username} could not sign in: ${answer.status()}`);
      return context;
    };
    const expert = await signedInContext('expert_ind2');
    const assignments = (await (await expert.request.get(`${baseUrl}/api/experts/me/assignments`)).json()) as { items: { bids: { bidId: string; actions: string[] }[] }[] };
    const toScore = assignments.items.flatMap((panel) => panel.bids).find((bid) => bid.actions.includes('score')) ?? assignments.items[0]?.bids[0];
    await shoot(expert, 'expert-assignments.zh-CN', `${baseUrl}/expert`, (page) => page.locator('.review-panel-card, .page-state').first().waitFor());
    if (toScore) await shoot(expert, 'expert-scoring.zh-CN', `${baseUrl}/expert/bids/${toScore.bidId}`, (page) => page.locator('.scoring-form').waitFor());
    const demander = await signedInContext('nb_demander');
    const demanderProgrammes = (await (await demander.request.get(`${baseUrl}/api/programmes?pageSize=100`)).json()) as { items: { id: string; actions: string[] }[] };
    const collecting = demanderProgrammes.items.find((item) => item.actions.includes('create_need'));
    await shoot(demander, 'demander-needs.zh-CN', `${baseUrl}/demander`, (page) => page.locator('.ant-table-row, .page-state').first().waitFor());
    if (collecting) {
      const demanderNeeds = (await (await demander.request.get(`${baseUrl}/api/programmes/${collecting.id}/needs`)).json()) as { items: { id: string }[] };
      const form = await shoot(demander, 'demander-need-form.zh-CN', `${baseUrl}/demander/programmes/${collecting.id}/needs/new`, (page) => page.locator('.indicators-editor').first().waitFor());
      // Weights that do not reach 100% and the server's field errors after saving.
      await form.getByLabel('指标 1 · 权重 %').fill('60');
      await form.getByRole('button', { name: /添加指标/ }).click();
      await form.getByLabel('指标 2 · 权重 %').fill('30');
      await form.getByLabel('需求名称').fill('高精度减速器寿命加速试验方法');
      await form.getByLabel('技术领域').fill('高端装备');
      await form.getByLabel('技术难题描述').fill('国产 RV 减速器寿命评价周期长，缺少加速试验方法。');
      await form.getByLabel('需求类别').click();
      await form.locator('.ant-select-item-option', { hasText: '产业共性技术' }).click();
      await form.getByRole('button', { name: /保存草稿/ }).click();
      await form.locator('.ant-alert-error').first().waitFor();
      await form.waitForTimeout(400);
      await form.screenshot({ path: join(outDir, 'demander-need-form-errors.zh-CN.png'), fullPage: true });
      console.log(`  ${join(outDir, 'demander-need-form-errors.zh-CN.png')}`);
      // The demander's needs sit in its own city's programme: look through the programmes for one.
      let firstNeed = demanderNeeds.items[0];
      for (const programme of demanderProgrammes.items) {
        if (firstNeed) break;
        const answer = await demander.request.get(`${baseUrl}/api/programmes/${programme.id}/needs`);
        if (answer.ok()) firstNeed = ((await answer.json()) as { items: { id: string }[] }).items[0];
      }
      if (firstNeed) await shoot(demander, 'demander-need.zh-CN', `${baseUrl}/demander/needs/${firstNeed.id}`, (page) => page.locator('.ant-timeline').first().waitFor());
    }

    // The bidder portal: registration (a visitor, USCC checked as typed), then donghai_bidder's bids, a bid, the form.
    const visitor = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const register = await shoot(visitor, 'register.zh-CN', `${baseUrl}/register?tenant=ningbo`, (page) => page.locator('form').waitFor());
    await register.getByLabel('统一社会信用代码').fill('91330200MA2000020X');
    await register.getByLabel('密码').fill('Jiebang2026');
    await register.locator('.ant-form-item-explain-error').first().waitFor();
    await register.waitForTimeout(400);
    await register.screenshot({ path: join(outDir, 'register-typing.zh-CN.png'), fullPage: true });
    console.log(`  ${join(outDir, 'register-typing.zh-CN.png')}`);
    const donghai = await signedInContext('donghai_bidder');
    const mine = (await (await donghai.request.get(`${baseUrl}/api/bids/mine?pageSize=50`)).json()) as { items: { id: string; status: string }[] };
    await shoot(donghai, 'bidder-bids.zh-CN', `${baseUrl}/bidder/bids`, (page) => page.locator('.ant-table-row, .page-state').first().waitFor());
    const shownBid = mine.items.find((item) => item.status !== 'draft') ?? mine.items[0];
    if (shownBid) await shoot(donghai, 'bidder-bid.zh-CN', `${baseUrl}/bidder/bids/${shownBid.id}`, (page) => page.locator('.ant-timeline').first().waitFor());
    let biddable: string | undefined;
    for (const item of open.items) {
      const view = (await (await donghai.request.get(`${baseUrl}/api/challenges/${item.id}`)).json()) as { actions: string[] };
      if (view.actions.includes('bid')) {
        biddable = item.id;
        break;
      }
    }
    if (!biddable) problems.push('bidder portal: donghai_bidder is offered `bid` on no open challenge');
    else {
      await shoot(donghai, 'challenge-bidder.zh-CN', `${baseUrl}/challenges/${biddable}`, (page) => page.getByRole('button', { name: /揭榜/ }).first().waitFor(), false);
      const bidForm = await shoot(donghai, 'bid-form.zh-CN', `${baseUrl}/bidder/challenges/${biddable}/bid`, (page) => page.getByLabel('方案名称').waitFor());
      await bidForm.getByLabel('方案名称').fill('基于数字孪生的关键部件在线监测与补偿系统');
      await bidForm.getByLabel('牵头单位经费占比（%）').fill('70');
      await bidForm.getByRole('button', { name: /添加联合参与单位/ }).click();
      await bidForm.getByLabel('成员 1 经费占比（%）').fill('20');
      await bidForm.getByLabel('成员 1 任务分工').fill('传感器研制与标定');
      await bidForm.getByLabel('牵头单位任务').click();
      await bidForm.waitForTimeout(600);
      await bidForm.screenshot({ path: join(outDir, 'bid-form-typing.zh-CN.png'), fullPage: true });
      console.log(`  ${join(outDir, 'bid-form-typing.zh-CN.png')}`);
    }

    const en = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'Asia/Shanghai' });
    await en.addInitScript({ content: "localStorage.setItem('jiebang.language', 'en')" });
    await shoot(en, 'hall.en', `${baseUrl}/hall`, (page) => page.locator('.challenge-card').first().waitFor());
    await shoot(en, 'challenge.en', `${baseUrl}/challenges/${awardedId}`, (page) => page.locator('.challenge-timeline').waitFor());

    // The later stages: challenge builder and evaluation, notices, contracts and outcomes, in zh-CN and English.
    await shootLaterStages({ baseUrl, shoot, signedInAs: signedInContext, problems });
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
