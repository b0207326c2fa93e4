import {
  canOnChallenge,
  challengeActions,
  CLAIM_TAKEN_STATUSES,
  computeFunding,
  isProgrammeOfficer,
  latestNoticeStatus,
  type AllocationMode,
  type Caller,
  type ChallengeStatus,
  type Indicator,
} from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentPublicTrail } from '../repositories/audit.repository.ts';
import { bidRepository } from '../repositories/bid.repository.ts';
import { challengeGroupRepository, challengeRepository, type ChallengeSummaryRow } from '../repositories/challenge.repository.ts';
import { noticeRepository } from '../repositories/notice.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';
import { programmeRepository } from '../repositories/programme.repository.ts';
import { presentFundingOutcome } from './programme.presenter.ts';

const programmeRef = (row: { programme_id: string; tenant_id: string }) => ({ id: row.programme_id, tenantId: row.tenant_id });

/**
 * A 榜单 in full: terms, funding with a preview for its budget, eligibility, group, version chain, actions, timeline.
 * The timeline names the officers who took each step to officers only (the public reads published challenges).
 */
export async function presentChallenge(db: DbOrTx, actor: Caller, challenge: Row<'challenge'>, programme: Row<'programme'>, now: Date) {
  const orgIds = [challenge.demander_org_id, challenge.designated_org_id].filter((id): id is string => id !== null);
  const status = challenge.status as ChallengeStatus;
  const bidderOrgIds = [...new Set((actor?.grants ?? []).flatMap((grant) => (grant.role === 'bidder_org' && grant.organisationId ? [grant.organisationId] : [])))];
  const [names, tenantName, needIds, nextVersionId, group, trail, notices] = await Promise.all([
    organisationRepository.namesById(db, orgIds),
    programmeRepository.tenantName(db, challenge.tenant_id),
    challengeRepository.needIdsOf(db, challenge.id),
    challengeRepository.successorOf(db, challenge.id),
    challenge.group_id ? challengeGroupRepository.findById(db, challenge.group_id) : Promise.resolve(undefined),
    auditRepository.trailOf(db, 'challenge', challenge.id),
    // Only the award depends on the notices, and only a challenge under review can be awarded.
    status === 'under_review' ? noticeRepository.listByChallenge(db, challenge.id) : Promise.resolve([]),
  ]);
  // Only while it is published may the caller start a bid, and only if none of their organisations has one.
  const mayBid = status === 'published' && bidderOrgIds.length > 0;
  const [callerHasBid, claimTaken] = mayBid
    ? await Promise.all([
        bidRepository.existsForLeads(db, challenge.id, bidderOrgIds),
        challenge.allocation_mode === 'claim' ? bidRepository.countInStatuses(db, challenge.id, CLAIM_TAKEN_STATUSES).then((count) => count > 0) : Promise.resolve(false),
      ])
    : [undefined, undefined];
  const policy = programmeRepository.policyOf(programme);
  const orgRef = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  return {
    id: challenge.id,
    code: challenge.code,
    versionNo: challenge.version_no,
    previousVersionId: challenge.previous_version_id,
    nextVersionId,
    programme: { id: programme.id, code: programme.code, name: programme.name, regionCode: programme.region_code },
    issuer: { tenantId: challenge.tenant_id, name: tenantName },
    demanderOrg: orgRef(challenge.demander_org_id),
    designatedOrg: orgRef(challenge.designated_org_id),
    title: challenge.title,
    field: challenge.field,
    industrialChain: challenge.industrial_chain,
    problemStatement: challenge.problem_statement,
    applicationScenario: challenge.application_scenario,
    indicators: challenge.indicators as Indicator[],
    deliverables: challenge.deliverables as string[],
    durationMonths: challenge.duration_months,
    budgetFen: challenge.budget_fen,
    coFundingFen: challenge.co_funding_fen,
    allocationMode: challenge.allocation_mode as AllocationMode,
    maxWinners: challenge.max_winners,
    raceMode: challenge.max_winners > 1,
    bidDeadline: challenge.bid_deadline?.toISOString() ?? null,
    ipTerms: challenge.ip_terms,
    confidentiality: challenge.confidentiality,
    contact: challenge.contact,
    funding: { scheme: policy.funding, previewForBudget: presentFundingOutcome(policy.funding, computeFunding(policy.funding, challenge.budget_fen)) },
    eligibility: policy.eligibility,
    reviewTerms: { blindReview: policy.review.blindReview, avoidListMax: policy.review.recusal.avoidListMax },
    group: group ? { id: group.id, name: group.name, sequence: challenge.group_sequence, continuity: group.continuity } : null,
    needIds,
    status,
    publishedAt: challenge.published_at?.toISOString() ?? null,
    createdAt: challenge.created_at.toISOString(),
    updatedAt: challenge.updated_at.toISOString(),
    version: challenge.version,
    actions: challengeActions(actor, {
      status,
      programme: programmeRef(challenge),
      demanderOrgId: challenge.demander_org_id,
      hasNewerVersion: nextVersionId !== null,
      bidDeadline: challenge.bid_deadline,
      now,
      latestNoticeStatus: latestNoticeStatus(notices),
      callerHasBid,
      allocationMode: challenge.allocation_mode as AllocationMode,
      designatedOrgId: challenge.designated_org_id,
      claimTaken,
    }),
    timeline: presentPublicTrail(trail, isProgrammeOfficer(actor, programmeRef(challenge))),
  };
}

/** A row of the challenge hall or of a programme's list. `republish` and `award` are offered on the full view only. */
export function presentChallengeSummary(actor: Caller, row: ChallengeSummaryRow, now: Date) {
  const status = row.status as ChallengeStatus;
  return {
    id: row.id,
    code: row.code,
    versionNo: row.version_no,
    title: row.title,
    field: row.field,
    budgetFen: row.budget_fen,
    bidDeadline: row.bid_deadline?.toISOString() ?? null,
    status,
    allocationMode: row.allocation_mode as AllocationMode,
    maxWinners: row.max_winners,
    programmeId: row.programme_id,
    programmeName: row.programme_name,
    issuer: row.tenant_name,
    regionCode: row.programme_region_code ?? row.tenant_region_code,
    groupId: row.group_id,
    groupSequence: row.group_sequence,
    publishedAt: row.published_at?.toISOString() ?? null,
    actions: challengeActions(actor, { status, programme: programmeRef(row), hasNewerVersion: true, bidDeadline: row.bid_deadline, now }),
  };
}

/** 项目群 with the challenges the caller may see, in sequence order; a whole list in two queries. */
export async function presentChallengeGroups(db: DbOrTx, actor: Caller, groups: readonly Row<'challenge_group'>[]) {
  if (!groups.length) return [];
  const groupIds = groups.map((group) => group.id);
  const [challenges, trails] = await Promise.all([challengeRepository.listByGroups(db, groupIds), auditRepository.trailsOf(db, 'challenge_group', groupIds)]);
  return groups.map((group) => {
    const programme = { id: group.programme_id, tenantId: group.tenant_id };
    const officer = isProgrammeOfficer(actor, programme);
    return {
      id: group.id,
      programmeId: group.programme_id,
      name: group.name,
      description: group.description,
      continuity: group.continuity,
      createdAt: group.created_at.toISOString(),
      challenges: challenges
        .filter((challenge) => challenge.group_id === group.id)
        .filter((challenge) => canOnChallenge(actor, 'view', { status: challenge.status as ChallengeStatus, programme, demanderOrgId: challenge.demander_org_id }))
        .map((challenge) => ({ id: challenge.id, code: challenge.code, title: challenge.title, status: challenge.status as ChallengeStatus, sequence: challenge.group_sequence, versionNo: challenge.version_no })),
      actions: officer ? ['next_challenge'] : [],
      timeline: presentPublicTrail(trails.get(group.id) ?? [], officer),
    };
  });
}

export async function presentChallengeGroup(db: DbOrTx, actor: Caller, group: Row<'challenge_group'>) {
  const [view] = await presentChallengeGroups(db, actor, [group]);
  if (!view) throw new Error(`challenge group ${group.id} was not presented`);
  return view;
}
