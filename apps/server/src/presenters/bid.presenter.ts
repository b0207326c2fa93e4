import { bidActions, identityHiddenFrom, isProgrammeOfficer, type AvoidedExpert, type BidStatus, type Caller, type EligibilityReport } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentTrail } from '../repositories/audit.repository.ts';
import { bidRepository, evaluationChallengeRepository, evaluationUserRepository } from '../repositories/bid.repository.ts';
import { defenceRepository } from '../repositories/defence.repository.ts';
import { presentBidDefenceSlot } from './defence.presenter.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';
import { programmeRepository } from '../repositories/programme.repository.ts';
import { bidSubjectsOf } from '../use-cases/bid/load-bid.ts';
import { hideBidder } from './blind-review.presenter.ts';

type Commitment = { indicatorKey: string; committedValue: number; note: string };
type StoredReport = EligibilityReport & { checkedAt?: string };
type TrailEntry = ReturnType<typeof presentTrail>[number];

/** What shortlisting records on a bid's timeline (rank, mean and its spread): the programme office's business. */
const SCORE_PAYLOAD_KEYS: readonly string[] = ['rank', 'totalScore', 'trimmedMean', 'scoreCount', 'spread', 'disagreement'];

const withoutScores = (entry: TrailEntry): TrailEntry =>
  Object.keys(entry.payload).some((key) => SCORE_PAYLOAD_KEYS.includes(key)) ? { ...entry, payload: Object.fromEntries(Object.entries(entry.payload).filter(([key]) => !SCORE_PAYLOAD_KEYS.includes(key))) } : entry;

/**
 * Bids as the caller may see them, a whole page in a constant number of queries. Scores are the officers' and
 * the bid's own parties' business: a panel expert sees the proposal but not the totals or rank (they must not
 * learn how colleagues judged). The timeline carries the shortlist's ranks and score aggregates, so outside the
 * programme office those payload keys are removed.
 */
export async function presentBids(db: DbOrTx, actor: Caller, bids: readonly Row<'bid'>[], now: Date) {
  if (!bids.length) return [];
  const bidIds = bids.map((bid) => bid.id);
  const [members, challenges, programmes, trails, defenceSlots] = await Promise.all([
    bidRepository.membersOfMany(db, bidIds),
    evaluationChallengeRepository.findMany(db, [...new Set(bids.map((bid) => bid.challenge_id))]),
    programmeRepository.findByIds(db, bids.map((bid) => bid.programme_id)),
    auditRepository.trailsOf(db, 'bid', bidIds),
    defenceRepository.slotsOfBids(db, bidIds),
  ]);
  const challengeById = new Map(challenges.map((challenge) => [challenge.id, challenge]));
  const programmeRefs = new Map(programmes.map((programme) => [programme.id, { id: programme.id, tenantId: programme.tenant_id }]));
  const blindProgrammes = new Set(programmes.filter((programme) => programmeRepository.policyOf(programme).review.blindReview).map((programme) => programme.id));
  const [orgNames, userNames, subjects] = await Promise.all([
    organisationRepository.namesById(db, [...[...members.values()].flat().map((member) => member.organisation_id), ...bids.map((bid) => bid.lead_org_id)]),
    evaluationUserRepository.namesById(db, bids.map((bid) => bid.pi_user_id)),
    bidSubjectsOf(db, actor, bids, members, challengeById, programmeRefs, now),
  ]);
  return bids.map((bid) => {
    const bidMembers = members.get(bid.id) ?? [];
    const subject = subjects.get(bid.id);
    if (!subject) throw new Error(`no policy subject for bid ${bid.id}`);
    const officer = isProgrammeOfficer(actor, subject.programme);
    const isParty = officer || actor?.userId === bid.pi_user_id || bidMembers.some((member) => actor?.grants.some((grant) => grant.organisationId === member.organisation_id));
    const ordered = [...bidMembers].sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
    const timeline = presentTrail(trails.get(bid.id) ?? []);
    const identityHidden = identityHiddenFrom(actor, subject, blindProgrammes.has(bid.programme_id));
    // The avoid-list is the bidder's request to the programme office: never for an expert's eyes, blind or not.
    const insider = !identityHiddenFrom(actor, subject, true);
    const view = {
      id: bid.id,
      challengeId: bid.challenge_id,
      challengeTitle: challengeById.get(bid.challenge_id)?.title ?? '',
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
      isConsortium: bidMembers.some((member) => member.role === 'member'),
      identityHidden,
      avoidedExperts: insider ? (bid.avoided_experts as AvoidedExpert[]) : null,
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
      resubmitBy: subject.stage.resubmitBy?.toISOString() ?? null,
      // The bid's own defence slot is for its parties and officers; experts read the panel's schedule instead.
      defenceSlot: isParty ? presentBidDefenceSlot(defenceSlots.get(bid.id)) : null,
      submittedAt: bid.submitted_at?.toISOString() ?? null,
      createdAt: bid.created_at.toISOString(),
      updatedAt: bid.updated_at.toISOString(),
      version: bid.version,
      actions: bidActions(actor, subject),
      timeline: officer ? timeline : timeline.map(withoutScores),
    };
    return identityHidden ? hideBidder(view) : view;
  });
}

export async function presentBid(db: DbOrTx, actor: Caller, bid: Row<'bid'>, now: Date) {
  const [view] = await presentBids(db, actor, [bid], now);
  if (!view) throw new Error(`bid ${bid.id} was not presented`);
  return view;
}
