import { LockOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Card, Col, Descriptions, Row, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EventTimeline } from '@/components/event-timeline';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { formatBudget, formatYuan } from '@/lib/money';
import { useReviewedBid } from '../api/get-bid';
import { useChallengeIndicators } from '../api/get-challenge-indicators';
import { useAssignments } from '../api/list-assignments';
import type { Bid, BidStatus } from '../types';
import { useReviewsT } from '../use-reviews-t';
import { PanelStatusTag } from './panel-status-tag';
import { ScoringForm } from './scoring-form';
import '../reviews.css';

type Commitment = Bid['indicatorCommitments'][number];

const EVENT_NAMES = new Set([
  'created', 'updated', 'submit', 'start_eligibility_check', 'pass_eligibility', 'fail_eligibility', 'return_for_revision', 'shortlist', 'reject', 'select', 'withdraw', 'pi_commitment_signed', 'eligibility_checked', 'pi_commitment_requested',
]);
const BID_STATUSES = new Set(['draft', 'submitted', 'eligibility_check', 'returned', 'ineligible', 'under_review', 'shortlisted', 'selected', 'not_selected', 'withdrawn']);

function Proposal({ bid }: { bid: Bid }) {
  const { t, language } = useReviewsT();
  const members = bid.members.filter((member) => member.role === 'member');
  const indicators = useChallengeIndicators(bid.challengeId);
  const indicatorOf = (key: string) => indicators.data?.find((indicator) => indicator.key === key);
  const withUnit = (value: number, key: string) => `${value}${indicatorOf(key)?.unit ? ` ${indicatorOf(key)?.unit}` : ''}`;
  return (
    <Space orientation="vertical" size={16} className="full-width">
      <Card title={t('sheet.facts')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'lead', label: t('sheet.lead'), children: bid.identityHidden ? t('blindHidden') : bid.leadOrgName },
            { key: 'pi', label: t('sheet.pi'), children: bid.identityHidden ? t('blindHidden') : bid.piName },
            { key: 'members', label: t('sheet.members'), children: members.length ? (bid.identityHidden ? t('blindHidden') : members.map((member) => member.organisationName).join('、')) : '—' },
            { key: 'budget', label: t('sheet.budget'), children: `${formatBudget(bid.budgetFen, language)}（${formatYuan(bid.budgetFen)}）` },
            { key: 'rd', label: t('sheet.rdInput'), children: formatBudget(bid.rdInputFen, language) },
            { key: 'submitted', label: t('sheet.submittedAt'), children: bid.submittedAt ? formatDateTime(bid.submittedAt) : '—' },
          ]}
        />
      </Card>
      <Card title={t('sheet.technicalProposal')}>
        <Typography.Paragraph className="prose">{bid.technicalProposal}</Typography.Paragraph>
      </Card>
      <Card title={t('sheet.commitments')}>
        <Table<Commitment>
          size="small"
          rowKey="indicatorKey"
          pagination={false}
          dataSource={bid.indicatorCommitments}
          columns={[
            { title: t('sheet.indicatorKey'), dataIndex: 'indicatorKey', render: (key: string) => indicatorOf(key)?.name ?? <Typography.Text code>{key}</Typography.Text> },
            { title: t('sheet.target'), key: 'target', align: 'right', render: (_, { indicatorKey }) => (indicatorOf(indicatorKey) ? withUnit(indicatorOf(indicatorKey)?.target ?? 0, indicatorKey) : '—') },
            { title: t('sheet.committedValue'), dataIndex: 'committedValue', align: 'right', render: (value: number, commitment) => <Typography.Text strong>{withUnit(value, commitment.indicatorKey)}</Typography.Text> },
            { title: t('sheet.note'), dataIndex: 'note' },
          ]}
        />
      </Card>
      <Card title={t('sheet.timeline')}>
        <EventTimeline
          entries={bid.timeline}
          eventLabel={(type) => {
            const name = type.replace(/^bid\./, '');
            return type.startsWith('bid.') && EVENT_NAMES.has(name) ? t(`events.${name}` as 'events.submit') : undefined;
          }}
          statusTag={(status) => (BID_STATUSES.has(status) ? <Tag>{t(`bidStatus.${status as BidStatus}`)}</Tag> : null)}
        />
      </Card>
    </Space>
  );
}

/** One bid to score: the proposal as the expert may see it beside the score sheet of the panel's rubric. */
export function ScoringSheet({ bidId }: { bidId: string }) {
  const { t } = useReviewsT();
  const { t: tApp } = useTranslation();
  const assignments = useAssignments();
  const bid = useReviewedBid(bidId);
  if (assignments.isPending || bid.isPending) return <PageLoading rows={12} />;
  if (assignments.isError) return <PageError error={assignments.error} onRetry={() => void assignments.refetch()} />;
  if (bid.isError) return <PageError error={bid.error} onRetry={() => void bid.refetch()} />;
  const panel = assignments.data.items.find((item) => item.bids.some((candidate) => candidate.bidId === bidId));
  const assigned = panel?.bids.find((candidate) => candidate.bidId === bidId);
  const breadcrumb = <Breadcrumb className="page-breadcrumb" items={[{ title: <Link to="/expert">{t('sheet.breadcrumb')}</Link> }, { title: bid.data.title }]} />;
  if (!panel || !assigned) {
    return (
      <>
        {breadcrumb}
        <PageEmpty description={t('sheet.notAssigned')} action={<Link to="/expert">{tApp('common.back')}</Link>} />
      </>
    );
  }
  return (
    <div className="scoring-sheet">
      {breadcrumb}
      <Space wrap className="scoring-heading">
        <Typography.Title level={2}>{bid.data.title}</Typography.Title>
        <PanelStatusTag status={panel.panelStatus} />
      </Space>
      <Typography.Paragraph type="secondary">
        {panel.challengeTitle} · <LockOutlined /> {t('sheet.confidential')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Proposal bid={bid.data} />
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('sheet.scoringTitle')} className="scoring-card">
            <App component={false}>
              <ScoringForm key={`${assigned.bidId}:${assigned.myScore?.submittedAt ?? ''}`} panel={panel} bid={assigned} />
            </App>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
