import { Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { formatBudget } from '@/lib/money';
import { useMyBids } from '../api/list-my-bids';
import { useBidsT } from '../i18n';
import type { Bid } from '../types';
import { BidStatusTag } from './bid-status-tag';
import '../bids.css';

const PAGE_SIZE = 10;

/** 我的揭榜: the bids the user is a party to, paged, with their status; drafts open in the form. */
export function MyBids() {
  const { t, language } = useBidsT();
  const [page, setPage] = useState(1);
  const query = useMyBids(page, PAGE_SIZE);
  if (query.isPending) return <PageLoading rows={8} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const { items, total } = query.data;
  if (total === 0) {
    return (
      <PageEmpty
        description={t('list.empty')}
        action={
          <Link to="/hall">
            <Button type="primary">{t('list.toHall')}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <Card>
      <Table<Bid>
        rowKey="id"
        dataSource={items}
        loading={query.isFetching}
        scroll={{ x: 900 }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showTotal: (count) => t('list.total', { total: count }), showSizeChanger: false }}
        columns={[
          { key: 'title', title: t('list.colTitle'), render: (_, bid) => <Link to={`/bidder/bids/${bid.id}`}>{bid.title}</Link> },
          { key: 'challenge', title: t('list.colChallenge'), render: (_, bid) => <Link to={`/challenges/${bid.challengeId}`}>{bid.challengeTitle}</Link> },
          { key: 'lead', title: t('list.colLead'), dataIndex: 'leadOrgName', width: 160 },
          { key: 'budget', title: t('list.colBudget'), align: 'right', width: 110, render: (_, bid) => formatBudget(bid.budgetFen, language) },
          { key: 'status', title: t('list.colStatus'), width: 120, render: (_, bid) => <BidStatusTag status={bid.status} /> },
          { key: 'updated', title: t('list.colUpdated'), width: 150, render: (_, bid) => <Typography.Text type="secondary">{formatDateTime(bid.updatedAt)}</Typography.Text> },
          {
            key: 'actions',
            title: t('list.colActions'),
            width: 100,
            render: (_, bid) =>
              bid.actions.includes('edit') ? <Link to={`/bidder/bids/${bid.id}/edit`}>{t('list.continue')}</Link> : <Link to={`/bidder/bids/${bid.id}`}>{t('list.open')}</Link>,
          },
        ]}
      />
    </Card>
  );
}
