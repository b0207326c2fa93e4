import { useParams } from 'react-router';
import { BidFormPage } from '@/features/bids/components/bid-form-page';
import { useBidsT } from '@/features/bids/i18n';
import { WithBidderIdentity } from './bidder-identity';

export default function NewBidRoute() {
  const { t } = useBidsT();
  const { challengeId = '' } = useParams();
  return (
    <div className="page">
      <title>{t('form.titleNew')}</title>
      <WithBidderIdentity>{(identity) => <BidFormPage key={challengeId} challengeId={challengeId} identity={identity} />}</WithBidderIdentity>
    </div>
  );
}
