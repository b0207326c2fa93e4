import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { inDisplayZone } from '@/lib/dates';
import { beijingInstant, useRecordDefenceOutcome, useUpdateDefenceSlot } from './api';
import { useDefenceErrorText } from './parts';
import { DEFENCE_FORMATS, DEFENCE_OUTCOMES, type DefenceFormat, type DefenceOutcome, type DefenceSlot } from './types';
import { useDefenceT } from './use-defence-t';

type EditValues = { startsAt: Dayjs; minutes: number; format: DefenceFormat; venue: string };
type OutcomeValues = { outcome: DefenceOutcome; note: string };

const MINUTE_MS = 60_000;

/**
 * Server field errors next to their field (the API names `startsAt`, `minutes`…), anything else in a message. A
 * refused rule that names fields (盲评: the venue or note names a bidder) puts the rule's own words at each field,
 * above the server's, which quote the offending name.
 */
export function useDefenceFailure(form: FormInstance) {
  const { t } = useDefenceT();
  const { message } = App.useApp();
  const errorText = useDefenceErrorText();
  return (error: unknown) => {
    if (isApiError(error) && (error.status === 400 || error.rule) && error.fieldIssues().size) {
      const rule = error.rule ? errorText(error) : '';
      form.setFields([...error.fieldIssues()].map(([field, errors]) => ({ name: field, errors: rule ? [rule, ...errors] : errors.map(translateServerMessage) })));
      return;
    }
    void message.error(`${t('failed')}：${errorText(error)}`);
  };
}

/** 调整: move a scheduled defence (time, length, format, venue); the server refuses an overlap and tells the bidder. */
export function EditSlotModal({ challengeId, slot, onClose }: { challengeId: string; slot: DefenceSlot; onClose: () => void }) {
  const { t } = useDefenceT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateDefenceSlot(challengeId);
  const fail = useDefenceFailure(form);
  const submit = (values: EditValues) =>
    update.mutate(
      { slot, body: { startsAt: beijingInstant(values.startsAt), minutes: values.minutes, format: values.format, venue: values.venue.trim() } },
      {
        onSuccess: () => {
          void message.success(t('edit.done'));
          onClose();
        },
        onError: fail,
      },
    );
  const initial: EditValues = { startsAt: inDisplayZone(slot.startsAt), minutes: Math.round((new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()) / MINUTE_MS), format: slot.format, venue: slot.venue };
  return (
    <Modal open title={t('edit.title')} okText={t('edit.ok')} cancelText={g('common.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={update.isPending} destroyOnHidden>
      <Form<EditValues> form={form} name="defence-slot-edit" layout="vertical" onFinish={submit} initialValues={initial}>
        <Form.Item name="startsAt" label={t('edit.startsAt')} rules={[{ required: true, message: t('plan.startsAtRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" className="full-width" />
        </Form.Item>
        <Form.Item name="minutes" label={t('edit.minutes')} rules={[{ required: true }]}>
          <InputNumber min={10} max={180} step={5} precision={0} />
        </Form.Item>
        <Form.Item name="format" label={t('edit.format')}>
          <Radio.Group options={DEFENCE_FORMATS.map((format) => ({ value: format, label: t(`formats.${format}`) }))} />
        </Form.Item>
        <Form.Item name="venue" label={t('edit.venue')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 记录结果: held or absent once the defence started, cancelled any time, with a note. */
export function OutcomeModal({ challengeId, slot, onClose }: { challengeId: string; slot: DefenceSlot; onClose: () => void }) {
  const { t } = useDefenceT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OutcomeValues>();
  const record = useRecordDefenceOutcome(challengeId);
  const fail = useDefenceFailure(form);
  const submit = (values: OutcomeValues) =>
    record.mutate(
      { slot, body: { outcome: values.outcome, note: values.note.trim() } },
      {
        onSuccess: () => {
          void message.success(t('outcome.done'));
          onClose();
        },
        onError: fail,
      },
    );
  return (
    <Modal open title={t('outcome.title')} okText={t('outcome.ok')} cancelText={g('common.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={record.isPending} destroyOnHidden>
      <Form<OutcomeValues> form={form} name="defence-slot-outcome" layout="vertical" onFinish={submit} initialValues={{ note: '' }}>
        <Form.Item name="outcome" label={t('outcome.outcome')} rules={[{ required: true, message: t('outcome.outcomeRequired') }]}>
          <Radio.Group options={DEFENCE_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`outcome.${outcome}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('outcome.note')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
