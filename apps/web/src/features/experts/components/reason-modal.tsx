import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import type { ExpertStep } from '../api/pool';
import { useExpertsT } from '../use-experts-t';

/** Asks for the reason of a step: required to reject an application, optional to suspend or reactivate. */
export function ReasonModal({ step, name, open, pending, onCancel, onConfirm }: { step: Exclude<ExpertStep, 'approve'>; name: string; open: boolean; pending: boolean; onCancel: () => void; onConfirm: (reason: string) => void }) {
  const { t } = useExpertsT();
  const [form] = Form.useForm<{ reason: string }>();
  const required = step === 'reject';
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={t(`reasonModal.${step}Title`, { name })}
      okText={t('reasonModal.confirm')}
      okButtonProps={{ danger: step !== 'reactivate', loading: pending }}
      onCancel={onCancel}
      onOk={() =>
        form.validateFields().then(
          (values) => onConfirm(values.reason?.trim() ?? ''),
          // The form shows what is missing; nothing else to do.
          () => undefined,
        )
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={required ? t('reasonModal.reason') : t('reasonModal.optional')} extra={required ? t('reasonModal.rejectHelp') : undefined} rules={required ? [{ required: true, whitespace: true, message: t('reasonModal.required') }] : []}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
