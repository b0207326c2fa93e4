import { Alert, App, Button, Checkbox, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { useFileObjection } from '../api/notices';
import type { Notice, ObjectionReceipt as Receipt } from '../types';
import { useNoticesT } from '../use-notices-t';
import { ObjectionReceipt } from './objection-receipt';

interface Values {
  objectorName: string;
  objectorContact: string;
  bidId: string;
  reason: string;
  pledge: boolean;
}

const WHOLE = '';
const PHONE = /^\+?[\d\s()-]{7,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A server path (`body.objectorName`) as this form's field. */
const FIELDS: readonly (keyof Values)[] = ['objectorName', 'objectorContact', 'bidId', 'reason'];

/**
 * 异议 (no account needed): real name, a contact for the office, what is objected to and why. Confirmed before it
 * is sent, since an objection cannot be withdrawn; the server's field errors appear at their fields.
 */
export function ObjectionForm({ notice }: { notice: Notice }) {
  const { t } = useNoticesT();
  const { t: tApp } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const file = useFileObjection(notice.id);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const required = { required: true, whitespace: true, message: t('objection.required') };

  if (receipt) return <ObjectionReceipt receipt={receipt} notice={notice} />;

  const send = (values: Values) => {
    setFormError(null);
    file.mutate(
      { objectorName: values.objectorName.trim(), objectorContact: values.objectorContact.trim(), reason: values.reason.trim(), ...(values.bidId ? { bidId: values.bidId } : {}) },
      {
        onSuccess: setReceipt,
        onError: (error) => {
          if (!isApiError(error)) return setFormError(String(error));
          const fields = [...error.fieldIssues('body')].flatMap(([path, messages]) => {
            const name = FIELDS.find((field) => field === path);
            return name ? [{ name, errors: messages.map(translateServerMessage) }] : [];
          });
          form.setFields(fields);
          if (!fields.length) setFormError(`${tApp(`errors.codes.${error.code}`)} ${translateServerMessage(error.message)}`);
        },
      },
    );
  };

  const onFinish = (values: Values) => {
    void modal.confirm({ title: t('objection.confirmTitle'), content: t('objection.confirmText'), okText: t('objection.submit'), cancelText: tApp('common.cancel'), onOk: () => send(values) });
  };

  const unitOption = (unit: Notice['proposedWinners'][number], role: string) => ({ value: unit.bidId, label: `${unit.leadOrgName}（${role}）· ${unit.bidTitle}` });

  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ bidId: WHOLE, pledge: false }} scrollToFirstError className="objection-form">
      <Typography.Paragraph type="secondary">{t('objection.intro')}</Typography.Paragraph>
      <Form.Item name="objectorName" label={t('objection.objectorName')} extra={t('objection.objectorNameHelp')} rules={[required]}>
        <Input maxLength={100} autoComplete="organization" />
      </Form.Item>
      <Form.Item
        name="objectorContact"
        label={t('objection.objectorContact')}
        extra={t('objection.objectorContactHelp')}
        rules={[required, { validator: (_, value: string | undefined) => (!value?.trim() || PHONE.test(value.trim()) || EMAIL.test(value.trim()) ? Promise.resolve() : Promise.reject(new Error(t('objection.contactInvalid')))) }]}
      >
        <Input maxLength={200} autoComplete="tel" />
      </Form.Item>
      <Form.Item name="bidId" label={t('objection.target')}>
        <Select
          options={[
            { value: WHOLE, label: t('objection.targetWhole') },
            ...notice.proposedWinners.map((unit) => unitOption(unit, t('objection.roleProposed'))),
            ...notice.alternates.map((unit) => unitOption(unit, t('objection.roleAlternate'))),
          ]}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('objection.reason')} extra={t('objection.reasonHelp')} rules={[required, { min: 10, message: t('objection.reasonTooShort') }]}>
        <Input.TextArea rows={6} maxLength={10_000} />
      </Form.Item>
      <Form.Item name="pledge" valuePropName="checked" rules={[{ validator: (_, checked: boolean) => (checked ? Promise.resolve() : Promise.reject(new Error(t('objection.pledgeRequired')))) }]}>
        <Checkbox>{t('objection.pledge')}</Checkbox>
      </Form.Item>
      {formError && <Alert type="error" showIcon title={t('objection.failed')} description={formError} className="form-alert" />}
      <Button type="primary" htmlType="submit" loading={file.isPending} block>
        {t('objection.submit')}
      </Button>
    </Form>
  );
}
