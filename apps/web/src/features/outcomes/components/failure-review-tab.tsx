import { Alert, App, Button, Card, Descriptions, Form, Input, Popconfirm, Radio, Space, Typography } from 'antd';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { useDecideFailureReview, useFailureReview, useOpenFailureReview } from '../api/failure-review';
import { FAILURE_FINDINGS, type Contract, type FailureFinding, type FailureReview } from '../types';
import { useOutcomesT } from '../use-outcomes-t';
import { IntegrityRecordTable } from './integrity-record-table';
import { applyFieldErrors, FindingTag, OutcomeTimeline, StatusTag, useErrorText } from './shared';

/** 宽容失败: a failed or terminated project's diligence review, and the integrity records its finding created. */
export function FailureReviewTab({ contract }: { contract: Contract }) {
  const { t } = useOutcomesT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const open = useOpenFailureReview(contract);

  if (contract.failureReview) return <ReviewDetail key={contract.failureReview.id} contract={contract} reviewId={contract.failureReview.id} />;
  const canOpen = contract.actions.includes('open_failure_review');
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('failure.lead')}</Typography.Paragraph>
      <PageEmpty
        description={
          <>
            <div>{t('failure.none')}</div>
            {!canOpen && <Typography.Text type="secondary">{t('failure.notApplicable')}</Typography.Text>}
          </>
        }
        action={
          canOpen && (
            <Popconfirm
              title={t('failure.openConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                open.mutateAsync(undefined, { onSuccess: () => void message.success(t('failure.opened')), onError: (error) => void message.error(t('common.failed', { reason: errorText(error) })) }).catch(() => undefined)
              }
            >
              <Button type="primary" loading={open.isPending}>
                {t('failure.open')}
              </Button>
            </Popconfirm>
          )
        }
      />
    </Card>
  );
}

function ReviewDetail({ contract, reviewId }: { contract: Contract; reviewId: string }) {
  const { t } = useOutcomesT();
  const query = useFailureReview(reviewId);
  if (query.isPending) return <PageLoading rows={5} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const review = query.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('failure.title')}>
        <Typography.Paragraph type="secondary">{t('failure.lead')}</Typography.Paragraph>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('failure.status')}>
            <StatusTag group="reviewStatus" status={review.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('failure.finding')}>{review.finding ? <FindingTag finding={review.finding} /> : t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('failure.openedAt')}>{formatDateTime(review.openedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('failure.decidedAt')}>{review.decidedAt ? formatDateTime(review.decidedAt) : t('common.none')}</Descriptions.Item>
          {review.reasoning && (
            <Descriptions.Item label={t('failure.reasoning')} span={2}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{review.reasoning}</Typography.Paragraph>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {review.actions.includes('decide') && <DecideForm contract={contract} review={review} />}
      {review.status === 'decided' && (
        <Card title={t('failure.records')} size="small">
          {review.integrityRecords.length === 0 ? (
            <Alert type="success" showIcon title={review.finding === 'diligent_failure' ? t('failure.noRecordsDiligent') : t('failure.noRecords')} />
          ) : (
            <IntegrityRecordTable records={review.integrityRecords} withSummary={false} />
          )}
        </Card>
      )}
      <Card title={t('common.timeline')} size="small">
        <OutcomeTimeline aggregate="failure_review" group="reviewStatus" entries={review.timeline} />
      </Card>
    </Space>
  );
}

interface DecideValues {
  finding: FailureFinding;
  reasoning: string;
}

function DecideForm({ contract, review }: { contract: Contract; review: FailureReview }) {
  const { t } = useOutcomesT();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<DecideValues>();
  const decide = useDecideFailureReview(contract.id, review);
  const finding = Form.useWatch('finding', form);

  // The confirmation names the consequence for the very organisation and person concerned.
  const consequence = (chosen: FailureFinding) =>
    chosen === 'diligent_failure'
      ? t('failure.confirmDiligent', { org: contract.leadOrgName, pi: contract.piName })
      : t('failure.confirmRecords', { finding: t(`finding.${chosen}`), org: contract.leadOrgName, pi: contract.piName, severity: t(`severity.${chosen === 'misconduct' ? 'misconduct' : 'negligence'}`) });

  const submit = (values: DecideValues) =>
    modal.confirm({
      title: t('failure.confirmTitle'),
      content: consequence(values.finding),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: values.finding === 'diligent_failure' ? {} : { danger: true },
      onOk: () =>
        decide
          .mutateAsync(
            { finding: values.finding, reasoning: values.reasoning.trim() },
            {
              onSuccess: (view) => void message.success(t('failure.decided', { finding: view.finding ? t(`finding.${view.finding}`) : '' })),
              onError: (error) => {
                if (!applyFieldErrors(form, error, ['finding', 'reasoning'])) void message.error(t('common.failed', { reason: errorText(error) }));
              },
            },
          )
          .catch(() => undefined),
    });

  return (
    <Card title={t('failure.decide')}>
      <Form<DecideValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="finding" label={t('failure.finding')} rules={[{ required: true, message: t('failure.findingRequired') }]}>
          <Radio.Group>
            <Space orientation="vertical">
              {FAILURE_FINDINGS.map((option) => (
                <Radio key={option} value={option}>
                  <Typography.Text strong>{t(`finding.${option}`)}</Typography.Text>
                  <Typography.Text type="secondary"> — {t(`failure.findingHelp.${option}`)}</Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reasoning" label={t('failure.reasoning')} rules={[{ required: true, whitespace: true, message: t('failure.reasoningRequired') }]}>
          <Input.TextArea rows={5} maxLength={10_000} showCount placeholder={t('failure.reasoningPlaceholder')} />
        </Form.Item>
        <Button type="primary" danger={finding !== undefined && finding !== 'diligent_failure'} htmlType="submit" loading={decide.isPending}>
          {t('failure.submit')}
        </Button>
      </Form>
    </Card>
  );
}
