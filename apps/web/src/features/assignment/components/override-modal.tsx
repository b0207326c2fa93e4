import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { useOverride, usePoolExperts } from '../api/assignment';
import { ROLES, type PanelAssignment, type Role } from '../types';
import { useAssignmentT } from '../use-assignment-t';
import { useErrorText } from './parts';

interface OverrideValues {
  addExpertUserId?: string;
  addRole?: Role;
  removeExpertUserId?: string;
  reason: string;
}

const FIELD_OF: Record<string, keyof OverrideValues> = { reason: 'reason', add: 'addExpertUserId', 'add.expertUserId': 'addExpertUserId', 'add.panelRole': 'addRole', 'remove.expertUserId': 'removeExpertUserId' };

/**
 * 调整专家: add an expert, withdraw a seat, or both, always with a reason (audited). Recusal, load caps and tier
 * are the server's to refuse; the refusal stays in the modal beside the form.
 */
export function OverrideModal({ challengeId, panel, initialRemove, onClose }: { challengeId: string; panel: PanelAssignment; initialRemove?: string | undefined; onClose: () => void }) {
  const { t } = useAssignmentT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<OverrideValues>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const override = useOverride(challengeId);
  const pool = usePoolExperts();
  const role = Form.useWatch('addRole', form);
  const onPanel = new Set(panel.seats.map((seat) => seat.expertUserId));
  const candidates = (pool.data?.items ?? [])
    .filter((expert) => !onPanel.has(expert.userId) && (!role || expert.panelRole === role))
    .map((expert) => ({ value: expert.userId, label: `${expert.displayName}${expert.organisationName ? ` · ${expert.organisationName}` : ''}（${t(`roles.${expert.panelRole}`)}，${t('override.load', { load: expert.currentLoad, cap: expert.loadCap })}）` }));
  const removable = panel.seats.filter((seat) => seat.actions.includes('remove')).map((seat) => ({ value: seat.expertUserId, label: `${seat.displayName}（${t(`roles.${seat.panelRole as Role}`)}）` }));

  const submit = (values: OverrideValues) => {
    setRefusal(null);
    const add = values.addExpertUserId ? { expertUserId: values.addExpertUserId, panelRole: values.addRole ?? 'technical' } : undefined;
    const remove = values.removeExpertUserId ? { expertUserId: values.removeExpertUserId } : undefined;
    override.mutate(
      { panel, ...(add ? { add } : {}), ...(remove ? { remove } : {}), reason: values.reason },
      {
        onSuccess: () => {
          void message.success(t('override.done'));
          form.resetFields();
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 400) {
            form.setFields([...error.fieldIssues()].filter(([field]) => FIELD_OF[field]).map(([field, errors]) => ({ name: FIELD_OF[field]!, errors })));
          }
          setRefusal(errorText(error));
        },
      },
    );
  };

  return (
    <Modal open title={t('override.title')} okText={t('override.submit')} cancelText={t('override.cancel')} confirmLoading={override.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ addRole: 'technical', removeExpertUserId: initialRemove }} aria-label={t('override.title')}>
        <Form.Item name="removeExpertUserId" label={t('override.remove')}>
          <Select allowClear options={removable} placeholder={t('override.removePlaceholder')} />
        </Form.Item>
        <Form.Item name="addRole" label={t('override.role')}>
          <Select options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
        </Form.Item>
        <Form.Item name="addExpertUserId" label={t('override.add')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={candidates} loading={pool.isPending} placeholder={t('override.addPlaceholder')} notFoundContent={t('override.noCandidates')} />
        </Form.Item>
        <Form.Item name="reason" label={t('override.reason')} rules={[{ required: true, whitespace: true, message: t('override.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('override.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      {refusal && <Alert type="warning" showIcon title={t('override.refused')} description={refusal} />}
    </Modal>
  );
}
