import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateServerMessage } from '@/i18n';
import { isApiError, type ApiError } from '@/lib/api-client';
import { useContractsT } from '../use-contracts-t';

export type FormField = { name: (string | number)[]; errors: string[] };

/** A 400's field issues as antd form fields: body.milestones.0.dueDate → ['milestones', 0, 'dueDate']; `rename` maps a body path to the form's. */
export function formFieldErrors(error: ApiError, rename: (path: string) => string = (path) => path): FormField[] {
  return [...error.fieldIssues('body')].map(([path, messages]) => ({
    name: rename(path)
      .split('.')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors: messages.map(translateServerMessage),
  }));
}

/**
 * How a refused command reads: the error code in words plus the server's own message (409 rule violations,
 * stale versions, transitions no longer possible). Field errors of a 400 go next to the fields instead, when the
 * caller has a form (`onFields`).
 */
export function useCommandFeedback() {
  const { t } = useContractsT();
  const { t: tApp } = useTranslation();
  const { message } = App.useApp();
  return {
    success: (text: string) => void message.success(text),
    failure: (action: string, error: unknown, onFields?: (fields: FormField[]) => boolean) => {
      if (isApiError(error) && error.code === 'VALIDATION_FAILED' && onFields?.(formFieldErrors(error))) return;
      const code = isApiError(error) ? error.code : 'NETWORK';
      const detail = isApiError(error) && error.message && code !== 'NETWORK' ? ` ${translateServerMessage(error.message)}` : '';
      void message.error(`${t('actions.failed', { action })}：${tApp(`errors.codes.${code}`)}${detail}`, 6);
    },
  };
}
