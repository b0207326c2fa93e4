import { App, Breadcrumb, Card, Col, Descriptions, Row, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { PageError, PageLoading } from '@/components/page-state';
import { AttachmentsCard } from '@/components/attachments';
import { formatDateTime } from '@/lib/dates';
import { formatBasisPoints, formatBudget, formatYuan } from '@/lib/money';
import { useBid } from '../api/get-bid';
import { useChallengeForBid } from '../api/get-challenge';
import { useBidsT } from '../i18n';
import type { Bid } from '../types';
import { BidActions } from './bid-actions';
import { BidStatusTag } from './bid-status-tag';
import { BidTimeline } from './bid-timeline';
import { DefenceSlotCard } from './defence-slot-card';
import { EligibilityReport } from './eligibility-report';
import '../bids.css';

function Facts({ bid }: { bid: Bid }) {
  const { t, language } = useBidsT();
  const none = '—';
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'challenge', label: t('detail.challenge'), children: <Link to={`/challenges/${bid.challengeId}`}>{bid.challengeTitle}</Link> },
        { key: 'lead', label: t('detail.lead'), children: bid.leadOrgName },
        { key: 'pi', label: t('detail.pi'), children: bid.piName },
        { key: 'budget', label: t('detail.budget'), children: `${formatBudget(bid.budgetFen, language)}（${formatYuan(bid.budgetFen)}）` },
        { key: 'rd', label: t('detail.rdInput'), children: formatBudget(bid.rdInputFen, language) },
        { key: 'signed', label: t('detail.piSigned'), children: bid.piCommitmentSignedAt ? t('detail.piSignedAt', { time: formatDateTime(bid.piCommitmentSignedAt) }) : t('detail.piNotSigned') },
        { key: 'submitted', label: t('detail.submittedAt'), children: bid.submittedAt ? formatDateTime(bid.submittedAt) : none },
        ...(bid.totalScore !== null && bid.rank !== null ? [{ key: 'score', label: t('detail.score', { score: bid.totalScore.toFixed(2), rank: bid.rank }), children: '' }] : []),
      ]}
    />
  );
}

/** One bid as its bidder sees it: status, facts, work split, commitments, the formal check, the timeline and actions. */
export function BidDetail({ id }: { id: string }) {
  const { t } = useBidsT();
  const query = useBid(id);
  // Indicator names and units live on the challenge; keys stand in while it loads (or if it is not readable).
  const challenge = useChallengeForBid(query.data?.challengeId ?? '');
  const indicatorOf = (key: string) => challenge.data?.indicators.find((indicator) => indicator.key === key);
  if (query.isPending) return <PageLoading rows={10} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const bid = query.data;
  return (
    <div className="bid-detail">
      <Breadcrumb items={[{ title: <Link to="/bidder/bids">{t('list.title')}</Link> }, { title: bid.title }]} className="page-breadcrumb" />
      <Card>
        <Space size={8} wrap>
          <BidStatusTag status={bid.status} />
          <Typography.Text type="secondary">{bid.id}</Typography.Text>
        </Space>
        <Typography.Title level={2}>{bid.title}</Typography.Title>
        {bid.resubmitBy && bid.status === 'returned' && <Typography.Paragraph type="warning">{t('detail.resubmitBy', { time: formatDateTime(bid.resubmitBy) })}</Typography.Paragraph>}
        <App component={false}>
          <BidActions bid={bid} />
        </App>
      </Card>
      <Row gutter={[16, 16]} className="detail-body">
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={16} className="full-width">
            {bid.eligibilityReport && (
              <Card title={t('detail.eligibility')}>
                <EligibilityReport report={bid.eligibilityReport} />
              </Card>
            )}
            <Card title={t('detail.members')}>
              <Table
                size="small"
                rowKey="organisationId"
                pagination={false}
                dataSource={bid.members}
                columns={[
                  { key: 'role', title: '', render: (_, member) => t(`detail.role.${member.role}`), width: 64 },
                  { key: 'name', title: t('detail.lead'), dataIndex: 'organisationName' },
                  { key: 'task', title: t('detail.task'), dataIndex: 'task' },
                  { key: 'share', title: t('detail.share'), render: (_, member) => formatBasisPoints(member.budgetShareBp), align: 'right', width: 96 },
                ]}
              />
            </Card>
            {bid.avoidedExperts !== null && (
              <Card title={t('detail.avoidedExperts')}>
                {bid.avoidedExperts.length ? (
                  <Table
                    size="small"
                    rowKey={(expert) => `${expert.name}-${expert.organisationName}`}
                    pagination={false}
                    dataSource={bid.avoidedExperts}
                    columns={[
                      { key: 'name', title: t('detail.avoidedName'), dataIndex: 'name', width: 140 },
                      { key: 'unit', title: t('detail.avoidedUnit'), dataIndex: 'organisationName', width: 200 },
                      { key: 'reason', title: t('detail.avoidedReason'), dataIndex: 'reason' },
                    ]}
                  />
                ) : (
                  <Typography.Text type="secondary">{t('detail.avoidedNone')}</Typography.Text>
                )}
              </Card>
            )}
            <Card title={t('detail.commitments')}>
              <Table
                size="small"
                rowKey="indicatorKey"
                pagination={false}
                dataSource={bid.indicatorCommitments}
                columns={[
                  { key: 'key', title: t('detail.indicator'), render: (_, commitment) => indicatorOf(commitment.indicatorKey)?.name ?? commitment.indicatorKey },
                  { key: 'value', title: t('detail.committed'), align: 'right', render: (_, commitment) => `${commitment.committedValue} ${indicatorOf(commitment.indicatorKey)?.unit ?? ''}`.trim() },
                  { key: 'target', title: t('detail.target'), align: 'right', render: (_, commitment) => indicatorOf(commitment.indicatorKey)?.target ?? '—' },
                  { key: 'note', title: t('detail.note'), dataIndex: 'note' },
                ]}
              />
            </Card>
            <Card title={t('detail.proposal')}>
              <Typography.Paragraph className="prose">{bid.technicalProposal}</Typography.Paragraph>
            </Card>
            <AttachmentsCard ownerKind="bid" ownerId={bid.id} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={16} className="full-width">
            <Card title={t('detail.facts')}>
              <Facts bid={bid} />
            </Card>
            {bid.defenceSlot && <DefenceSlotCard slot={bid.defenceSlot} />}
            <Card title={t('detail.timeline')}>
              <BidTimeline entries={bid.timeline} />
            </Card>
          </Space>
        </Col>
      </Row>
    </div>
  );
}
