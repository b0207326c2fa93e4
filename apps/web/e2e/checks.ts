import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** Page-level checks the journeys share: axe-core, focus order, and text that gave away a missing translation. */

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) on what the page shows now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  // Evaluated in the page, where axe and document exist; this file is type-checked against Node's globals only.
  return page.evaluate(async () => {
    const inPage = globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> }; document: unknown };
    const result = await inPage.axe.run(inPage.document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({ id, impact, help, helpUrl, nodes: nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })) }));
  });
}

export const describeViolations = (violations: AxeViolation[]) =>
  violations.map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})\n${violation.nodes.map((node) => `    ${node.target.join(' ')}  ${node.html.slice(0, 160)}`).join('\n')}`).join('\n');

/** What a keyboard user lands on: the focused element's label (label[for], aria-label or its text) and tag. */
export async function focusedControl(page: Page): Promise<{ label: string; tag: string }> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { activeElement: any; querySelector: (selector: string) => any } }).document;
    const element = doc.activeElement;
    if (!element) return { label: '', tag: '' };
    const id: string = element.id ?? '';
    const byFor = id ? doc.querySelector(`label[for="${id.replace(/"/g, '\\"')}"]`) : null;
    const labelledBy: string | null = element.getAttribute?.('aria-labelledby') ?? null;
    const byLabelledBy = labelledBy ? labelledBy.split(' ').map((part: string) => doc.querySelector(`[id="${part}"]`)?.textContent ?? '').join(' ') : '';
    const label: string = byFor?.textContent || element.getAttribute?.('aria-label') || byLabelledBy || element.textContent || '';
    return { label: label.replace(/\s+/g, ''), tag: String(element.tagName).toLowerCase() };
  });
}

const webSrc = fileURLToPath(new URL('../src', import.meta.url));

function leaves(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(leaves);
  return [];
}

const bundleStrings = (language: 'zh-CN' | 'en') =>
  readdirSync(webSrc, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith(join('i18n', `${language}.json`)))
    .flatMap((path) => leaves(JSON.parse(readFileSync(join(webSrc, path), 'utf8'))));

/**
 * Every Chinese fragment of the app's own zh-CN bundles (the app's and each feature's), split at interpolations and
 * kept when it has at least two Chinese characters: in English none of them may show. Chinese that the English
 * bundles use on purpose is exempt: the language's own name (中文) and the brand (Jiebang 揭榜).
 */
export function zhUiStrings(): string[] {
  const english = bundleStrings('en').join('\n');
  const fragments = bundleStrings('zh-CN').flatMap((text) => text.split(/\{\{[^}]*\}\}/));
  return [...new Set(fragments.map((fragment) => fragment.trim()).filter((fragment) => (fragment.match(/\p{Script=Han}/gu) ?? []).length >= 2 && !english.includes(fragment)))];
}

/** Text shaped like an i18n key (`hall.filters.field`): a translation is missing. */
export function rawKeysIn(text: string): string[] {
  const keys = text.match(/\b[a-z][a-zA-Z]+(\.[a-zA-Z_]+)+\b/g) ?? [];
  return [...new Set(keys.filter((candidate) => !/^(api|www)\.|\.(json|js|png|cn|com)$/.test(candidate)))];
}

/** All string values of an API answer: the data a page may show in Chinese whatever the language. */
export function dataStrings(answer: unknown): string[] {
  return leaves(answer).filter((text) => /\p{Script=Han}/u.test(text));
}

/**
 * The app's Chinese UI strings visible in `text` once the data (Chinese names, titles, descriptions from the API) is
 * taken out: in English this must be empty.
 */
export function zhUiStringsIn(text: string, data: string[]): string[] {
  let rest = text;
  // Longest first, so a title is taken out whole before a shorter name inside it.
  for (const value of [...new Set(data)].sort((a, b) => b.length - a.length)) rest = rest.split(value).join(' ');
  return zhUiStrings().filter((fragment) => rest.includes(fragment));
}
