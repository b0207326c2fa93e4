import type { RecusalRules } from '../programme/policy.ts';
import { DomainError, invalidField, ruleViolation } from '../shared/domain-error.ts';

/**
 * 回避 (recusal): why an expert may not review a bid or a challenge. One pure function decides it for every
 * route — assignment, panel membership, scoring, opening a bid, downloading its files, search and notifications —
 * so no surface can forget a rule. The facts come from the platform (profile, grants, declared relations, co-bids
 * and co-projects) and the bidder's avoid-list; see `load-recusal-facts.ts` in the server.
 */

export type RecusalReason =
  /** The expert is the bid's PI or a named person on it (always on: nobody judges their own bid). */
  | { kind: 'is_party' }
  /** Same unit as the demander, the lead or a consortium member. */
  | { kind: 'same_organisation'; organisationId: string; party: 'demander' | 'lead' | 'member' }
  /** Co-bid, co-project or declared collaboration/mentorship with a party within the rule's years. */
  | { kind: 'collaboration'; organisationId: string | null; personName: string | null; year: number | null; source: 'co_bid' | 'co_project' | 'declared' }
  /** A declared near relative is one of the bid's people. */
  | { kind: 'relative'; personName: string }
  /** The bidder named the expert on its avoid-list. */
  | { kind: 'avoid_list'; name: string }
  /** Same prefecture-level region as a party (optional rule). */
  | { kind: 'same_region'; regionCode: string }
  /** The expert declared a conflict when answering the invitation. */
  | { kind: 'self_declared'; reason: string };

export type RecusalReasonKind = RecusalReason['kind'];

export interface RecusalExpert {
  userId: string;
  /** The name as the pool shows it; avoid-lists are matched against it. */
  displayName: string;
  /** Own unit plus every organisation the expert holds a grant for. */
  organisationIds: readonly string[];
  /** Names of those units (and a free-text unit name from the profile), for avoid-list matching. */
  organisationNames: readonly string[];
  regionCode: string | null;
  /** Declared relations (relatives, collaborators, mentors/students). */
  relations: readonly {
    kind: 'relative' | 'collaboration' | 'mentorship' | 'other';
    personName: string;
    organisationId: string | null;
    /** The unit as the expert typed it; matched against the parties' names when no organisation id was given. */
    organisationName?: string;
    relatedUserId: string | null;
    year: number | null;
  }[];
  /** Collaborations the platform itself holds: organisations the expert co-bid or co-worked a contract with, by year. */
  collaborations: readonly { organisationId: string; year: number; source: 'co_bid' | 'co_project' }[];
  /** Conflicts the expert declared for these subjects (bid or challenge ids) when declining an invitation. */
  selfDeclared: readonly { subjectId: string; reason: string }[];
}

/** A bid, or a challenge seen as all its live bids plus the demander. */
export interface RecusalSubject {
  /** Bid id and/or challenge id, matched against self-declarations. */
  subjectIds: readonly string[];
  demanderOrgId: string | null;
  /** The demander's name, for an expert whose unit the platform knows only by name. */
  demanderName?: string | null;
  parties: readonly { organisationId: string; role: 'lead' | 'member'; regionCode: string | null; name?: string }[];
  /** PI and other named people of the bid(s). */
  people: readonly { userId: string | null; displayName: string }[];
  /** The bidders' avoid-lists. */
  avoidList: readonly { name: string; organisationName: string }[];
}

/**
 * "周文涛（技术专家）" and "周文涛" are the same person for matching; spaces, case and full-width forms (ＺＨＯＵ,
 * the ideographic space) do not matter. NFKC first folds full-width brackets into ASCII ones.
 */
export function normalisePersonName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** A unit's name for matching: full-width forms, spaces and case do not matter (a bracketed part does: 宁波大学（筹）). */
const normaliseUnitName = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The unit an expert counts for under the panel-diversity rule (ReviewPolicy.oneExpertPerOrganisation): the
 * normalised name of their unit, or null when they name none. Names must match exactly once normalised — a
 * partition is needed here, and "contains" (sameUnitName) is not one.
 */
export const panelUnitKey = (name: string | null | undefined): string | null => normaliseUnitName(name ?? '') || null;

/** "宁波大学" and "宁波大学信息学院" name the same unit for matching (either way round); an empty name names none. */
const sameUnitName = (a: string, b: string): boolean => a !== '' && b !== '' && (a.includes(b) || b.includes(a));

const sameRegion = (a: string | null, b: string | null): boolean => a !== null && b !== null && a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4);

/**
 * Every reason the expert must recuse from the subject under the programme's rules, in a stable order; empty
 * means the expert may review it. `currentYear` is the Beijing calendar year of the decision.
 */
export function recusalReasons(expert: RecusalExpert, subject: RecusalSubject, rules: RecusalRules, currentYear: number): RecusalReason[] {
  const reasons: RecusalReason[] = [];
  const peopleIds = new Set(subject.people.map((person) => person.userId).filter((id): id is string => id !== null));
  // A name that normalises to nothing ("（待定）") names nobody: it must not match every other empty name.
  const peopleNames = new Set(subject.people.map((person) => normalisePersonName(person.displayName)).filter(Boolean));
  const namesPerson = (name: string): boolean => {
    const normalised = normalisePersonName(name);
    return normalised !== '' && peopleNames.has(normalised);
  };
  if (peopleIds.has(expert.userId)) reasons.push({ kind: 'is_party' });

  const own = new Set(expert.organisationIds);
  const partyOrgs = new Set(subject.parties.map((party) => party.organisationId));
  if (rules.sameOrganisation) {
    // A unit the platform knows only by name (a self-registered or imported expert without a registered unit) is
    // matched by name: an incomplete profile must not make the rule silently pass.
    const ownNames = expert.organisationNames.map(normaliseUnitName).filter(Boolean);
    const namedOwn = (name: string | null | undefined) => {
      const unit = normaliseUnitName(name ?? '');
      return ownNames.some((ownName) => sameUnitName(ownName, unit));
    };
    if (subject.demanderOrgId !== null && (own.has(subject.demanderOrgId) || namedOwn(subject.demanderName))) reasons.push({ kind: 'same_organisation', organisationId: subject.demanderOrgId, party: 'demander' });
    for (const party of subject.parties) if (own.has(party.organisationId) || namedOwn(party.name)) reasons.push({ kind: 'same_organisation', organisationId: party.organisationId, party: party.role });
  }

  if (rules.collaborationYears > 0) {
    // "近 N 年" counts calendar years back from this one (NSFC: 近三年 in 2024 = since 1 January 2021), so a
    // collaboration exactly N years ago still counts; an unknown year is taken as recent.
    const recent = (year: number | null) => year === null || currentYear - year <= rules.collaborationYears;
    for (const collaboration of expert.collaborations) {
      if (partyOrgs.has(collaboration.organisationId) && recent(collaboration.year)) {
        reasons.push({ kind: 'collaboration', organisationId: collaboration.organisationId, personName: null, year: collaboration.year, source: collaboration.source });
      }
    }
    for (const relation of expert.relations) {
      if (relation.kind === 'relative' || !recent(relation.year)) continue;
      // A unit declared by name only (the profile page sends no id) is matched against the parties' names.
      const declaredUnit = relation.organisationId === null ? normaliseUnitName(relation.organisationName ?? '') : '';
      const namedParty = declaredUnit === '' ? undefined : subject.parties.find((party) => sameUnitName(declaredUnit, normaliseUnitName(party.name ?? '')));
      const withParty = (relation.organisationId !== null && partyOrgs.has(relation.organisationId)) || namedParty !== undefined;
      const withPerson = (relation.relatedUserId !== null && peopleIds.has(relation.relatedUserId)) || namesPerson(relation.personName);
      if (withParty || withPerson) reasons.push({ kind: 'collaboration', organisationId: withParty ? (relation.organisationId ?? namedParty!.organisationId) : null, personName: withPerson ? relation.personName : null, year: relation.year, source: 'declared' });
    }
  }

  if (rules.relatives) {
    for (const relation of expert.relations) {
      if (relation.kind !== 'relative') continue;
      if ((relation.relatedUserId !== null && peopleIds.has(relation.relatedUserId)) || namesPerson(relation.personName)) {
        reasons.push({ kind: 'relative', personName: relation.personName });
      }
    }
  }

  if (rules.avoidListMax > 0) {
    const expertName = normalisePersonName(expert.displayName);
    const units = expert.organisationNames.map(normaliseUnitName).filter(Boolean);
    for (const entry of subject.avoidList) {
      if (expertName === '' || normalisePersonName(entry.name) !== expertName) continue;
      const unit = normaliseUnitName(entry.organisationName);
      // A name alone is enough when the bidder gave no unit; with a unit, it must match one of the expert's
      // ("宁波大学" matches "宁波大学信息学院"). An expert whose unit the platform does not know cannot be told
      // apart from a namesake, so the name decides: recusing one namesake too many is the safe mistake.
      if (unit === '' || units.length === 0 || units.some((own) => sameUnitName(own, unit))) reasons.push({ kind: 'avoid_list', name: entry.name });
    }
  }

  if (rules.sameRegion) {
    const regions = new Set(subject.parties.filter((party) => sameRegion(party.regionCode, expert.regionCode)).map((party) => party.regionCode!));
    for (const regionCode of regions) reasons.push({ kind: 'same_region', regionCode });
  }

  const subjectIds = new Set(subject.subjectIds);
  for (const declared of expert.selfDeclared) if (subjectIds.has(declared.subjectId)) reasons.push({ kind: 'self_declared', reason: declared.reason });
  // A challenge subject repeats a unit or a person across its bids: each reason is named once.
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = JSON.stringify(reason);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Refuses with `review.conflict_of_interest` (409), naming every reason, when the expert must recuse: for the officer who assigns. */
export function assertNoRecusal(expert: RecusalExpert, subject: RecusalSubject, rules: RecusalRules, currentYear: number): void {
  const reasons = recusalReasons(expert, subject, rules, currentYear);
  if (reasons.length) {
    throw ruleViolation('review.conflict_of_interest', `The expert must recuse (回避): ${reasons.map((reason) => reason.kind).join(', ')}`, { reasons });
  }
}

/**
 * Refuses an expert's own access to a bid they must recuse from (opening it, its files, scoring it) with 403
 * `review.conflict_of_interest`. The reasons are not told: in a blind review "your unit leads this bid" would
 * itself reveal the bidder, and an avoid-list is the bidder's confidential request.
 */
export function assertMayAccessAsExpert(reasons: readonly RecusalReason[]): void {
  if (reasons.length) throw new DomainError('FORBIDDEN', 'You must recuse from this bid (回避); its content is not shown to you', { rule: 'review.conflict_of_interest' });
}

/**
 * Refuses an invited expert's acceptance of a seat the platform knows they must recuse from (409
 * `review.conflict_of_interest`). As at access, the reasons are not told to the expert: they would name the bidder
 * in a blind review, or reveal the bidder's confidential avoid-list. The officer sees them on the panel.
 */
export function assertInviteeMayAccept(reasons: readonly RecusalReason[]): void {
  if (reasons.length) throw ruleViolation('review.conflict_of_interest', 'The platform knows of a recusal situation (回避) between you and this challenge; decline the invitation, declaring the conflict');
}

/** An expert the bidder asks to be kept off its review (申请回避), with the unit that tells namesakes apart. */
export interface AvoidedExpert {
  name: string;
  organisationName: string;
  reason: string;
}

/** A bid names at most the programme's `avoidListMax` experts to avoid; a programme with 0 takes none. */
export function assertAvoidList(entries: readonly AvoidedExpert[], avoidListMax: number): void {
  if (entries.length <= avoidListMax) return;
  throw invalidField('body.avoidedExperts', avoidListMax === 0 ? 'this programme takes no avoid-list (申请回避专家); leave it empty' : `at most ${avoidListMax} experts may be named (the programme's limit), got ${entries.length}`);
}
