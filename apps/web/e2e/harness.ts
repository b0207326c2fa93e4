import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, runScenario } from '@jiebang/cli';
import { buildApp } from '@jiebang/server';
import { openTestDatabase, TEST_PASSWORD, type TestApp } from '@jiebang/test-kit';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createNingboCast, type NingboCast } from '../../server/test/journeys/journey-cast.ts';

/**
 * The browser journeys: the real server in this process (PGlite, a clock the test moves) serving the built web app,
 * and the system's Chromium. Starting data (tenant, people, organisations, programme) is made by factories and the
 * API, as in the API journeys; every step after that goes through the pages, as a person would.
 */

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WEB_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));
const VIEWPORT = { width: 1440, height: 900 };
/** Long enough for a lazily loaded page on a busy CI machine, short enough to fail a step before the test does. */
const STEP_TIMEOUT_MS = 20_000;

export type Person = keyof NingboCast['users'];
export type Language = 'zh-CN' | 'en';

/** The cast's usernames, as typed into the sign-in page (createNingboCast names them). */
export const USERNAMES: Record<Person, string> = {
  owner: 'nb-owner',
  demander: 'nb-demander',
  leadA: 'nb-lead-a',
  piA: 'nb-pi-a',
  leadB: 'nb-lead-b',
  piB: 'nb-pi-b',
  expert1: 'nb-expert-1',
  expert2: 'nb-expert-2',
  expert3: 'nb-expert-3',
  tester: 'nb-tester',
  auditor: 'nb-auditor',
};

/**
 * Console errors that are the app working as designed. Chromium logs every non-2xx fetch as a console error, so:
 * - `GET /api/auth/me` answers 401 to a visitor: that is how the app learns nobody is signed in (header, sign-in page);
 *   after the clock jumps days ahead every session has ended, so the same answer comes to a signed-in tab.
 */
const BENIGN_CONSOLE_ERRORS: { reason: string; matches: (message: ConsoleMessage) => boolean }[] = [
  { reason: 'a visitor asks who is signed in', matches: (message) => /status of 401/.test(message.text()) && message.location().url.endsWith('/api/auth/me') },
  // - `GET /api/challenges/:id/panel` (and its `/panel-assignment`) answers 404 until the officer forms the panel: the
  //   评审 page then offers to form it.
  { reason: 'no review panel formed yet', matches: (message) => /status of 404/.test(message.text()) && /\/api\/challenges\/[^/]+\/panel(-assignment)?$/.test(message.location().url) },
];

export interface BrowserJourney {
  /** The app, its database and its clock (`t.clock`). */
  t: TestApp;
  cast: NingboCast;
  baseUrl: string;
  /** A new browser context (own cookies and storage) for one person, zh-CN in Asia/Shanghai; page errors fail the test. */
  newPage(name: string, options?: { language?: Language }): Promise<Page>;
  /** A new context for `person`, signed in through the sign-in page and left on `next`. */
  pageFor(person: Person, next?: string): Promise<Page>;
  /** The same for a demo-scenario account (`scenario: 'demo'`), by its username (nb_owner, expert_tech1, …). */
  pageForDemoUser(username: string, next?: string): Promise<Page>;
  /** Moves the server's clock; every session then has ended (idle timeout), so people sign in again. */
  advanceDays(days: number): void;
  /** Problems seen in any page so far (page errors, console errors): checked after every test. */
  problems: string[];
}

/** The URL path of the app a page shows, e.g. `/bidder/bids/…`. */
export const pathOf = (page: Page) => new URL(page.url()).pathname;

/**
 * Signs `username` in through the sign-in page (the form, not the API) and waits for the page it leads to.
 * Works from a fresh context or after the clock has ended the previous session.
 */
export async function signIn(page: Page, baseUrl: string, username: string, next = '/hall', password = TEST_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  const form = page.getByRole('form', { name: '登录揭榜平台' });
  await form.getByLabel('用户名').fill(username);
  await form.getByLabel('密码').fill(password);
  await form.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
  // The header shows who is signed in once /api/auth/me has answered.
  await page.locator('.user-menu-button').waitFor();
}

/**
 * Registers one journey file's set-up: database, server on a free port, the Ningbo cast (or, with `scenario: 'demo'`,
 * the demo scenario the quick start seeds — a year of history through the API), Chromium; after every test the pages
 * must have had no errors; everything closes after the file.
 */
export function setUpBrowserJourney(options: { scenario?: 'demo' } = {}): BrowserJourney {
  const problems: string[] = [];
  const contexts: { name: string; context: BrowserContext }[] = [];
  const journey = { problems } as unknown as BrowserJourney;
  let browser: Browser | undefined;

  const watch = (page: Page, name: string) => {
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error' || BENIGN_CONSOLE_ERRORS.some((benign) => benign.matches(message))) return;
      problems.push(`${name}: console error: ${message.text()} (${message.location().url} on ${page.url()})`);
    });
  };

  beforeAll(async () => {
    const database = await openTestDatabase();
    // The browser keeps cookies by its own (real) clock: the server's clock starts at the real time, so a session
    // cookie does not arrive already expired. Tests then move it forward only.
    database.clock.set(new Date());
    const app = await buildApp({ deps: database.deps, config: { SESSION_IDLE_MINUTES: 30, SESSION_MAX_HOURS: 12, COOKIE_SECURE: false, LOG_LEVEL: 'silent', WEB_DIST_DIR } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const t: TestApp = {
      ...database,
      app,
      async close() {
        await app.close();
        await database.close();
      },
    };
    journey.t = t;
    journey.baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    if (options.scenario === 'demo') await runScenario('demo', t.deps);
    else journey.cast = await createNingboCast(t);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  });

  journey.newPage = async (name, options = {}) => {
    if (!browser) throw new Error('the browser is not running (setUpBrowserJourney registers beforeAll)');
    // Reduced motion: the app then opens dialogs without their zoom animation, so a click never lands on a moving button.
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
    if (options.language === 'en') await context.addInitScript({ content: "localStorage.setItem('jiebang.language', 'en')" });
    contexts.push({ name, context });
    const page = await context.newPage();
    watch(page, name);
    return page;
  };

  journey.pageFor = async (person, next = '/hall') => {
    const page = await journey.newPage(person);
    await signIn(page, journey.baseUrl, USERNAMES[person], next);
    return page;
  };

  journey.pageForDemoUser = async (username, next = '/hall') => {
    const page = await journey.newPage(username);
    await signIn(page, journey.baseUrl, username, next, DEMO_PASSWORD);
    return page;
  };

  journey.advanceDays = (days) => journey.t.clock.advanceDays(days);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await saveScreenshots(contexts, context.task.name);
    const seen = problems.splice(0);
    expect(seen, 'page errors and console errors in the browser').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await journey.t?.close();
  });

  return journey;
}

/** On failure, what every open page showed, for a human to look at (the path is printed). */
async function saveScreenshots(contexts: { name: string; context: BrowserContext }[], testName: string): Promise<void> {
  const dir = join(tmpdir(), 'jiebang-e2e');
  mkdirSync(dir, { recursive: true });
  for (const { name, context } of contexts) {
    for (const [index, page] of context.pages().entries()) {
      const path = join(dir, `${testName.replace(/[^\w-]+/g, '_').slice(0, 60)}-${name}-${index}.png`);
      await page.screenshot({ path, fullPage: true }).then(
        () => console.log(`[e2e] screenshot of ${name} (${page.url()}): ${path}`),
        () => undefined,
      );
    }
  }
}

/**
 * Clicks the OK button of the open Popconfirm (antd spaces two-character labels: 确 定) until it closes: on a busy
 * machine a click during the popover's opening animation can be lost, and the step would then wait for nothing.
 */
export async function confirmPopconfirm(page: Page, okLabel: RegExp = /^确\s*定$/): Promise<void> {
  const popover = page.locator('.ant-popover:visible, .ant-popconfirm:visible').filter({ has: page.getByRole('button', { name: okLabel }) }).last();
  for (let attempt = 0; ; attempt += 1) {
    await popover.getByRole('button', { name: okLabel }).click();
    const closed = await popover.waitFor({ state: 'hidden', timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    if (closed || attempt === 2) return;
  }
}

/** Picks an option of an antd Select opened by its label (the option list is outside the field, in a popup). */
export async function pickOption(page: Page, label: string | RegExp, option: string | RegExp): Promise<void> {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.click();
  // This field's own list (aria-controls names it once open): another one may still be closing, with the same options.
  await expect.poll(() => field.getAttribute('aria-controls')).toBeTruthy();
  const dropdown = page.locator(`.ant-select-dropdown:visible:has([id="${await field.getAttribute('aria-controls')}"])`);
  await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click();
}
