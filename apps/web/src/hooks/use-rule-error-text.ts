import { useTranslation } from 'react-i18next';
import { translateServerMessage } from '@/i18n';
import type { RuntimeLookup } from '@/i18n/namespace';
import { isApiError } from '@/lib/api-client';

/**
 * A refused request in the user's words: the rule the server names when the feature's namespace knows it (回避, an
 * open notice…), otherwise the error class, followed by the server's message (translated when the app knows it)
 * for the statuses whose message explains the refusal.
 */
export function useRuleErrorText(lookup: RuntimeLookup, explainedStatuses: readonly number[] = [409]) {
  const { t: g } = useTranslation();
  return (error: unknown): string => {
    if (!isApiError(error)) return String(error);
    const ruled = error.rule ? lookup(`rules.${error.rule}`) : undefined;
    if (ruled) return ruled;
    const general = g(`errors.codes.${error.code}`);
    const detail = translateServerMessage(error.message);
    return explainedStatuses.includes(error.status) && detail ? `${general}（${detail}）` : general;
  };
}
