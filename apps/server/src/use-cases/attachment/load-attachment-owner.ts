import { actsForOrganisation, assertOwnerAcceptsFiles, assertSubmissionOpen, bidActions, identityHiddenFrom, isLeadStaff, type AttachmentOwnerKind } from '@jiebang/domain';
import type { DbOrTx } from '../../context.ts';
import { loadBidFor } from '../bid/load-bid.ts';
import { loadNeedFor } from '../need/load-need.ts';
import { authorise, type UseCaseContext } from '../use-case-context.ts';

export interface AttachmentOwner {
  kind: AttachmentOwnerKind;
  id: string;
  tenantId: string;
  /** Whether the caller may add and remove files now (offered as `upload` / `delete`). */
  mayChangeFiles: boolean;
  /** The programme reviews blind (盲评): it takes only files whose metadata can be removed. */
  blindReview: boolean;
  /** 盲评: the caller is a panel expert who must not learn who filed these (neutral names, scrubbed metadata). */
  identityHidden: boolean;
}

/**
 * The bid or need whose files are asked for, loaded with the same rule as reading it (GET /api/bids/:id,
 * GET /api/needs/:id): whoever may not see it gets 404. With `change`, the caller must also be its author's
 * staff (403) and it must still be a draft or returned and open for submission (409).
 */
export async function loadAttachmentOwner(db: DbOrTx, ctx: UseCaseContext, kind: AttachmentOwnerKind, id: string, change = false): Promise<AttachmentOwner> {
  if (kind === 'bid') {
    const { bid, challenge, subject, policy } = await loadBidFor(db, ctx, id, 'view', change ? { lock: true } : {});
    if (change) {
      authorise(isLeadStaff(ctx.actor, subject), 'bid.attach');
      assertOwnerAcceptsFiles('bid', bid.status);
      assertSubmissionOpen(subject, { status: challenge.status, bidDeadline: challenge.bid_deadline });
    }
    const blindReview = policy.review.blindReview;
    return { kind, id, tenantId: bid.tenant_id, mayChangeFiles: bidActions(ctx.actor, subject).includes('edit'), blindReview, identityHidden: identityHiddenFrom(ctx.actor, subject, blindReview) };
  }
  const { need } = await loadNeedFor(db, ctx, id, 'view', change);
  const demanderStaff = actsForOrganisation(ctx.actor, need.demander_org_id, ['demander']);
  if (change) {
    authorise(demanderStaff, 'need.attach');
    assertOwnerAcceptsFiles('need', need.status);
  }
  return { kind, id, tenantId: need.tenant_id, mayChangeFiles: demanderStaff && (need.status === 'draft' || need.status === 'returned'), blindReview: false, identityHidden: false };
}
