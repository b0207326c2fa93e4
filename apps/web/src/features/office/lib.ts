import type { ApiError } from '@/lib/api-client';
import { translateServerMessage } from '@/i18n';

/** Integer fen → 万元 as a number for an input (exact for display, since fen/10^6 has ≤ 6 decimals). */
export const fenToWan = (fen: number | null): number | null => (fen === null ? null : fen / 1_000_000);

/** A percentage with at most two decimals → basis points, exactly. */
export function percentToBp(value: number | string | null | undefined): number {
  const match = /^\s*(\d{1,3})(?:\.(\d{0,2}))?\s*$/.exec(String(value ?? '0'));
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0') || '0');
}

/** The field path of a 400 issue under `body.` as an antd form name: body.review.rubric.0.weightBp → ['review','rubric',0,'weightBp']. */
export function formFieldErrors(error: ApiError): { name: (string | number)[]; errors: string[] }[] {
  return [...error.fieldIssues('body')].map(([path, messages]) => ({
    name: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors: messages.map(translateServerMessage),
  }));
}
