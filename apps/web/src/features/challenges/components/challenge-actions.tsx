import { App, Button, Input, Modal, Popconfirm, Space, Tooltip } from 'antd';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { isChallengeCommand, type ChallengeCommand } from '@/lib/challenge-commands';
import { useChallengeCommand } from '../api/run-challenge-command';
import type { Challenge } from '../types';

const LABELLED_ACTIONS = [
  'edit',
  'submit_for_review',
  'return_to_drafting',
  'approve',
  'publish',
  'close_bidding',
  'start_review',
  'award',
  'declare_no_award',
  'cancel',
  'republish',
] as const;
type LabelledAction = (typeof LABELLED_ACTIONS)[number];
const isLabelled = (action: string): action is LabelledAction => (LABELLED_ACTIONS as readonly string[]).includes(action);

/** Renders an action this feature does not own, or returns nothing to fall back to the default button. */
export type ActionRenderer = (action: string) => ReactNode | undefined;

const PRIMARY: ReadonlySet<string> = new Set(['publish', 'approve', 'submit_for_review', 'start_review', 'republish']);
const DANGER: ReadonlySet<string> = new Set(['cancel', 'declare_no_award']);

/**
 * The buttons are exactly the server's `actions` for this caller: the browser never decides who may do what.
 * Actions that need a form of their own (edit, award) arrive in later screens and show as unavailable here.
 */
export function ChallengeActions({ challenge, renderAction }: { challenge: Challenge; renderAction?: ActionRenderer | undefined }) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const navigate = useNavigate();
  const command = useChallengeCommand(challenge);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [reason, setReason] = useState('');

  if (!challenge.actions.length) return null;

  const label = (action: string) => (isLabelled(action) ? t(`challengeActions.${action}`) : t('challengeActions.other', { action }));

  const run = (name: ChallengeCommand, commandReason?: string) =>
    command.mutate(
      { command: name, ...(commandReason ? { reason: commandReason } : {}) },
      {
        onSuccess: (view) => {
          setCancelOpen(false);
          void message.success(t('challengeActions.done', { action: label(name) }));
          if (view.id !== challenge.id) void navigate(`/challenges/${view.id}`);
        },
        onError: (error) => {
          const code = isApiError(error) ? error.code : 'NETWORK';
          notification.error({
            title: t('challengeActions.failed', { action: label(name) }),
            description: `${t(`errors.codes.${code}`)}${isApiError(error) && error.code === 'RULE_VIOLATION' ? ` ${translateServerMessage(error.message)}` : ''}`,
          });
        },
      },
    );

  const buttons = challenge.actions.map((action) => {
    // Actions another feature serves (e.g. `bid` opens the bid form) are rendered by what the app composed in.
    const composed = renderAction?.(action);
    if (composed) return <Fragment key={action}>{composed}</Fragment>;
    const type = PRIMARY.has(action) ? 'primary' : 'default';
    const danger = DANGER.has(action);
    if (!isChallengeCommand(action)) {
      return (
        <Tooltip key={action} title={t('challengeActions.comingSoon')}>
          <Button disabled>{label(action)}</Button>
        </Tooltip>
      );
    }
    if (action === 'cancel') {
      return (
        <Button key={action} danger onClick={() => setCancelOpen(true)}>
          {label(action)}
        </Button>
      );
    }
    return (
      <Popconfirm key={action} title={t('challengeActions.confirm', { action: label(action) })} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => run(action)}>
        <Button type={type} danger={danger} loading={command.isPending && command.variables?.command === action}>
          {label(action)}
        </Button>
      </Popconfirm>
    );
  });

  return (
    <>
      <Space wrap className="challenge-actions">
        {buttons}
      </Space>
      <Modal
        open={cancelOpen}
        title={t('challengeActions.cancelTitle')}
        okText={t('challengeActions.cancel')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: command.isPending }}
        cancelText={t('common.back')}
        onOk={() => run('cancel', reason.trim())}
        onCancel={() => setCancelOpen(false)}
        destroyOnHidden
      >
        <Input.TextArea rows={4} maxLength={2000} showCount value={reason} onChange={(event) => setReason(event.target.value)} placeholder={t('challengeActions.cancelReason')} />
      </Modal>
    </>
  );
}
