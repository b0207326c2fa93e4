import { DEFAULT_RECUSAL_RULES, LIVE_BID_STATUSES, recusalReasons, type ProgrammePolicy, type RecusalExpert, type RecusalReason, type RecusalRules, type RecusalSubject } from '@jiebang/domain';
import type { DbOrTx } from '../../context.ts';
import { recusalRepository } from '../../repositories/recusal.repository.ts';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The calendar year in Asia/Shanghai (UTC+8 all year): collaborations are counted by Beijing year. */
export const beijingYear = (now: Date): number => new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();

type Collaboration = RecusalExpert['collaborations'][number];
type Relation = RecusalExpert['relations'][number];
const RELATION_KINDS: readonly Relation['kind'][] = ['relative', 'collaboration', 'mentorship', 'other'];

const group = <T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/**
 * What the platform knows about each expert for recusal: their units (profile, own unit, grants) and names,
 * region, declared relations, platform collaborations (co-bids by Beijing year of submission, co-projects by
 * year of signing) and the conflicts they declared at invitation. Unknown users are left out. Eight queries for any number of experts.
 */
export async function loadRecusalExperts(db: DbOrTx, expertUserIds: readonly string[]): Promise<Map<string, RecusalExpert>> {
  const ids = [...new Set(expertUserIds)];
  if (!ids.length) return new Map();
  const [users, grants, profiles] = await Promise.all([recusalRepository.users(db, ids), recusalRepository.grantOrganisations(db, ids), recusalRepository.profiles(db, ids)]);
  const profileOf = new Map(profiles.map((profile) => [profile.user_id, profile]));
  const grantsOf = group(grants, (grant) => grant.user_id);
  const orgsOf = new Map(
    users.map((user) => {
      const profile = profileOf.get(user.id);
      const orgIds = [profile?.organisation_id ?? null, user.organisation_id, ...(grantsOf.get(user.id) ?? []).map((grant) => grant.organisation_id)];
      return [user.id, [...new Set(orgIds.filter((id): id is string => id !== null))]] as const;
    }),
  );
  const allOrgIds = [...new Set([...orgsOf.values()].flat())];
  const [organisations, relations, coBids, coProjects, declared] = await Promise.all([
    recusalRepository.organisations(db, allOrgIds),
    recusalRepository.relations(db, ids),
    recusalRepository.coBidParties(db, ids, allOrgIds),
    recusalRepository.coProjectParties(db, ids, allOrgIds),
    recusalRepository.declaredConflicts(db, ids),
  ]);
  const organisation = new Map(organisations.map((row) => [row.id, row]));
  const relationsOf = group(relations, (relation) => relation.expert_user_id);
  const declaredOf = group(declared, (row) => row.expert_user_id);

  // Each co-bid and co-project is attributed to the experts behind it (its PI, or staff of one of its parties)
  // by index, so the cost grows with the rows, not with experts × rows.
  const usersOfOrg = new Map<string, string[]>();
  for (const [userId, orgIds] of orgsOf) for (const orgId of orgIds) usersOfOrg.set(orgId, [...(usersOfOrg.get(orgId) ?? []), userId]);
  const collaborationsOf = new Map<string, Map<string, Collaboration>>();
  const attribute = (piUserId: string, partyOrgIds: readonly string[], at: Date | null, source: Collaboration['source']) => {
    if (!at) return;
    const year = beijingYear(at);
    const experts = new Set([...(orgsOf.has(piUserId) ? [piUserId] : []), ...partyOrgIds.flatMap((orgId) => usersOfOrg.get(orgId) ?? [])]);
    for (const userId of experts) {
      const own = new Set(orgsOf.get(userId));
      const known = collaborationsOf.get(userId) ?? new Map<string, Collaboration>();
      collaborationsOf.set(userId, known);
      for (const organisationId of new Set(partyOrgIds)) {
        // The expert's own unit is the same-organisation rule's business, not a collaboration with itself.
        if (own.has(organisationId)) continue;
        const key = `${source}:${organisationId}`;
        const previous = known.get(key);
        if (!previous || previous.year < year) known.set(key, { organisationId, year, source });
      }
    }
  };
  for (const rows of group(coBids, (row) => row.bid_id).values()) {
    attribute(rows[0]!.pi_user_id, rows.map((row) => row.organisation_id), rows[0]!.submitted_at, 'co_bid');
  }
  for (const rows of group(coProjects, (row) => row.contract_id).values()) {
    const partyOrgIds = rows.flatMap((row) => [row.lead_org_id, row.demander_org_id, row.member_org_id]).filter((id): id is string => id !== null);
    attribute(rows[0]!.pi_user_id, partyOrgIds, rows[0]!.signed_at, 'co_project');
  }

  const experts = new Map<string, RecusalExpert>();
  for (const user of users) {
    const own = new Set(orgsOf.get(user.id) ?? []);
    const profile = profileOf.get(user.id);
    const names = [...own].map((id) => organisation.get(id)?.name).filter((name): name is string => name !== undefined);
    if (profile?.organisation_name) names.push(profile.organisation_name);
    const homeOrg = profile?.organisation_id ?? user.organisation_id;
    experts.set(user.id, {
      userId: user.id,
      displayName: user.display_name,
      organisationIds: [...own],
      organisationNames: [...new Set(names)],
      regionCode: profile?.region_code ?? (homeOrg ? (organisation.get(homeOrg)?.region_code ?? null) : null),
      relations: (relationsOf.get(user.id) ?? []).map((relation) => ({
        kind: RELATION_KINDS.includes(relation.kind as Relation['kind']) ? (relation.kind as Relation['kind']) : 'other',
        personName: relation.person_name,
        organisationId: relation.organisation_id,
        organisationName: relation.organisation_name,
        relatedUserId: relation.related_user_id,
        year: relation.year,
      })),
      collaborations: [...(collaborationsOf.get(user.id)?.values() ?? [])],
      selfDeclared: (declaredOf.get(user.id) ?? []).map((row) => ({ subjectId: row.challenge_id, reason: row.decline_reason ?? '' })),
    });
  }
  return experts;
}

type SubjectBid = Awaited<ReturnType<typeof recusalRepository.bids>>[number];
type AvoidEntry = { name: string; organisationName: string };

/** The avoid-list as stored (jsonb), keeping only well-formed entries. */
export function avoidListOf(stored: unknown): AvoidEntry[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null && typeof (entry as { name?: unknown }).name === 'string')
    .map((entry) => ({ name: entry.name as string, organisationName: typeof entry.organisationName === 'string' ? entry.organisationName : '' }));
}

async function subjectsOf(db: DbOrTx, bids: readonly SubjectBid[]) {
  const parties = group(await recusalRepository.bidParties(db, bids.map((bid) => bid.id)), (row) => row.bid_id);
  return (subjectIds: readonly string[], demander: { id: string | null; name: string | null }, of: readonly SubjectBid[]): RecusalSubject => ({
    subjectIds,
    demanderOrgId: demander.id,
    demanderName: demander.name,
    parties: of.flatMap((bid) => (parties.get(bid.id) ?? []).map((party) => ({ organisationId: party.organisation_id, role: party.role, regionCode: party.region_code, name: party.name }))),
    people: of.map((bid) => ({ userId: bid.pi_user_id, displayName: bid.pi_name })),
    avoidList: of.flatMap((bid) => avoidListOf(bid.avoided_experts)),
  });
}

/** Each bid as a recusal subject: its own parties, PI and avoid-list, and its challenge's demander. Two queries. */
export async function loadBidRecusalSubjects(db: DbOrTx, bidIds: readonly string[]): Promise<Map<string, RecusalSubject>> {
  const ids = [...new Set(bidIds)];
  if (!ids.length) return new Map();
  const bids = await recusalRepository.bids(db, { bidIds: ids });
  const subject = await subjectsOf(db, bids);
  return new Map(bids.map((bid) => [bid.id, subject([bid.id, bid.challenge_id], { id: bid.demander_org_id, name: bid.demander_name }, [bid])]));
}

/**
 * Each challenge as a recusal subject for a whole panel seat: the demander and every live bid's parties, people
 * and avoid-lists (a panel member reviews all of them). Three queries.
 */
export async function loadChallengeRecusalSubjects(db: DbOrTx, challengeIds: readonly string[]): Promise<Map<string, RecusalSubject>> {
  const ids = [...new Set(challengeIds)];
  if (!ids.length) return new Map();
  const [challenges, bids] = await Promise.all([recusalRepository.challenges(db, ids), recusalRepository.bids(db, { challengeIds: ids, statuses: LIVE_BID_STATUSES })]);
  const subject = await subjectsOf(db, bids);
  const bidsOf = group(bids, (bid) => bid.challenge_id);
  return new Map(
    challenges.map((challenge) => {
      const live = bidsOf.get(challenge.id) ?? [];
      return [challenge.id, subject([challenge.id, ...live.map((bid) => bid.id)], { id: challenge.demander_org_id, name: challenge.demander_name }, live)];
    }),
  );
}

/** The recusal rules of each programme, defaults filling what an older policy lacks. One query. */
export async function loadRecusalRules(db: DbOrTx, programmeIds: readonly string[]): Promise<Map<string, RecusalRules>> {
  const rows = await recusalRepository.programmePolicies(db, programmeIds);
  return new Map(rows.map((row) => [row.id, { ...DEFAULT_RECUSAL_RULES, ...((row.policy as Partial<ProgrammePolicy> | null)?.review?.recusal ?? {}) }]));
}

/**
 * Of these bids, those the expert must recuse from right now, with the reasons: decided afresh on every call, so a
 * relation declared or a consortium member added a moment ago counts. A constant number of queries.
 */
export async function expertRecusalsForBids(db: DbOrTx, expertUserId: string, bids: readonly { id: string; programme_id: string }[], now: Date): Promise<Map<string, RecusalReason[]>> {
  if (!bids.length) return new Map();
  const [experts, subjects, rules] = await Promise.all([
    loadRecusalExperts(db, [expertUserId]),
    loadBidRecusalSubjects(db, bids.map((bid) => bid.id)),
    loadRecusalRules(db, bids.map((bid) => bid.programme_id)),
  ]);
  const expert = experts.get(expertUserId);
  const year = beijingYear(now);
  const recused = new Map<string, RecusalReason[]>();
  for (const bid of bids) {
    const subject = subjects.get(bid.id);
    const programmeRules = rules.get(bid.programme_id);
    if (!expert || !subject || !programmeRules) throw new Error(`recusal facts missing for expert ${expertUserId} on bid ${bid.id}`);
    const reasons = recusalReasons(expert, subject, programmeRules, year);
    if (reasons.length) recused.set(bid.id, reasons);
  }
  return recused;
}
