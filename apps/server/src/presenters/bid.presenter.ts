import { bidActions, isProgrammeOfficer, type BidStatus, type Caller, type EligibilityReport } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentTrail } from '../repositories/audit.repository.ts';
import { bidRepository, evaluationChallengeRepository, evaluationUserRepository } from '../repositories/bid.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';
import { programmeRepository } from '../repositories/programme.repository.ts';
import { bidSubjectOf } from '../use-cases/bid/load-bid.ts';

type Commitment = { indicatorKey: string; committedValue: number; note: string };
type StoredReport = EligibilityReport & { checkedAt?: string };

/**
 * One bid as the caller may see it. Scores are the officers' and the bid's own parties' business: a panel expert
 * sees the proposal but not the totals or rank (they must not learn how colleagues judged).
 */
export async function presentBid(db: DbOrTx, actor: Caller, bid: Row<'bid'>) {
  const [members, challenge, programme, trail] = await Promise.all([
    bidRepository.membersOf(db, bid.id),
    evaluationChallengeRepository.find(db, bid.challenge_id),
    programmeRepository.findById(db, bid.programme_id),
    auditRepository.trailOf(db, 'bid', bid.id),
  ]);
  const programmeRef = { id: bid.programme_id, tenantId: programme?.tenant_id ?? bid.tenant_id };
  const [orgNames, userNames, subject] = await Promise.all([
    organisationRepository.namesById(db, members.map((member) => member.organisation_id).concat(bid.lead_org_id)),
    evaluationUserRepository.namesById(db, [bid.pi_user_id]),
    bidSubjectOf(db, actor, bid, members, programmeRef),
  ]);
  const isParty = isProgrammeOfficer(actor, programmeRef) || actor?.userId === bid.pi_user_id || members.some((member) => actor?.grants.some((grant) => grant.organisationId === member.organisation_id));
  const ordered = [...members].sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
  return {
    id: bid.id,
    challengeId: bid.challenge_id,
    challengeTitle: challenge?.title ?? '',
    programmeId: bid.programme_id,
    leadOrgId: bid.lead_org_id,
    leadOrgName: orgNames.get(bid.lead_org_id) ?? '',
    piUserId: bid.pi_user_id,
    piName: userNames.get(bid.pi_user_id) ?? '',
    title: bid.title,
    technicalProposal: bid.technical_proposal,
    indicatorCommitments: bid.indicator_commitments as Commitment[],
    budgetFen: bid.budget_fen,
    rdInputFen: bid.rd_input_fen,
    isConsortium: members.some((member) => member.role === 'member'),
    members: ordered.map((member) => ({
      organisationId: member.organisation_id,
      organisationName: orgNames.get(member.organisation_id) ?? '',
      role: member.role,
      task: member.task,
      budgetShareBp: member.budget_share_bp,
    })),
    piCommitmentSignedAt: bid.pi_commitment_signed_at?.toISOString() ?? null,
    status: bid.status as BidStatus,
    eligibilityReport: (bid.eligibility_report as StoredReport | null) ?? null,
    totalScore: isParty ? bid.total_score : null,
    rank: isParty ? bid.rank : null,
    submittedAt: bid.submitted_at?.toISOString() ?? null,
    createdAt: bid.created_at.toISOString(),
    updatedAt: bid.updated_at.toISOString(),
    version: bid.version,
    actions: bidActions(actor, subject),
    timeline: presentTrail(trail),
  };
}
