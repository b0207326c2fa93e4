import { describe, expect, it } from 'vitest';

/** Every feature or shared component keeping its own i18n/{zh-CN,en}.json: the same keys, no empty Chinese text. */
const bundles = import.meta.glob<Record<string, unknown>>(['../features/**/i18n/*.json', '../components/**/i18n/*.json'], { eager: true, import: 'default' });

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = `${prefix}${key.replace(PLURAL_SUFFIX, '')}`;
    if (value && typeof value === 'object') for (const [nested, leaf] of leaves(value, `${path}.`)) out.set(nested, leaf);
    else out.set(path, value);
  }
  return out;
}

const folders = [...new Set(Object.keys(bundles).map((path) => path.replace(/\/[^/]+\.json$/, '')))];

describe('namespaced translations', () => {
  it('finds the feature bundles', () => expect(folders.length).toBeGreaterThan(0));

  it.each(folders)('%s has the same keys in zh-CN and English, none empty in Chinese', (folder) => {
    const zh = leaves(bundles[`${folder}/zh-CN.json`]);
    const en = leaves(bundles[`${folder}/en.json`]);
    expect([...zh.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !zh.has(key))).toEqual([]);
    expect([...zh].filter(([, value]) => typeof value !== 'string' || !value.trim()).map(([key]) => key)).toEqual([]);
  });
});
