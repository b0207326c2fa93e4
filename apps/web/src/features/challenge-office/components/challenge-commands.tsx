import { App, Button, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isChallengeCommand, type ChallengeCommand } from '@/lib/challenge-commands';
import { useChallengeCommand } from '../api/challenges';
import { useServerText } from '../server-text';
import type { Challenge } from '../types';
import { useChallengeOfficeT } from '../use-challenge-office-t';

/** Steps that take a written reason: required to cancel (it is published), optional when returning or declaring 流榜. */
const WITH_REASON = new Set<ChallengeCommand>(['cancel', 'return_to_drafting', 'declare_no_award']);
const PRIMARY = new Set<string>(['submit_for_review', 'approve', 'publish', 'close_bidding', 'start_review', 'republish', 'award']);
const DANGER = new Set<string>(['cancel', 'declare_no_award']);
/** Actions the server may offer that are not steps of this page: bidding is the bidders', viewing is implied. */
const NOT_BUTTONS = new Set(['view', 'bid']);

/**
 * Exactly the server's `actions` for this officer, each behind a confirmation; the client never decides who may do
 * what. Every step posts the version read, so a step on a challenge someone else just changed is refused (409).
 */
export function ChallengeCommands({ challenge }: { challenge: Challenge }) {
  const { t } = useChallengeOfficeT();
  const { t: g } = useTranslation();
  const { message, notification } = App.useApp();
  const navigate = useNavigate();
  const server = useServerText();
  const command = useChallengeCommand(challenge);
  const [asking, setAsking] = useState<ChallengeCommand | null>(null);
  const [reason, setReason] = useState('');
  const dynamic = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const label = (action: string) => dynamic(`actions.${action}`, { defaultValue: action });

  const run = (name: ChallengeCommand, text?: string) =>
    command.mutate(
      { command: name, ...(text ? { reason: text } : {}) },
      {
        onSuccess: (view) => {
          setAsking(null);
          setReason('');
          void message.success(t('actions.done', { action: label(name) }));
          if (view.id !== challenge.id) void navigate(`/office/challenges/${view.id}`);
        },
        onError: (error) => {
          setAsking(null);
          notification.error({ title: t('actions.failed', { action: label(name) }), description: server.failure(error) });
        },
      },
    );

  const buttons = challenge.actions
    .filter((action) => !NOT_BUTTONS.has(action))
    .map((action) => {
      const type = PRIMARY.has(action) ? 'primary' : 'default';
      if (action === 'edit') {
        return (
          <Button key={action} onClick={() => void navigate(`/office/challenges/${challenge.id}/edit`)}>
            {label(action)}
          </Button>
        );
      }
      // The award is decided on the 公示与立项 page (after the notice period closes).
      if (action === 'award') {
        return (
          <Button key={action} type="primary" onClick={() => void navigate(`/office/challenges/${challenge.id}/notice`)}>
            {label(action)}
          </Button>
        );
      }
      if (!isChallengeCommand(action)) return null;
      const loading = command.isPending && command.variables.command === action;
      if (WITH_REASON.has(action)) {
        return (
          <Button key={action} type={type} danger={DANGER.has(action)} loading={loading} onClick={() => setAsking(action)}>
            {label(action)}
          </Button>
        );
      }
      return (
        <Popconfirm
          key={action}
          title={dynamic(`confirm.${action}.title`)}
          description={<div className="co-confirm">{dynamic(`confirm.${action}.text`)}</div>}
          okText={label(action)}
          cancelText={g('common.cancel')}
          onConfirm={() => run(action)}
        >
          <Button type={type} danger={DANGER.has(action)} loading={loading}>
            {label(action)}
          </Button>
        </Popconfirm>
      );
    })
    .filter(Boolean);

  if (!buttons.length) return null;
  const reasonRequired = asking === 'cancel';
  return (
    <>
      <Space wrap className="co-commands">
        {buttons}
      </Space>
      <Modal
        open={asking !== null}
        title={asking ? dynamic(`confirm.${asking}.title`) : ''}
        okText={asking ? label(asking) : ''}
        okButtonProps={{ danger: asking !== null && DANGER.has(asking), disabled: reasonRequired && !reason.trim(), loading: command.isPending }}
        cancelText={g('common.cancel')}
        onOk={() => asking && run(asking, reason.trim())}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        {asking && <p>{dynamic(`confirm.${asking}.text`)}</p>}
        <label htmlFor="co-reason" className="co-reason-label">
          {reasonRequired ? t('confirm.reasonRequired') : t('confirm.reasonOptional')}
        </label>
        <Input.TextArea id="co-reason" rows={4} maxLength={2000} showCount value={reason} onChange={(event) => setReason(event.target.value)} />
      </Modal>
    </>
  );
}
