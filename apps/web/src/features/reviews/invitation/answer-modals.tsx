import { Alert, App, Checkbox, Form, Input, Modal, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import type { Assignment } from '../types';
import { useAcceptInvitation, useDeclineInvitation } from './api';
import { useInvitationT } from './use-invitation-t';

type AcceptValues = { noConflictDeclared: boolean; confidentialityPledged: boolean };
type DeclineValues = { reason: string; conflictDeclared: boolean };

/** A refused answer: field errors go next to their field, anything else in a message naming the reason. */
function useFailureHandler(form: FormInstance) {
  const { t } = useInvitationT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  return (error: unknown) => {
    if (isApiError(error) && error.status === 400) {
      form.setFields([...error.fieldIssues()].map(([field, errors]) => ({ name: field, errors: errors.map(translateServerMessage) })));
      return;
    }
    const lookup = t as unknown as (key: string, options: { defaultValue: string }) => string;
    const reason = !isApiError(error) ? String(error) : (error.rule && lookup(`rules.${error.rule}`, { defaultValue: '' })) || g(`errors.codes.${error.code}`);
    void message.error(`${t('failed')}：${reason}`);
  };
}

/** 接受邀请: the two declarations (回避, 保密), each ticked by the expert, are the body the server requires. */
export function AcceptInvitationModal({ panel, onClose }: { panel: Assignment; onClose: () => void }) {
  const { t } = useInvitationT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AcceptValues>();
  const accept = useAcceptInvitation();
  const fail = useFailureHandler(form);
  const mustTick = { validator: (_: unknown, value: boolean) => (value ? Promise.resolve() : Promise.reject(new Error(t('accept.required')))) };
  const submit = (values: AcceptValues) =>
    accept.mutate(
      { panelId: panel.panelId, body: { noConflictDeclared: values.noConflictDeclared === true, confidentialityPledged: values.confidentialityPledged === true } },
      {
        onSuccess: () => {
          void message.success(t('accept.done'));
          onClose();
        },
        onError: fail,
      },
    );
  return (
    <Modal open title={t('accept.title')} okText={t('accept.ok')} cancelText={g('common.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={accept.isPending} destroyOnHidden width={620}>
      <Typography.Paragraph strong>{panel.challengeTitle}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('accept.intro')}</Typography.Paragraph>
      <Form<AcceptValues> form={form} layout="vertical" onFinish={submit} initialValues={{ noConflictDeclared: false, confidentialityPledged: false }}>
        <Form.Item name="noConflictDeclared" valuePropName="checked" rules={[mustTick]}>
          <Checkbox>{t('accept.noConflict')}</Checkbox>
        </Form.Item>
        <Form.Item name="confidentialityPledged" valuePropName="checked" rules={[mustTick]}>
          <Checkbox>{t('accept.confidentiality')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 谢绝邀请: a reason, and whether the expert declines because of a conflict (then recused from the whole challenge). */
export function DeclineInvitationModal({ panel, onClose }: { panel: Assignment; onClose: () => void }) {
  const { t } = useInvitationT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DeclineValues>();
  const decline = useDeclineInvitation();
  const conflict = Form.useWatch('conflictDeclared', form);
  const fail = useFailureHandler(form);
  const submit = (values: DeclineValues) =>
    decline.mutate(
      { panelId: panel.panelId, body: { reason: values.reason.trim(), conflictDeclared: values.conflictDeclared === true } },
      {
        onSuccess: () => {
          void message.success(t('decline.done'));
          onClose();
        },
        onError: fail,
      },
    );
  return (
    <Modal open title={t('decline.title')} okText={t('decline.ok')} cancelText={g('common.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={decline.isPending} destroyOnHidden width={560}>
      <Typography.Paragraph strong>{panel.challengeTitle}</Typography.Paragraph>
      <Form<DeclineValues> form={form} layout="vertical" onFinish={submit} initialValues={{ reason: '', conflictDeclared: false }}>
        <Form.Item name="reason" label={t('decline.reason')} rules={[{ required: true, whitespace: true, message: t('decline.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('decline.reasonPlaceholder')} />
        </Form.Item>
        <Form.Item name="conflictDeclared" valuePropName="checked">
          <Checkbox>{t('decline.conflict')}</Checkbox>
        </Form.Item>
        {conflict && <Alert type="warning" showIcon title={t('decline.conflictHint')} />}
      </Form>
    </Modal>
  );
}
