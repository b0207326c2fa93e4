import { Alert, App, Button, Card, Form, InputNumber, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { formatBudget } from '@/lib/money';
import { useRunAssignment } from '../api/assignment';
import { MODES, ROLES, type AssignmentBoard, type AssignmentMode, type AssignmentRun, type Quotas } from '../types';
import { useAssignmentT } from '../use-assignment-t';
import { useErrorText } from './parts';

interface RunValues {
  mode: AssignmentMode;
  seed?: number | null;
  quotas: Quotas;
}

/** Chooses the challenges, the mode (with an optional seed for a draw) and the seats per role, then runs. */
export function RunForm({ programmeId, board, onRun }: { programmeId: string; board: AssignmentBoard; onRun: (run: AssignmentRun) => void }) {
  const { t, language } = useAssignmentT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<RunValues>();
  const mode = Form.useWatch('mode', form) ?? 'optimal';
  const [selected, setSelected] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const runAssignment = useRunAssignment(programmeId);

  const submit = (values: RunValues) => {
    setFailure(null);
    const body = { challengeIds: selected, mode: values.mode, quotas: values.quotas, ...(values.mode === 'random' && values.seed !== undefined && values.seed !== null ? { seed: values.seed } : {}) };
    runAssignment.mutate(body, {
      onSuccess: (run) => {
        void message.success(t('form.done', { seats: run.panels.reduce((sum, panel) => sum + panel.seats.length, 0) }));
        onRun(run);
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 400) {
          form.setFields([...error.fieldIssues()].filter(([field]) => field === 'seed' || field.startsWith('quotas.')).map(([field, errors]) => ({ name: field.split('.') as never, errors })));
        }
        setFailure(errorText(error));
      },
    });
  };

  return (
    <Card title={t('form.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Table
          rowKey="challengeId"
          size="small"
          pagination={false}
          aria-label={t('form.challenges')}
          dataSource={board.challenges}
          locale={{ emptyText: t('form.noChallenges') }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), getCheckboxProps: (row) => ({ 'aria-label': row.title }) }}
          columns={[
            { key: 'code', title: t('form.code'), dataIndex: 'code', width: 120 },
            {
              key: 'title',
              title: t('form.challenge'),
              render: (_, row) => (
                <Space size={4} wrap>
                  <span>{row.title}</span>
                  {row.requiredTier === 'major' && <Tag color="gold">{t('form.majorProject')}</Tag>}
                </Space>
              ),
            },
            { key: 'field', title: t('form.field'), dataIndex: 'field', width: 120 },
            { key: 'budget', title: t('form.budget'), width: 120, align: 'right', render: (_, row) => formatBudget(row.budgetFen, language) },
            { key: 'bids', title: t('form.bids'), dataIndex: 'bidCount', width: 80, align: 'right' },
            { key: 'panel', title: t('form.panel'), width: 110, render: (_, row) => (row.panelStatus ? t('form.panelForming') : t('form.panelNone')) },
            {
              key: 'held',
              title: t('form.seatsHeld'),
              width: 200,
              render: (_, row) =>
                ROLES.filter((role) => row.seatsHeld[role] > 0)
                  .map((role) => `${t(`roles.${role}`)} ${row.seatsHeld[role]}`)
                  .join(' · ') || '—',
            },
          ]}
        />
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ mode: 'optimal', quotas: board.quotas }} aria-label={t('form.title')}>
          <Form.Item name="mode" label={t('form.mode')}>
            <Radio.Group optionType="button" buttonStyle="solid" options={MODES.map((value) => ({ value, label: t(`modes.${value}`) }))} />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t(`modeHints.${mode}`)}</Typography.Paragraph>
          {mode === 'random' && (
            <Form.Item name="seed" label={t('form.seed')} extra={t('form.seedHint')}>
              <InputNumber min={0} max={4_294_967_295} precision={0} style={{ width: 220 }} placeholder={t('form.seedPlaceholder')} />
            </Form.Item>
          )}
          <Space wrap size="large">
            {ROLES.map((role) => (
              <Form.Item key={role} name={['quotas', role]} label={t('form.quota', { role: t(`roles.${role}`) })} rules={[{ required: true, message: t('form.quotaRequired') }]}>
                <InputNumber min={0} max={20} precision={0} />
              </Form.Item>
            ))}
          </Space>
          <Form.Item extra={selected.length ? t('form.selected', { count: selected.length }) : t('form.selectHint')}>
            <Button type="primary" htmlType="submit" disabled={selected.length === 0} loading={runAssignment.isPending}>
              {t('form.run')}
            </Button>
          </Form.Item>
        </Form>
        {failure && <Alert type="error" showIcon title={t('form.failed')} description={failure} closable={{ onClose: () => setFailure(null) }} />}
      </Space>
    </Card>
  );
}
