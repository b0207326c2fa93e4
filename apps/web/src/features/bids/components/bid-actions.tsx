import { App, Button, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { isBidCommand, useBidCommand, type BidCommand } from '../api/run-bid-command';
import { useBidsT } from '../i18n';
import type { Bid } from '../types';

const LABELLED = ['edit', 'sign_pi_commitment', 'submit', 'withdraw'] as const;
const isLabelled = (action: string): action is (typeof LABELLED)[number] => (LABELLED as readonly string[]).includes(action);

/** Exactly the server's `actions` for this caller; signing, submitting and withdrawing are confirmed first. */
export function BidActions({ bid }: { bid: Bid }) {
  const { t } = useBidsT();
  const { t: tApp } = useTranslation();
  const { message, notification } = App.useApp();
  const navigate = useNavigate();
  const command = useBidCommand(bid);
  const [modal, setModal] = useState<'sign' | 'withdraw' | null>(null);
  const [text, setText] = useState('');

  if (!bid.actions.length) return null;
  const label = (action: string) => (isLabelled(action) ? t(`actions.${action}`) : t('actions.other', { action }));

  const run = (name: BidCommand, extra: { reason?: string; pledge?: string } = {}) =>
    command.mutate(
      { command: name, ...extra },
      {
        onSuccess: (view) => {
          setModal(null);
          setText('');
          void message.success(t('actions.done', { action: label(name) }));
          if (name === 'submit') void navigate(`/bidder/bids/${view.id}/receipt`);
        },
        onError: (error) => {
          const code = isApiError(error) ? error.code : 'NETWORK';
          const detail = isApiError(error) && (error.code === 'RULE_VIOLATION' || error.code === 'VALIDATION_FAILED') ? ` ${translateServerMessage(error.message)}` : '';
          notification.error({ title: t('actions.failed', { action: label(name) }), description: `${tApp(`errors.codes.${code}`)}${detail}` });
        },
      },
    );

  const buttons = bid.actions.map((action) => {
    if (action === 'edit') {
      return (
        <Link key={action} to={`/bidder/bids/${bid.id}/edit`}>
          <Button>{label(action)}</Button>
        </Link>
      );
    }
    if (!isBidCommand(action)) return null;
    if (action === 'submit') {
      return (
        <Popconfirm key={action} title={t('actions.submitConfirm')} okText={tApp('common.confirm')} cancelText={tApp('common.cancel')} onConfirm={() => run('submit')}>
          <Button type="primary" loading={command.isPending && command.variables?.command === 'submit'}>
            {label(action)}
          </Button>
        </Popconfirm>
      );
    }
    return (
      <Button key={action} type={action === 'sign_pi_commitment' ? 'primary' : 'default'} danger={action === 'withdraw'} onClick={() => setModal(action === 'withdraw' ? 'withdraw' : 'sign')}>
        {label(action)}
      </Button>
    );
  });

  return (
    <>
      <Space wrap className="bid-actions">
        {buttons}
      </Space>
      <Modal
        open={modal === 'sign'}
        title={t('actions.signTitle')}
        okText={t('actions.sign')}
        cancelText={tApp('common.cancel')}
        okButtonProps={{ loading: command.isPending }}
        onOk={() => run('sign_pi_commitment', { pledge: text.trim() })}
        onCancel={() => setModal(null)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('actions.signText')}</Typography.Paragraph>
        <label htmlFor="bid-pledge">{t('actions.pledge')}</label>
        <Input.TextArea id="bid-pledge" rows={4} maxLength={5000} value={text} onChange={(event) => setText(event.target.value)} />
      </Modal>
      <Modal
        open={modal === 'withdraw'}
        title={t('actions.withdrawTitle')}
        okText={t('actions.withdraw')}
        cancelText={tApp('common.back')}
        okButtonProps={{ danger: true, loading: command.isPending }}
        onOk={() => run('withdraw', { reason: text.trim() })}
        onCancel={() => setModal(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="danger">{t('actions.withdrawConfirm')}</Typography.Paragraph>
        <label htmlFor="bid-withdraw-reason">{t('actions.withdrawReason')}</label>
        <Input.TextArea id="bid-withdraw-reason" rows={3} maxLength={2000} value={text} onChange={(event) => setText(event.target.value)} />
      </Modal>
    </>
  );
}
