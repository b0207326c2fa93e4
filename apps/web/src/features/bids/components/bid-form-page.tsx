import { Breadcrumb, Typography } from 'antd';
import { Link } from 'react-router';
import { PageError, PageLoading } from '@/components/page-state';
import { isApiError } from '@/lib/api-client';
import { useBid } from '../api/get-bid';
import { useChallengeForBid } from '../api/get-challenge';
import { readDraft } from '../draft-storage';
import { useBidsT } from '../i18n';
import type { BidderIdentity } from '../types';
import { BidForm } from './bid-form';
import '../bids.css';

/**
 * The bid form for a challenge (a new bid, or the draft this browser already created for it) or for an existing
 * bid. Loads the bid and its challenge first, so the form starts from what the server has.
 */
export function BidFormPage({ challengeId, bidId, identity }: { challengeId?: string; bidId?: string; identity: BidderIdentity }) {
  const { t } = useBidsT();
  // A draft created from this browser before a reload continues as that bid.
  const knownBidId = bidId ?? (challengeId ? (readDraft(challengeId)?.bidId ?? undefined) : undefined);
  const bid = useBid(knownBidId ?? '', { enabled: Boolean(knownBidId) });
  const bidMissing = bid.isError && isApiError(bid.error) && bid.error.status === 404 && !bidId;
  const effectiveChallengeId = challengeId ?? bid.data?.challengeId ?? '';
  const challenge = useChallengeForBid(effectiveChallengeId);

  if (knownBidId && bid.isPending) return <PageLoading rows={12} />;
  if (bid.isError && !bidMissing) return <PageError error={bid.error} onRetry={() => void bid.refetch()} />;
  if (challenge.isPending) return <PageLoading rows={12} />;
  if (challenge.isError) return <PageError error={challenge.error} onRetry={() => void challenge.refetch()} />;
  const existing = bidMissing ? undefined : bid.data;
  return (
    <div className="bid-form-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/bidder/bids">{t('list.title')}</Link> }, { title: <Link to={`/challenges/${challenge.data.id}`}>{challenge.data.code}</Link> }]}
      />
      <div className="bid-form-header">
        <Typography.Title level={2}>{existing ? t('form.titleEdit') : t('form.titleNew')}</Typography.Title>
        <Typography.Text type="secondary">
          {t('form.challenge')}：{challenge.data.title}
        </Typography.Text>
      </div>
      <BidForm key={existing?.id ?? 'new'} challenge={challenge.data} identity={identity} bid={existing} />
    </div>
  );
}
