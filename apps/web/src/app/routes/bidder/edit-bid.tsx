import { useParams } from 'react-router';
import { BidFormPage } from '@/features/bids/components/bid-form-page';
import { useBidsT } from '@/features/bids/i18n';
import { WithBidderIdentity } from './bidder-identity';

export default function EditBidRoute() {
  const { t } = useBidsT();
  const { id = '' } = useParams();
  return (
    <div className="page">
      <title>{t('form.titleEdit')}</title>
      <WithBidderIdentity>{(identity) => <BidFormPage key={id} bidId={id} identity={identity} />}</WithBidderIdentity>
    </div>
  );
}
