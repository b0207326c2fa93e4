import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates';
import { useFailureReview } from '../api/failure-review';
import type { IntegrityRecord } from '../types';
import { useOutcomesT } from '../use-outcomes-t';

type Dynamic = (key: string, options?: Record<string, unknown>) => string;

/** Integrity records (信用管理): who, what kind, why, from which review, and for how long. */
/** `withSummary`: off beside the review itself, whose reasoning is the records' reason. */
export function IntegrityRecordTable({ records, withSource = false, withSummary = true }: { records: readonly IntegrityRecord[]; withSource?: boolean; withSummary?: boolean }) {
  const { t } = useOutcomesT();
  const dynamic = t as unknown as Dynamic;
  return (
    <Table<IntegrityRecord>
      rowKey="id"
      dataSource={[...records]}
      pagination={records.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      size="middle"
      scroll={withSummary ? { x: 900 } : undefined}
      expandable={withSource ? { expandedRowRender: (record) => <SourceDetail record={record} /> } : undefined}
      columns={[
        {
          key: 'subject',
          title: t('integrity.subject'),
          width: 220,
          render: (_, record) =>
            record.organisationId ? (
              <Space size={6}>
                <BankOutlined aria-label={t('integrity.subjectKind.organisation')} />
                {record.organisationName ?? t('common.none')}
              </Space>
            ) : (
              <Space size={6}>
                <UserOutlined aria-label={t('integrity.subjectKind.user')} />
                {record.userName ?? t('common.none')}
              </Space>
            ),
        },
        { key: 'severity', title: t('integrity.severity'), width: 100, render: (_, record) => <Tag color={record.severity === 'misconduct' ? 'red' : 'orange'}>{t(`severity.${record.severity}`)}</Tag> },
        ...(withSummary
          ? [
              {
                key: 'summary',
                title: t('integrity.summary'),
                render: (_: unknown, record: IntegrityRecord) => (
                  <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: 'collapsible' }}>
                    {record.summary}
                  </Typography.Paragraph>
                ),
              },
            ]
          : []),
        ...(withSource ? [{ key: 'source', title: t('integrity.source'), width: 150, render: (_: unknown, record: IntegrityRecord) => dynamic(`integrity.sourceKind.${record.sourceKind}`, { defaultValue: record.sourceKind }) }] : []),
        { key: 'from', title: t('integrity.effectiveFrom'), width: 110, render: (_, record) => formatDate(record.effectiveFrom) },
        { key: 'until', title: t('integrity.effectiveUntil'), width: 110, render: (_, record) => (record.effectiveUntil ? formatDate(record.effectiveUntil) : t('integrity.longTerm')) },
        { key: 'state', title: t('integrity.state'), width: 90, render: (_, record) => (record.active ? <Tag color="red">{t('integrity.active')}</Tag> : <Tag>{t('integrity.expired')}</Tag>) },
      ]}
    />
  );
}

/** The review a record came from, read when the row is opened (a list may hold many records of one review). */
function SourceDetail({ record }: { record: IntegrityRecord }) {
  const { t } = useOutcomesT();
  const review = useFailureReview(record.sourceKind === 'failure_review' ? record.sourceId : undefined);
  return (
    <Space orientation="vertical" size={4}>
      <Typography.Text type="secondary">
        {t('integrity.createdOn', { date: formatDate(record.createdAt) })}
      </Typography.Text>
      {review.data && (
        <Space size="middle" wrap>
          {review.data.finding && review.data.decidedAt && <Typography.Text>{t('integrity.sourceFinding', { finding: t(`finding.${review.data.finding}`), date: formatDate(review.data.decidedAt) })}</Typography.Text>}
          <Link to={`/contracts/${review.data.contractId}`}>{t('integrity.viewContract')}</Link>
        </Space>
      )}
    </Space>
  );
}
