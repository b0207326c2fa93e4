import { CheckCircleTwoTone, ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { isApiError } from '@/lib/api-client';
import { formatBasisPoints, formatBudget } from '@/lib/money';
import { useAssignments } from '../api/list-assignments';
import type { Assignment, AssignmentBid } from '../types';
import { useReviewsT } from '../use-reviews-t';
import { ExpertDefenceSchedule } from '../invitation/expert-defence-schedule';
import { InvitationCard } from '../invitation/invitation-card';
import { InvitationStatusTag } from '../invitation/invitation-status-tag';
import { PanelStatusTag } from './panel-status-tag';

function PanelCard({ panel }: { panel: Assignment }) {
  const { t, language } = useReviewsT();
  const done = panel.bids.filter((bid) => bid.myScore).length;
  return (
    <Card
      className="review-panel-card"
      title={
        <Space wrap>
          <span>{panel.challengeTitle}</span>
          <PanelStatusTag status={panel.panelStatus} />
          <InvitationStatusTag status={panel.invitationStatus} />
        </Space>
      }
      extra={<Typography.Text type="secondary">{t('progress', { done, total: panel.bids.length })}</Typography.Text>}
    >
      <Space orientation="vertical" size={12} className="full-width">
        <Space wrap size={[8, 4]}>
          <Typography.Text type="secondary">{t('myRole', { role: t(`panelRole.${panel.panelRole}`) })}</Typography.Text>
          <Typography.Text type="secondary">· {t('rubric')}：</Typography.Text>
          {panel.rubric.map((criterion) => (
            <Tag key={criterion.key} variant="filled">
              {criterion.label} {formatBasisPoints(criterion.weightBp)}
            </Tag>
          ))}
        </Space>
        <Table<AssignmentBid>
          size="small"
          rowKey="bidId"
          pagination={false}
          dataSource={panel.bids}
          locale={{ emptyText: t('noBids') }}
          scroll={{ x: 640 }}
          columns={[
            { title: t('columns.bid'), dataIndex: 'title', render: (title: string, bid) => <Link to={`/expert/bids/${bid.bidId}`}>{title}</Link> },
            // 盲评: the server sends no unit name; say why the cell is empty.
            { title: t('columns.lead'), dataIndex: 'leadOrgName', render: (name: string) => name || <Typography.Text type="secondary">{t('blindHidden')}</Typography.Text> },
            { title: t('columns.budget'), dataIndex: 'budgetFen', align: 'right', render: (fen: number) => formatBudget(fen, language) },
            {
              title: t('columns.myScore'),
              key: 'myScore',
              render: (_, bid) =>
                bid.myScore ? (
                  <Space size={4}>
                    <CheckCircleTwoTone twoToneColor="#52c41a" />
                    {t('scored', { total: bid.myScore.total.toFixed(2) })}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">
                    <ClockCircleOutlined /> {t('notScored')}
                  </Typography.Text>
                ),
            },
            {
              title: t('columns.action'),
              key: 'action',
              align: 'right',
              // The server offers `score` only while the panel is scoring and the expert may score this bid.
              render: (_, bid) => (
                <Link to={`/expert/bids/${bid.bidId}`}>
                  <Button size="small" type={bid.actions.includes('score') && !bid.myScore ? 'primary' : 'default'}>
                    {bid.actions.includes('score') ? (bid.myScore ? t('rescore') : t('score')) : t('view')}
                  </Button>
                </Link>
              ),
            },
          ]}
        />
        {panel.recusedBidCount > 0 && <Typography.Text type="secondary">{t('recusedCount', { count: panel.recusedBidCount })}</Typography.Text>}
        {panel.actions.includes('view_defences') && <ExpertDefenceSchedule panelId={panel.panelId} />}
      </Space>
    </Card>
  );
}

/** 我的评审任务: the open invitations to answer, then one card per accepted panel with its rubric, the bids to score and the defence schedule. */
export function AssignmentsList() {
  const { t } = useReviewsT();
  const { t: tApp } = useTranslation();
  const query = useAssignments();
  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 401) return <PageEmpty description={t('signInNeeded')} action={<Link to="/sign-in?next=%2Fexpert">{tApp('auth.signIn')}</Link>} />;
    return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!query.data.items.length) return <PageEmpty description={t('empty')} />;
  // Open invitations first: they wait for the expert's answer before anything can be reviewed.
  const panels = [...query.data.items].sort((a, b) => Number(b.invitationStatus === 'invited') - Number(a.invitationStatus === 'invited'));
  return (
    <Space orientation="vertical" size={16} className="full-width">
      {panels.map((panel) => (panel.invitationStatus === 'accepted' ? <PanelCard key={panel.panelId} panel={panel} /> : <InvitationCard key={panel.panelId} panel={panel} />))}
    </Space>
  );
}
