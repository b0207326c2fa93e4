import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Popconfirm, Radio, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageError } from '@/components/page-state';
import { dayjs, formatTimeSpan } from '@/lib/dates';
import { usePanel } from '../api/panel';
import { SectionTitle } from '../components/parts';
import { beijingInstant, useDefences, useScheduleDefences } from './api';
import { DefenceStatusTag } from './parts';
import { EditSlotModal, OutcomeModal, useDefenceFailure } from './slot-modals';
import { DEFENCE_FORMATS, type DefenceFormat, type DefenceSchedule, type DefenceSlot } from './types';
import { useDefenceT } from './use-defence-t';

type PlanValues = { startsAt: Dayjs | null; minutesEach: number; gapMinutes: number; format: DefenceFormat; venue: string };

/** 生成答辩安排: the first slot's Beijing time, the length of each defence and the break between them, format and venue. */
function PlanForm({ challengeId, schedule }: { challengeId: string; schedule: DefenceSchedule }) {
  const { t } = useDefenceT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const plan = useScheduleDefences(challengeId);
  const fail = useDefenceFailure(form);
  const replaces = schedule.slots.some((slot) => slot.status === 'scheduled' || slot.status === 'cancelled');
  const submit = (values: PlanValues) => {
    if (!values.startsAt) return;
    plan.mutate(
      { panelId: schedule.panelId, body: { startsAt: beijingInstant(values.startsAt), minutesEach: values.minutesEach, gapMinutes: values.gapMinutes, format: values.format, venue: values.venue.trim() } },
      { onSuccess: () => void message.success(t('plan.done')), onError: fail },
    );
  };
  const button = (
    <Button type="primary" htmlType={replaces ? 'button' : 'submit'} loading={plan.isPending}>
      {t('plan.submit')}
    </Button>
  );
  return (
    <Form<PlanValues> form={form} name="defence-plan" layout="inline" onFinish={submit} initialValues={{ startsAt: null, minutesEach: 30, gapMinutes: 10, format: 'onsite', venue: '' }} aria-label={t('plan.submit')} className="defence-plan">
      <Form.Item name="startsAt" label={t('plan.startsAt')} rules={[{ required: true, message: t('plan.startsAtRequired') }]}>
        <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="minutesEach" label={t('plan.minutesEach')} rules={[{ required: true }]}>
        <InputNumber min={10} max={180} step={5} precision={0} />
      </Form.Item>
      <Form.Item name="gapMinutes" label={t('plan.gapMinutes')} rules={[{ required: true }]}>
        <InputNumber min={0} max={60} step={5} precision={0} />
      </Form.Item>
      <Form.Item name="format" label={t('plan.format')}>
        <Radio.Group options={DEFENCE_FORMATS.map((format) => ({ value: format, label: t(`formats.${format}`) }))} />
      </Form.Item>
      <Form.Item name="venue" label={t('plan.venue')}>
        <Input maxLength={200} placeholder={t('plan.venuePlaceholder')} style={{ width: 280 }} />
      </Form.Item>
      <Form.Item>
        {replaces ? (
          <Popconfirm title={t('plan.replaceConfirm')} okText={g('common.confirm')} cancelText={g('common.cancel')} onConfirm={() => form.submit()}>
            {button}
          </Popconfirm>
        ) : (
          button
        )}
      </Form.Item>
    </Form>
  );
}

function SlotTable({ challengeId, schedule }: { challengeId: string; schedule: DefenceSchedule }) {
  const { t } = useDefenceT();
  const [open, setOpen] = useState<{ kind: 'edit' | 'outcome'; slot: DefenceSlot } | null>(null);
  return (
    <>
      <Table<DefenceSlot>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={schedule.slots}
        locale={{ emptyText: t('empty') }}
        scroll={{ x: 900 }}
        columns={[
          { key: 'sequence', title: t('columns.sequence'), dataIndex: 'sequence', width: 64 },
          { key: 'bid', title: t('columns.bid'), render: (_, slot) => slot.bidTitle ?? '—' },
          { key: 'lead', title: t('columns.lead'), render: (_, slot) => slot.leadOrgName ?? '—' },
          { key: 'time', title: t('columns.time'), width: 190, render: (_, slot) => formatTimeSpan(slot.startsAt, slot.endsAt) },
          { key: 'format', title: t('columns.format'), width: 100, render: (_, slot) => t(`formats.${slot.format}`) },
          { key: 'venue', title: t('columns.venue'), render: (_, slot) => slot.venue || '—' },
          { key: 'status', title: t('columns.status'), width: 90, render: (_, slot) => <DefenceStatusTag status={slot.status} /> },
          { key: 'note', title: t('columns.note'), render: (_, slot) => slot.note || '—' },
          {
            key: 'actions',
            title: t('columns.actions'),
            width: 170,
            render: (_, slot) => (
              <Space size={0}>
                {slot.actions.includes('update') && (
                  <Button size="small" type="link" onClick={() => setOpen({ kind: 'edit', slot })}>
                    {t('edit.button')}
                  </Button>
                )}
                {slot.actions.includes('record_outcome') && (
                  <Button size="small" type="link" onClick={() => setOpen({ kind: 'outcome', slot })}>
                    {t('outcome.button')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {open?.kind === 'edit' && <EditSlotModal challengeId={challengeId} slot={open.slot} onClose={() => setOpen(null)} />}
      {open?.kind === 'outcome' && <OutcomeModal challengeId={challengeId} slot={open.slot} onClose={() => setOpen(null)} />}
    </>
  );
}

/** 答辩安排 on the officer's review page: generate the schedule, then move slots and record how each defence went. */
export function DefenceSection({ challengeId }: { challengeId: string }) {
  const { t } = useDefenceT();
  const panel = usePanel(challengeId);
  const defences = useDefences(challengeId, panel.data?.id);
  if (!panel.data) return null;
  const title = <SectionTitle>{t('title')}</SectionTitle>;
  if (panel.data.status === 'forming') {
    return (
      <Card title={title}>
        <Typography.Text type="secondary">{t('notYet')}</Typography.Text>
      </Card>
    );
  }
  if (defences.isError) return <PageError error={defences.error} onRetry={() => void defences.refetch()} />;
  if (!defences.data) return null;
  return (
    <Card title={title} className="defence-section">
      <App component={false}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('hint')}</Typography.Text>
          {defences.data.actions.includes('schedule_defences') && (
            <>
              <PlanForm challengeId={challengeId} schedule={defences.data} />
              <Alert type="info" showIcon title={t('plan.dayRule')} />
            </>
          )}
          <SlotTable challengeId={challengeId} schedule={defences.data} />
        </Space>
      </App>
    </Card>
  );
}
