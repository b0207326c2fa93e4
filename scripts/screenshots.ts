import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

    const en = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'Asia/Shanghai' });
    await en.addInitScript({ content: "localStorage.setItem('jiebang.language', 'en')" });
    await shoot(en, 'hall.en', `${baseUrl}/hall`, (page) => page.locator('.challenge-card').first().waitFor());
    await shoot(en, 'challenge.en', `${baseUrl}/challenges/${awardedId}`, (page) => page.locator('.challenge-timeline').waitFor());
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
