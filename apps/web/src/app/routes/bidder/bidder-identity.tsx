import { Navigate, useLocation } from 'react-router';
import { PageError, PageLoading } from '@/components/page-state';
import { useMe } from '@/hooks/use-me';
import { useOrganisationNames } from '@/features/auth/api/get-organisation-names';
import type { BidderIdentity } from '@/features/bids/types';

/**
 * The session (auth feature) handed to the bid pages (bids feature) as plain data: the app composes the two.
 * Visitors are sent to sign in and come back. Which organisations may lead a bid is read from the grants only to
 * fill the lead-organisation choice; the server decides whether the bid may be made.
 */
export function WithBidderIdentity({ children }: { children: (identity: BidderIdentity) => React.ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const leadIds = [...new Set((me.data?.grants ?? []).flatMap((grant) => (grant.role === 'bidder_org' && grant.organisationId ? [grant.organisationId] : [])))];
  const names = useOrganisationNames(leadIds);
  if (me.isPending) return <PageLoading />;
  if (me.isError) return <PageError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={`/sign-in?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`} replace />;
  return <>{children({ userId: me.data.userId, displayName: me.data.displayName, leadOrganisations: leadIds.map((id) => ({ id, name: names.get(id) ?? '' })) })}</>;
}
