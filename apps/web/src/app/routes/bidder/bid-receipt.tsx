import { useParams } from 'react-router';
import { SubmissionReceipt } from '@/features/bids/components/submission-receipt';
import { useBidsT } from '@/features/bids/i18n';
import { WithBidderIdentity } from './bidder-identity';

export default function BidReceiptRoute() {
  const { t } = useBidsT();
  const { id = '' } = useParams();
  return (
    <div className="page">
      <title>{t('receipt.title')}</title>
      <WithBidderIdentity>{() => <SubmissionReceipt key={id} id={id} />}</WithBidderIdentity>
    </div>
  );
}
