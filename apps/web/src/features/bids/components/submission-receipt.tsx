import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Space } from 'antd';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { formatBasisPoints } from '@/lib/money';
import { useBid } from '../api/get-bid';
import { useBidsT } from '../i18n';
import '../bids.css';

/** 提交回执: what was submitted, when, for which challenge, by whom; printable. */
export function SubmissionReceipt({ id }: { id: string }) {
  const { t } = useBidsT();
  const query = useBid(id);
  if (query.isPending) return <PageLoading rows={6} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const bid = query.data;
  if (!bid.submittedAt) return <PageEmpty description={t('receipt.notSubmitted')} action={<Link to={`/bidder/bids/${bid.id}`}>{t('receipt.toDetail')}</Link>} />;
  const members = bid.members.filter((member) => member.role === 'member');
  return (
    <Card className="bid-receipt">
      <Result status="success" title={t('receipt.title')} subTitle={t('receipt.subtitle')} />
      <Descriptions
        bordered
        column={1}
        items={[
          { key: 'id', label: t('receipt.bidId'), children: <code>{bid.id}</code> },
          { key: 'time', label: t('receipt.time'), children: formatDateTime(bid.submittedAt) },
          { key: 'challenge', label: t('receipt.challenge'), children: bid.challengeTitle },
          { key: 'lead', label: t('receipt.lead'), children: bid.leadOrgName },
          {
            key: 'members',
            label: t('receipt.members'),
            children: members.length ? (
              <ul className="receipt-members">
                {members.map((member) => (
                  <li key={member.organisationId}>
                    {member.organisationName}（{formatBasisPoints(member.budgetShareBp)}）
                  </li>
                ))}
              </ul>
            ) : (
              t('receipt.none')
            ),
          },
        ]}
      />
      <Space className="bid-receipt-actions" wrap>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('receipt.print')}
        </Button>
        <Link to={`/bidder/bids/${bid.id}`}>
          <Button type="primary">{t('receipt.toDetail')}</Button>
        </Link>
        <Link to="/bidder/bids">
          <Button>{t('receipt.toList')}</Button>
        </Link>
      </Space>
    </Card>
  );
}
