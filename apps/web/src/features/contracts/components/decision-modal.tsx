import { Alert, Form, Input, Modal } from 'antd';
import { useContractsT } from '../use-contracts-t';
import type { ApprovalDecision } from '../types';
import type { FormField } from './command-feedback';

/**
 * Approve or reject with a note (change requests, expenses). Rejecting needs a reason; approving an irreversible
 * change shows `warning` first. `onDecide` resolves when the server accepted, rejects with its error.
 */
export function DecisionModal({
  title,
  okLabel,
  noteLabel,
  decision,
  warning,
  onDecide,
  onClose,
  pending,
}: {
  title: string;
  okLabel: string;
  /** The note's label: 审批意见 (change requests) by default, 审核意见 for expenses. */
  noteLabel?: string | undefined;
  decision: ApprovalDecision;
  warning?: string | undefined;
  onDecide: (note: string, onFieldErrors: (fields: FormField[]) => boolean) => void;
  onClose: () => void;
  pending: boolean;
}) {
  const { t } = useContractsT();
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal open title={title} okText={okLabel} cancelText={t('actions.cancel')} okButtonProps={{ danger: decision === 'reject', loading: pending }} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {warning && <Alert type="warning" showIcon title={warning} className="form-alert" />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ note: '' }}
        onFinish={({ note }) =>
          onDecide(note.trim(), (issues) => {
            const fields = issues.filter((field) => field.name[0] === 'note');
            form.setFields(fields as Parameters<typeof form.setFields>[0]);
            return fields.length > 0;
          })
        }
      >
        <Form.Item name="note" label={noteLabel ?? t('changes.note')} rules={decision === 'reject' ? [{ required: true, whitespace: true, message: t('changes.noteRequired') }] : []}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
