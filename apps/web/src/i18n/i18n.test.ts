import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keysOf(tree: unknown, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = `${prefix}${key.replace(PLURAL_SUFFIX, '')}`;
    if (value && typeof value === 'object') for (const nested of keysOf(value, `${path}.`)) keys.add(nested);
    else keys.add(path);
  }
  return keys;
}

describe('translations', () => {
  it('has every zh-CN key in English and nothing extra', () => {
    const zh = keysOf(zhCN);
    const english = keysOf(en);
    expect([...zh].filter((key) => !english.has(key))).toEqual([]);
    expect([...english].filter((key) => !zh.has(key))).toEqual([]);
  });

  it('has no empty Chinese text', () => {
    const empty: string[] = [];
    const walk = (tree: Record<string, unknown>, prefix: string) => {
      for (const [key, value] of Object.entries(tree)) {
        if (typeof value === 'string' && !value.trim()) empty.push(`${prefix}${key}`);
        else if (value && typeof value === 'object') walk(value as Record<string, unknown>, `${prefix}${key}.`);
      }
    };
    walk(zhCN, '');
    expect(empty).toEqual([]);
  });
});
