import { App, Form, Modal } from 'antd';
import { useCreateExpert } from '../api/pool';
import { useExpertsT } from '../use-experts-t';
import { OFFICE_FIELDS, OfficeProfileItems, officeBody, type OfficeProfileValues } from './expert-form-items';
import { showServerErrors } from './parts';
import { toWindows } from './unavailable-editor';

/** 新增专家: the officer enters an expert straight into the pool (account, expert grant, active profile). */
export function CreateExpertModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useExpertsT();
  const { message } = App.useApp();
  const [form] = Form.useForm<OfficeProfileValues>();
  const create = useCreateExpert();
  const submit = (values: OfficeProfileValues) =>
    create.mutate(
      { ...officeBody(values), username: values.username!.trim(), unavailable: toWindows(values.unavailable), ...(values.initialPassword ? { initialPassword: values.initialPassword } : {}) },
      {
        onSuccess: (expert) => {
          void message.success(t('messages.created', { name: expert.displayName }));
          form.resetFields();
          onClose();
        },
        onError: (error) => {
          if (!showServerErrors(form, error, OFFICE_FIELDS)) void message.error(`${t('messages.failed')}：${error.message}`);
        },
      },
    );
  return (
    <Modal open={open} title={t('pool.create')} width={760} okText={t('form.create')} cancelText={t('form.cancel')} okButtonProps={{ loading: create.isPending }} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Form<OfficeProfileValues> form={form} layout="vertical" onFinish={submit} initialValues={{ panelRole: 'technical', tier: 'general', fieldCodes: [], loadCap: 5, rating: 80, unavailable: [] }} aria-label={t('pool.create')}>
        <OfficeProfileItems creating />
      </Form>
    </Modal>
  );
}
