import { assertFormalCheckOpen, bidLifecycle, checkEligibility, CLAIM_TAKEN_STATUSES, ruleViolation, type AllocationMode, type BidStatus, type EligibilityOrganisation, type EligibilityReport } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { Tx } from '../../context.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { bidRepository } from '../../repositories/bid.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { applyTransition } from '../apply-transition.ts';
import { audit, notify, type UseCaseContext } from '../use-case-context.ts';
import { loadBidFor } from './load-bid.ts';

const asEligibilityOrg = (org: Row<'organisation'>): EligibilityOrganisation => ({ id: org.id, name: org.name, countryCode: org.country_code, regionCode: org.region_code, isLegalEntity: org.is_legal_entity });

/** Moves a submitted bid into the formal check; a bid already in it stays. Returns the row as it now is. */
export async function startEligibilityCheck(trx: Tx, ctx: UseCaseContext, bid: Row<'bid'>, expectedVersion: number | undefined): Promise<Row<'bid'>> {
  if (bid.status !== 'submitted') return bid;
  const { to, version } = await applyTransition(trx, ctx, { lifecycle: bidLifecycle, table: 'bid', row: bid, event: 'start_eligibility_check', expectedVersion, patch: { updated_at: ctx.deps.now() } });
  return { ...bid, status: to, version };
}

/**
 * 形式审查: an officer runs the check on a submitted bid. The use case gathers the facts (policy, organisations,
 * integrity records in force, earlier winners, other applications, budget split, the PI's commitment), the pure
 * domain judges, and the bid passes into merit review or becomes ineligible, with the full report stored and
 * audited (`bid.eligibility_checked`).
 *
 * Claim mode (认领制, e.g. Shaanxi Steel): there is no competitive review. The first claim that passes the check
 * takes the challenge: it goes straight on to `shortlisted` with rank 1 (no panel needed) and later claims are
 * refused (`bid.already_claimed`). The challenge row is locked so two claims checked at once cannot both win.
 *
 * The check has its stage: from publication until the shortlist is made. Passing a bid into review once the
 * ranking is fixed would leave it unranked beside the shortlist.
 */
export async function checkBidEligibility(ctx: UseCaseContext, bidId: string, input: { version?: number | undefined }): Promise<EligibilityReport> {
  return inTransaction(ctx.deps, async (trx) => {
    const loaded = await loadBidFor(trx, ctx, bidId, 'check_eligibility', { lock: true, challengeLock: 'update' });
    const { challenge, members, policy } = loaded;
    const claimMode = (challenge.allocation_mode as AllocationMode) === 'claim';
    // Refuse early (409 FORBIDDEN_TRANSITION) anything but a submitted bid or one already in the check.
    if (loaded.bid.status !== 'submitted') bidLifecycle.transition(loaded.bid.status as BidStatus, 'pass_eligibility');
    if (claimMode && (await bidRepository.countInStatuses(trx, challenge.id, CLAIM_TAKEN_STATUSES, loaded.bid.id)) > 0) {
      throw ruleViolation('bid.already_claimed', 'This challenge is in claim mode (认领制) and another claim already took it');
    }
    // Only before the shortlist, while the challenge is published, closed or under review (bid.eligibility_closed).
    assertFormalCheckOpen(loaded.subject.stage, challenge.status);
    const bid = await startEligibilityCheck(trx, ctx, loaded.bid, input.version);

    const now = ctx.deps.now();
    const memberOrgIds = members.filter((member) => member.role === 'member').map((member) => member.organisation_id);
    const orgs = new Map((await organisationRepository.findByIds(trx, [bid.lead_org_id, ...memberOrgIds])).map((org) => [org.id, org]));
    const lead = orgs.get(bid.lead_org_id);
    if (!lead) throw new Error(`lead organisation ${bid.lead_org_id} of bid ${bid.id} is missing`);
    const [integrityRecords, previousWinnerOrgIds, otherBids] = await Promise.all([
      bidRepository.activeIntegrityRecords(trx, { orgIds: [bid.lead_org_id, ...memberOrgIds], userId: bid.pi_user_id, now }),
      bidRepository.previousWinnerOrgIds(trx, bid.programme_id),
      bidRepository.countOtherApplicationsOfLead(trx, bid.programme_id, bid.lead_org_id, bid.id),
    ]);
    const report = checkEligibility({
      policy: policy.eligibility,
      allocationMode: challenge.allocation_mode as AllocationMode,
      designatedOrgId: challenge.designated_org_id,
      lead: asEligibilityOrg(lead),
      members: memberOrgIds.flatMap((orgId) => {
        const org = orgs.get(orgId);
        return org ? [asEligibilityOrg(org)] : [];
      }),
      piUserId: bid.pi_user_id,
      piCommitmentSigned: bid.pi_commitment_signed_at !== null,
      budgetShareTotalBp: members.reduce((sum, member) => sum + member.budget_share_bp, 0),
      otherBidsOfLeadInProgramme: otherBids,
      previousWinnerOrgIds,
      integrityRecords: integrityRecords.map((record) => ({ organisationId: record.organisation_id, userId: record.user_id, severity: record.severity, summary: record.summary })),
    });
    const stored = { ...report, checkedAt: now.toISOString() };
    await audit(trx, ctx, { tenantId: bid.tenant_id, type: 'bid.eligibility_checked', aggregateType: 'bid', aggregateId: bid.id, payload: { report: stored } });
    const outcome = await applyTransition(trx, ctx, {
      lifecycle: bidLifecycle,
      table: 'bid',
      row: bid,
      event: report.eligible ? 'pass_eligibility' : 'fail_eligibility',
      // The caller's version was checked by the first step when it ran; otherwise it is checked here.
      expectedVersion: bid === loaded.bid ? input.version : undefined,
      patch: { eligibility_report: JSON.stringify(stored), updated_at: now },
      auditPayload: { failedRules: report.checks.filter((check) => !check.passed).map((check) => check.rule) },
    });
    if (report.eligible && claimMode) {
      await applyTransition(trx, ctx, {
        lifecycle: bidLifecycle,
        table: 'bid',
        row: { ...bid, status: outcome.to, version: outcome.version },
        event: 'shortlist',
        patch: { rank: 1, updated_at: now },
        auditPayload: { rank: 1, reason: 'claim_mode' },
      });
    }
    await notify(trx, ctx, {
      tenantId: bid.tenant_id,
      organisationId: bid.lead_org_id,
      kind: report.eligible ? 'bid.eligibility_passed' : 'bid.eligibility_failed',
      title: report.eligible ? '揭榜申请通过形式审查' : '揭榜申请未通过形式审查',
      body: report.eligible ? `「${bid.title}」已通过形式审查${claimMode ? '，认领成功并入围' : '，进入专家评审'}。` : `「${bid.title}」未通过形式审查：${report.checks.filter((check) => !check.passed).map((check) => check.message).join('；')}`,
      aggregateType: 'bid',
      aggregateId: bid.id,
    });
    return stored;
  });
}
