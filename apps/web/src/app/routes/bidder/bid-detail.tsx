import { useParams } from 'react-router';
import { BidDetail } from '@/features/bids/components/bid-detail';
import { useBidsT } from '@/features/bids/i18n';
import { WithBidderIdentity } from './bidder-identity';

export default function BidDetailRoute() {
  const { t } = useBidsT();
  const { id = '' } = useParams();
  return (
    <div className="page">
      <title>{t('detail.title')}</title>
      <WithBidderIdentity>{() => <BidDetail key={id} id={id} />}</WithBidderIdentity>
    </div>
  );
}
