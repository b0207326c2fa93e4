import { Typography } from 'antd';
import { MyBids } from '@/features/bids/components/my-bids';
import { useBidsT } from '@/features/bids/i18n';
import { WithBidderIdentity } from './bidder-identity';

export default function MyBidsRoute() {
  const { t } = useBidsT();
  return (
    <div className="page">
      <title>{t('list.title')}</title>
      <Typography.Title level={2}>{t('list.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('list.subtitle')}</Typography.Paragraph>
      <WithBidderIdentity>{() => <MyBids />}</WithBidderIdentity>
    </div>
  );
}
