import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { useRuleObjection, type RulingInput } from '../api/notices';
import type { Objection } from '../types';
import { useEvaluationT } from '../use-evaluation-t';
import { useErrorText } from './parts';

/** 异议处理: uphold (the bid drops out of the award) or rule out, always with the reasoned ruling. */
export function ObjectionRulingModal({ challengeId, objection, onClose }: { challengeId: string; objection: Objection; onClose: () => void }) {
  const { t } = useEvaluationT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<RulingInput>();
  const rule = useRuleObjection(challengeId);
  const decision = Form.useWatch('decision', form);

  const submit = (ruling: RulingInput) =>
    rule.mutate(
      { objection, ruling },
      {
        onSuccess: () => {
          void message.success(t('objection.ruled'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 400) {
            form.setFields([...error.fieldIssues()].map(([field, errors]) => ({ name: field as keyof RulingInput, errors: errors.map(translateServerMessage) })));
            return;
          }
          void message.error(`${t('common.actionFailed')}：${errorText(error)}`);
        },
      },
    );

  return (
    <Modal open title={t('objection.ruleTitle')} okText={t('objection.submit')} cancelText={g('common.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={rule.isPending} destroyOnHidden width={600}>
      <Form<RulingInput> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="decision" label={t('objection.decision')} rules={[{ required: true, message: t('objection.decisionRequired') }]}>
          <Radio.Group
            options={[
              { value: 'uphold', label: t('objection.uphold') },
              { value: 'rule_out', label: t('objection.rule_out') },
            ]}
          />
        </Form.Item>
        {decision === 'uphold' && <Alert type="warning" showIcon title={t('objection.upholdHint')} style={{ marginBottom: 16 }} />}
        <Form.Item name="ruling" label={t('objection.ruling')} rules={[{ required: true, whitespace: true, message: t('objection.rulingRequired') }]}>
          <Input.TextArea rows={5} maxLength={10000} />
        </Form.Item>
        <Alert type="info" title={t('objection.irreversible')} />
      </Form>
    </Modal>
  );
}
