import { i18n, translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';

const NS = 'challengeOffice';
/** Untyped lookups: rule ids and server messages are data, not keys known at compile time. */
const tr = i18n.t.bind(i18n) as unknown as (key: string, options?: Record<string, unknown>) => string;
const exists = (key: string, ns?: string) => (i18n.exists.bind(i18n) as unknown as (key: string, options?: Record<string, unknown>) => boolean)(key, ns ? { ns } : {});

/** Server messages are English; this namespace knows the challenge ones, the app the common ones. Flat lookup: messages may hold dots. */
function translateChallengeMessage(message: string): string {
  const table = i18n.getResource(i18n.language, NS, 'serverMessages') as Record<string, string> | undefined;
  const own = table && Object.hasOwn(table, message) ? table[message] : undefined;
  if (own) return own;
  const cap = /^the programme allows at most (\d+) winner\(s\) per challenge$/.exec(message);
  if (cap) return tr('serverMessages.maxWinnersCap', { ns: NS, count: Number(cap[1]) });
  return translateServerMessage(message);
}

/** A refused request: the rule in plain words when known, else the code's text and the server's reason. */
function describeFailure(error: unknown): string {
  if (!isApiError(error)) return tr('errors.codes.NETWORK');
  if (error.rule && exists(`rules.${error.rule}`, NS)) return tr(`rules.${error.rule}`, { ns: NS });
  const codeText = exists(`errors.codes.${error.code}`) ? tr(`errors.codes.${error.code}`) : error.code;
  const detail = error.code === 'RULE_VIOLATION' || error.code === 'FORBIDDEN_TRANSITION' ? ` ${translateChallengeMessage(error.message)}` : '';
  return `${codeText}${detail}`;
}

/** Field messages and failures of the server in the reader's language. */
export function useServerText() {
  return { field: translateChallengeMessage, failure: describeFailure };
}
