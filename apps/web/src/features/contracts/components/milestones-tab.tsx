import { App, Button, Card, Collapse, DatePicker, Descriptions, Form, Input, Modal, Radio, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageEmpty } from '@/components/page-state';
import { DISPLAY_TIME_ZONE, dayjs, formatDateTime } from '@/lib/dates';
import { useReportMilestone, useReviewMilestone } from '../api/contracts';
import { useContractsT } from '../use-contracts-t';
import type { ContractView, Milestone, ReviewDecision } from '../types';
import { useCommandFeedback } from './command-feedback';
import { MilestoneStatusTag } from './status-tags';
import { SupervisionTimeline } from './timelines';

const DECISIONS = ['continue', 'remediate', 'terminate'] as const satisfies readonly ReviewDecision[];

/** The PI's progress report on a milestone (POST /api/milestones/:id/report). */
function ReportModal({ milestone, onClose }: { milestone: Milestone; onClose: () => void }) {
  const { t } = useContractsT();
  const [form] = Form.useForm<{ report: string }>();
  const report = useReportMilestone();
  const feedback = useCommandFeedback();
  const submit = ({ report: text }: { report: string }) =>
    report.mutate(
      { milestone, report: text.trim() },
      {
        onSuccess: () => {
          feedback.success(t('milestones.reportDone'));
          onClose();
        },
        onError: (error) => feedback.failure(t('milestones.submitReport'), error, (fields) => (form.setFields(fields as Parameters<typeof form.setFields>[0]), fields.length > 0)),
      },
    );
  return (
    <Modal open title={t('milestones.reportTitle', { title: milestone.title })} okText={t('actions.submit')} cancelText={t('actions.cancel')} okButtonProps={{ loading: report.isPending }} onOk={() => form.submit()} onCancel={onClose} width={640} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ report: milestone.report ?? '' }}>
        <Form.Item name="report" label={t('milestones.report')} extra={t('milestones.reportHelp')} rules={[{ required: true, whitespace: true, message: t('actions.required') }]}>
          <Input.TextArea rows={8} maxLength={20_000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ReviewValues {
  decision: ReviewDecision;
  deadline: Dayjs | null;
  opinion: string;
}

/** The server refuses a 限期整改 deadline that is not after today in Beijing time; the picker offers none. */
const notAfterToday = (day: Dayjs) => day.format('YYYY-MM-DD') <= dayjs().tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');

/** 节点考核 (officer): continue, remediate by a deadline, or terminate (confirmed again: it ends the contract). */
function ReviewModal({ milestone, onClose }: { milestone: Milestone; onClose: () => void }) {
  const { t } = useContractsT();
  const { modal } = App.useApp();
  const [form] = Form.useForm<ReviewValues>();
  const decision = Form.useWatch('decision', form);
  const review = useReviewMilestone();
  const feedback = useCommandFeedback();
  const send = (values: ReviewValues) => {
    const remediationDueDate = values.decision === 'remediate' && values.deadline ? values.deadline.format('YYYY-MM-DD') : undefined;
    review.mutate(
      { milestone, decision: values.decision, opinion: values.opinion.trim(), remediationDueDate },
      {
        onSuccess: () => {
          feedback.success(t('milestones.reviewDone'));
          onClose();
        },
        onError: (error) =>
          feedback.failure(t('milestones.review'), error, (fields) => {
            // The server names the field remediationDueDate; the form calls it `deadline`.
            const named = fields.map((field) => (field.name[0] === 'remediationDueDate' ? { ...field, name: ['deadline'] } : field));
            form.setFields(named as Parameters<typeof form.setFields>[0]);
            return named.length > 0;
          }),
      },
    );
  };
  const submit = (values: ReviewValues) => {
    if (values.decision !== 'terminate') return send(values);
    modal.confirm({
      title: t('milestones.terminateConfirmTitle'),
      content: t('milestones.terminateConfirm'),
      okText: t('milestones.decisions.terminate'),
      okButtonProps: { danger: true },
      cancelText: t('actions.cancel'),
      onOk: () => send(values),
    });
  };
  return (
    <Modal
      open
      title={t('milestones.reviewTitle', { title: milestone.title })}
      okText={t('actions.submit')}
      cancelText={t('actions.cancel')}
      okButtonProps={{ loading: review.isPending, danger: decision === 'terminate' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      {milestone.report && (
        <Descriptions size="small" bordered column={1} className="form-alert" items={[{ key: 'report', label: t('milestones.report'), children: <span className="contract-prose">{milestone.report}</span> }]} />
      )}
      <Form<ReviewValues> form={form} layout="vertical" onFinish={submit} initialValues={{ decision: 'continue', deadline: null, opinion: '' }}>
        <Form.Item name="decision" label={t('milestones.decision')} extra={decision ? t(`milestones.decisionHelp.${decision}`) : undefined} rules={[{ required: true, message: t('actions.required') }]}>
          <Radio.Group optionType="button" options={DECISIONS.map((value) => ({ value, label: t(`milestones.decisions.${value}`) }))} />
        </Form.Item>
        {decision === 'remediate' && (
          <Form.Item name="deadline" label={t('milestones.deadline')} extra={t('milestones.deadlineHelp')} rules={[{ required: true, message: t('actions.required') }]}>
            <DatePicker disabledDate={notAfterToday} />
          </Form.Item>
        )}
        <Form.Item name="opinion" label={t('milestones.opinion')} rules={[{ required: true, whitespace: true, message: t('actions.required') }]}>
          <Input.TextArea rows={5} maxLength={4900} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MilestoneCard({ milestone, onReport, onReview }: { milestone: Milestone; onReport: () => void; onReview: () => void }) {
  const { t } = useContractsT();
  return (
    <Card
      size="small"
      className="contract-item"
      title={
        <span className="contract-item-title">
          <Typography.Text type="secondary">{t('milestones.sequence', { n: milestone.sequence })}</Typography.Text>
          <Typography.Text strong>{milestone.title}</Typography.Text>
          <MilestoneStatusTag status={milestone.status} />
        </span>
      }
      extra={
        <Space>
          <Typography.Text type="secondary">{t('milestones.dueDate', { date: milestone.dueDate })}</Typography.Text>
          {milestone.actions.includes('report') && (
            <Button type="primary" size="small" onClick={onReport}>
              {t('milestones.submitReport')}
            </Button>
          )}
          {milestone.actions.includes('review') && (
            <Button type="primary" size="small" onClick={onReview}>
              {t('milestones.review')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'deliverables',
            label: t('milestones.deliverables'),
            children: milestone.deliverables.length ? (
              <Space size={[4, 4]} wrap>
                {milestone.deliverables.map((item) => (
                  <Tag key={item}>{item}</Tag>
                ))}
              </Space>
            ) : (
              '—'
            ),
          },
          ...(milestone.report ? [{ key: 'report', label: t('milestones.report'), children: <span className="contract-prose">{milestone.report}</span> }] : []),
          ...(milestone.reviewOpinion
            ? [
                {
                  key: 'opinion',
                  label: t('milestones.reviewOpinion'),
                  children: (
                    <span>
                      <span className="contract-prose">{milestone.reviewOpinion}</span>
                      {milestone.reviewedAt && <Typography.Text type="secondary">{`（${t('milestones.reviewedAt', { time: formatDateTime(milestone.reviewedAt) })}）`}</Typography.Text>}
                    </span>
                  ),
                },
              ]
            : []),
          ...(milestone.remediationDueDate
            ? [
                {
                  key: 'remediationDueDate',
                  label: t('milestones.deadline'),
                  children: <Typography.Text type={milestone.status === 'remediation' ? 'warning' : undefined} data-testid="remediation-due-date">{milestone.remediationDueDate}</Typography.Text>,
                },
              ]
            : []),
        ]}
      />
      {milestone.timeline.length > 0 && (
        <Collapse ghost size="small" items={[{ key: 'history', label: t('milestones.history'), children: <SupervisionTimeline aggregate="milestone" entries={milestone.timeline} /> }]} />
      )}
    </Card>
  );
}

/** 节点: each milestone with its report and review; the PI reports and the officer reviews when the server offers it. */
export function MilestonesTab({ contract }: { contract: ContractView }) {
  const { t } = useContractsT();
  const [open, setOpen] = useState<{ kind: 'report' | 'review'; milestone: Milestone } | null>(null);
  if (contract.milestones.length === 0) return <PageEmpty description={t('milestones.empty')} />;
  return (
    <div>
      {contract.milestones.map((milestone) => (
        <MilestoneCard key={milestone.id} milestone={milestone} onReport={() => setOpen({ kind: 'report', milestone })} onReview={() => setOpen({ kind: 'review', milestone })} />
      ))}
      {open?.kind === 'report' && <ReportModal milestone={open.milestone} onClose={() => setOpen(null)} />}
      {open?.kind === 'review' && <ReviewModal milestone={open.milestone} onClose={() => setOpen(null)} />}
    </div>
  );
}
