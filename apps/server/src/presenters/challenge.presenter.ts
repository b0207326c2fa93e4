import {
  canOnChallenge,
  challengeActions,
  computeFunding,
  isProgrammeOfficer,
  type AllocationMode,
  type Caller,
  type ChallengeStatus,
  type Indicator,
} from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentTrail } from '../repositories/audit.repository.ts';
import { challengeGroupRepository, challengeRepository, type ChallengeSummaryRow } from '../repositories/challenge.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';
import { programmeRepository } from '../repositories/programme.repository.ts';
import { presentFundingOutcome } from './programme.presenter.ts';

const programmeRef = (row: { programme_id: string; tenant_id: string }) => ({ id: row.programme_id, tenantId: row.tenant_id });

/** A 榜单 in full: terms, funding with a preview for its budget, eligibility, group, version chain, actions, timeline. */
export async function presentChallenge(db: DbOrTx, actor: Caller, challenge: Row<'challenge'>, programme: Row<'programme'>) {
  const orgIds = [challenge.demander_org_id, challenge.designated_org_id].filter((id): id is string => id !== null);
  const [names, tenantName, needIds, nextVersionId, group, trail] = await Promise.all([
    organisationRepository.namesById(db, orgIds),
    programmeRepository.tenantName(db, challenge.tenant_id),
    challengeRepository.needIdsOf(db, challenge.id),
    challengeRepository.successorOf(db, challenge.id),
    challenge.group_id ? challengeGroupRepository.findById(db, challenge.group_id) : Promise.resolve(undefined),
    auditRepository.trailOf(db, 'challenge', challenge.id),
  ]);
  const policy = programmeRepository.policyOf(programme);
  const status = challenge.status as ChallengeStatus;
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
    group: group ? { id: group.id, name: group.name, sequence: challenge.group_sequence, continuity: group.continuity } : null,
    needIds,
    status,
    publishedAt: challenge.published_at?.toISOString() ?? null,
    createdAt: challenge.created_at.toISOString(),
    updatedAt: challenge.updated_at.toISOString(),
    version: challenge.version,
    actions: challengeActions(actor, { status, programme: programmeRef(challenge), demanderOrgId: challenge.demander_org_id, hasNewerVersion: nextVersionId !== null }),
    timeline: presentTrail(trail),
  };
}

/** A row of the challenge hall or of a programme's list. `republish` is offered on the full view only. */
export function presentChallengeSummary(actor: Caller, row: ChallengeSummaryRow) {
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
    actions: challengeActions(actor, { status, programme: programmeRef(row), hasNewerVersion: true }),
  };
}

/** A 项目群 with the challenges the caller may see, in sequence order. */
export async function presentChallengeGroup(db: DbOrTx, actor: Caller, group: Row<'challenge_group'>) {
  const [challenges, trail] = await Promise.all([challengeRepository.listByGroup(db, group.id), auditRepository.trailOf(db, 'challenge_group', group.id)]);
  const programme = { id: group.programme_id, tenantId: group.tenant_id };
  return {
    id: group.id,
    programmeId: group.programme_id,
    name: group.name,
    description: group.description,
    continuity: group.continuity,
    createdAt: group.created_at.toISOString(),
    challenges: challenges
      .filter((challenge) => canOnChallenge(actor, 'view', { status: challenge.status as ChallengeStatus, programme, demanderOrgId: challenge.demander_org_id }))
      .map((challenge) => ({ id: challenge.id, code: challenge.code, title: challenge.title, status: challenge.status as ChallengeStatus, sequence: challenge.group_sequence, versionNo: challenge.version_no })),
    actions: isProgrammeOfficer(actor, programme) ? ['next_challenge'] : [],
    timeline: presentTrail(trail),
  };
}
