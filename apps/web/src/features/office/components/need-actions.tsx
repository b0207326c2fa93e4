import { App, Button, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { isNeedCommand, useNeedCommand, useNeedsPool, type NeedCommand } from '../api/needs';
import { formFieldErrors } from '../lib';
import type { Need } from '../types';
import { useOfficeT } from '../use-office-t';

/** Commands that need words from the officer: the modal is their confirmation. */
const WITH_FORM: readonly NeedCommand[] = ['pool', 'return', 'reject', 'merge'];

/** Exactly the vetting actions the server offers on this need; each asks for confirmation first. */
export function NeedActions({ need }: { need: Need }) {
  const { t } = useOfficeT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const command = useNeedCommand(need);
  const [open, setOpen] = useState<NeedCommand | null>(null);
  const commands = need.actions.filter(isNeedCommand);
  if (!commands.length) return null;

  const run = (name: NeedCommand, fields: { reason?: string; opinion?: string; targetNeedId?: string } = {}, onFieldErrors?: (error: Parameters<typeof formFieldErrors>[0]) => void) =>
    command.mutate(
      { command: name, ...fields },
      {
        onSuccess: () => {
          setOpen(null);
          void message.success(t('needActions.done', { action: t(`needActions.${name}`) }));
        },
        onError: (error) => {
          if (isApiError(error) && error.issues.length && onFieldErrors) onFieldErrors(error);
          else void message.error(`${t('needActions.failed', { action: t(`needActions.${name}`) })}：${isApiError(error) ? g(`errors.codes.${error.code}`) : String(error)}`);
        },
      },
    );

  return (
    <Space wrap>
      {commands.map((name) =>
        WITH_FORM.includes(name) ? (
          <Button key={name} danger={name === 'reject'} type={name === 'pool' ? 'primary' : 'default'} onClick={() => setOpen(name)}>
            {t(`needActions.${name}`)}
          </Button>
        ) : (
          <Popconfirm key={name} title={t('needActions.confirm', { action: t(`needActions.${name}`) })} okText={g('common.confirm')} cancelText={g('common.cancel')} onConfirm={() => run(name)}>
            <Button type="primary" loading={command.isPending && command.variables.command === name}>
              {t(`needActions.${name}`)}
            </Button>
          </Popconfirm>
        ),
      )}
      {open && <CommandModal need={need} name={open} pending={command.isPending} onCancel={() => setOpen(null)} onRun={run} />}
    </Space>
  );
}

function CommandModal({
  need,
  name,
  pending,
  onCancel,
  onRun,
}: {
  need: Need;
  name: NeedCommand;
  pending: boolean;
  onCancel: () => void;
  onRun: (name: NeedCommand, fields: { reason?: string; opinion?: string; targetNeedId?: string }, onFieldErrors: (error: Parameters<typeof formFieldErrors>[0]) => void) => void;
}) {
  const { t } = useOfficeT();
  const [form] = Form.useForm<{ reason?: string; opinion?: string; targetNeedId?: string }>();
  const pool = useNeedsPool(need.programmeId, undefined);
  const targets = (pool.data?.items ?? []).filter((other) => other.id !== need.id && !['merged', 'rejected', 'draft'].includes(other.status));
  return (
    <Modal
      open
      title={t(`needActions.${name}`)}
      okText={t('needActions.confirmButton', { action: t(`needActions.${name}`) })}
      okButtonProps={{ danger: name === 'reject', loading: pending }}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => onRun(name, values, (error) => form.setFields(formFieldErrors(error) as Parameters<typeof form.setFields>[0]))}>
        {name === 'pool' && (
          <Form.Item name="opinion" label={t('needActions.opinion')} extra={t('needActions.opinionHint')}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
        )}
        {(name === 'return' || name === 'reject') && (
          <Form.Item name="reason" label={t('needActions.reason')} rules={[{ required: true, whitespace: true, message: t('needActions.reasonRequired') }]}>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        )}
        {name === 'merge' && (
          <Form.Item name="targetNeedId" label={t('needActions.mergeTarget')} rules={[{ required: true, message: t('needActions.mergeTargetRequired') }]}>
            <Select loading={pool.isPending} showSearch optionFilterProp="label" options={targets.map((other) => ({ value: other.id, label: `${other.title}（${other.demanderOrgName}）` }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
