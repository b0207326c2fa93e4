import { Alert, App, Button, Card, Collapse, Descriptions, Form, Input, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { useCloseNotice, useObjections, useWithdrawNotice } from '../api/notices';
import type { Notice, Objection } from '../types';
import { useEvaluationT } from '../use-evaluation-t';
import { ObjectionRulingModal } from './objection-ruling-modal';
import { EvaluationStatusTag, EvaluationTimeline, useErrorText } from './parts';

type Unit = Notice['proposedWinners'][number];

function Units({ units }: { units: Unit[] }) {
  const { t } = useEvaluationT();
  const { t: g } = useTranslation();
  return (
    <ol className="evaluation-units">
      {units.map((unit) => (
        <li key={unit.bidId}>
          <Typography.Text strong>
            {unit.rank !== null ? `${unit.rank}. ` : ''}
            {unit.leadOrgName}
          </Typography.Text>
          <div>{unit.bidTitle}</div>
          {unit.memberOrgNames.length > 0 && <Typography.Text type="secondary">{t('notice.members', { names: unit.memberOrgNames.join(g('common.listSeparator')) })}</Typography.Text>}
        </li>
      ))}
    </ol>
  );
}

/** The objections to one notice, with the objectors' contacts (seen by the programme office only), and rulings. */
function Objections({ challengeId, notice }: { challengeId: string; notice: Notice }) {
  const { t } = useEvaluationT();
  const objections = useObjections(challengeId, notice.id, notice.actions.includes('list_objections'));
  const [ruling, setRuling] = useState<Objection | null>(null);
  if (!notice.actions.includes('list_objections')) return null;
  if (objections.isPending) return <PageLoading rows={2} />;
  if (objections.isError) return <PageError error={objections.error} onRetry={() => void objections.refetch()} />;
  const units = new Map([...notice.proposedWinners, ...notice.alternates].map((unit) => [unit.bidId, unit]));
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={objections.data.items}
        aria-label={t('objection.title')}
        locale={{ emptyText: t('objection.none') }}
        expandable={{
          expandedRowRender: (objection) => (
            <Space align="start" size="large" wrap>
              <Descriptions size="small" column={1} style={{ minWidth: 360, maxWidth: 560 }}>
                <Descriptions.Item label={t('objection.reason')}>{objection.reason}</Descriptions.Item>
                {objection.ruling && <Descriptions.Item label={t('objection.ruling')}>{objection.ruling}</Descriptions.Item>}
                {objection.ruledAt && <Descriptions.Item label={t('objection.ruledAt')}>{formatDateTime(objection.ruledAt)}</Descriptions.Item>}
              </Descriptions>
              <div style={{ minWidth: 260 }}>
                <EvaluationTimeline entries={objection.timeline} kind="objectionStatus" />
              </div>
            </Space>
          ),
        }}
        columns={[
          { key: 'objector', title: t('objection.objector'), dataIndex: 'objectorName', width: 160 },
          { key: 'contact', title: t('objection.contact'), dataIndex: 'objectorContact', width: 150 },
          {
            key: 'target',
            title: t('objection.target'),
            width: 200,
            render: (_, objection) => (objection.bidId ? (units.get(objection.bidId)?.leadOrgName ?? objection.bidId) : t('objection.wholeResult')),
          },
          { key: 'reason', title: t('objection.reason'), render: (_, objection) => <div className="evaluation-clamp">{objection.reason}</div> },
          { key: 'filed', title: t('objection.filedAt'), width: 150, render: (_, objection) => formatDateTime(objection.filedAt) },
          { key: 'status', title: t('common.status'), width: 110, render: (_, objection) => <EvaluationStatusTag kind="objectionStatus" status={objection.status} /> },
          {
            key: 'actions',
            title: t('common.operations'),
            width: 100,
            render: (_, objection) =>
              (objection.actions.includes('uphold') || objection.actions.includes('rule_out')) && (
                <Button size="small" type="primary" onClick={() => setRuling(objection)}>
                  {t('objection.rule')}
                </Button>
              ),
          },
        ]}
      />
      {ruling && <ObjectionRulingModal challengeId={challengeId} objection={ruling} onClose={() => setRuling(null)} />}
    </>
  );
}

function WithdrawModal({ challengeId, notice, onClose }: { challengeId: string; notice: Notice; onClose: () => void }) {
  const { t } = useEvaluationT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason: string }>();
  const withdraw = useWithdrawNotice(challengeId);
  const submit = ({ reason }: { reason: string }) =>
    withdraw.mutate(
      { notice, reason },
      {
        onSuccess: () => {
          void message.success(t('notice.withdrawn'));
          onClose();
        },
        onError: (error) => void message.error(`${t('common.actionFailed')}：${errorText(error)}`),
      },
    );
  return (
    <Modal open title={t('notice.withdrawTitle')} okText={t('notice.withdraw')} okButtonProps={{ danger: true }} cancelText={g('common.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={withdraw.isPending} destroyOnHidden>
      <Alert type="warning" showIcon title={t('notice.withdrawHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('notice.withdrawReason')} rules={[{ required: true, whitespace: true, message: t('notice.withdrawReasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One notice of the challenge: period, proposed winners and alternates, objections, and its own steps. */
export function NoticeCard({ challengeId, notice }: { challengeId: string; notice: Notice }) {
  const { t } = useEvaluationT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const close = useCloseNotice(challengeId);
  const [withdrawing, setWithdrawing] = useState(false);

  return (
    <Card
      title={
        <Space wrap>
          <Typography.Text strong>{notice.title}</Typography.Text>
          <EvaluationStatusTag kind="noticeStatus" status={notice.status} />
        </Space>
      }
      extra={
        <Space>
          {notice.actions.includes('close') && (
            <Popconfirm
              title={t('notice.closeConfirm')}
              okText={g('common.confirm')}
              cancelText={g('common.cancel')}
              onConfirm={() => close.mutate(notice, { onSuccess: () => void message.success(t('notice.closed')), onError: (error) => void message.error(`${t('common.actionFailed')}：${errorText(error)}`) })}
            >
              <Button type="primary" loading={close.isPending}>
                {t('notice.close')}
              </Button>
            </Popconfirm>
          )}
          {notice.actions.includes('withdraw') && (
            <Button danger onClick={() => setWithdrawing(true)}>
              {t('notice.withdraw')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('notice.period')}>{t('notice.periodRange', { from: formatDateTime(notice.opensAt), to: formatDateTime(notice.closesAt) })}</Descriptions.Item>
          <Descriptions.Item label={t('objection.title')}>{t('notice.objectionsCount', { count: notice.objectionsCount })}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{notice.body}</Typography.Paragraph>
        <Space align="start" size="large" wrap style={{ width: '100%' }}>
          <div style={{ minWidth: 320 }}>
            <Typography.Text type="secondary">{t('notice.proposed')}</Typography.Text>
            <Units units={notice.proposedWinners} />
          </div>
          {notice.alternates.length > 0 && (
            <div style={{ minWidth: 320 }}>
              <Typography.Text type="secondary">{t('notice.alternateList')}</Typography.Text>
              <Units units={notice.alternates} />
            </div>
          )}
        </Space>
        <Objections challengeId={challengeId} notice={notice} />
        <Collapse size="small" items={[{ key: 'timeline', label: t('common.timeline'), children: <EvaluationTimeline entries={notice.timeline} kind="noticeStatus" /> }]} />
      </Space>
      {withdrawing && <WithdrawModal challengeId={challengeId} notice={notice} onClose={() => setWithdrawing(false)} />}
    </Card>
  );
}
