import { hasRole, isProgrammeOfficer, type Caller } from '../access/roles.ts';
import type { FieldIssue } from '../shared/domain-error.ts';
import { BASIS_POINTS_WHOLE } from '../shared/money.ts';
import { REGION_CODE_PATTERN } from '../organisation/organisation.ts';
import type { ProgrammePolicy } from './policy.ts';
import { programmeLifecycle, type ProgrammeEvent, type ProgrammeStatus } from './programme-lifecycle.ts';

export type ProgrammeAction = ProgrammeEvent | 'view' | 'view_dashboard' | 'edit_policy' | 'create_challenge' | 'create_challenge_group' | 'view_all_challenges' | 'create_need';

export interface ProgrammePolicySubject {
  id: string;
  tenantId: string;
  status: ProgrammeStatus;
}

/**
 * Only a tenant-wide programme owner (grant without a programme) may open a new programme: an officer of one
 * programme, or a management agency working for the owner, runs programmes but does not create them.
 */
export function canCreateProgramme(actor: Caller, tenantId: string): boolean {
  return actor?.grants.some((grant) => grant.role === 'programme_owner' && grant.tenantId === tenantId && grant.programmeId === null) ?? false;
}

/**
 * Whether the caller's role allows an action: the public sees active and closed programmes; officers run
 * them. Whether the programme's state allows it is a 409 for the use case; `programmeActions` combines both.
 */
export function canOnProgramme(actor: Caller, action: ProgrammeAction, programme: ProgrammePolicySubject): boolean {
  // Demanders raise needs (需求) in any programme they can see; createNeed checks the organisation they act for.
  if (action === 'create_need') return programme.status !== 'draft' && hasRole(actor, 'demander');
  const isOfficer = isProgrammeOfficer(actor, programme);
  return action === 'view' ? programme.status !== 'draft' || isOfficer : isOfficer;
}

/** Challenges are created only while the programme is active; its policy and groups are fixed once it closes. */
const STATE_ALLOWS: Partial<Record<ProgrammeAction, (status: ProgrammeStatus) => boolean>> = {
  edit_policy: (status) => status !== 'closed',
  create_challenge_group: (status) => status !== 'closed',
  create_challenge: (status) => status === 'active',
  create_need: (status) => status === 'active',
};

export const programmeStateAllows = (action: ProgrammeAction, status: ProgrammeStatus): boolean => STATE_ALLOWS[action]?.(status) ?? true;

export function programmeActions(actor: Caller, programme: ProgrammePolicySubject): ProgrammeAction[] {
  const candidates: ProgrammeAction[] = ['edit_policy', 'create_challenge', 'create_challenge_group', 'create_need', ...programmeLifecycle.eventsFrom(programme.status)];
  return candidates.filter((action) => programmeStateAllows(action, programme.status) && canOnProgramme(actor, action, programme));
}

/**
 * Cross-field checks of a programme policy that a field-by-field schema cannot express. Returns every issue
 * (paths relative to the policy, e.g. `funding.capFen`) so a form can mark all of them at once.
 */
export function validateProgrammePolicy(policy: ProgrammePolicy): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { eligibility, funding, review, selection } = policy;

  eligibility.regionScope.forEach((code, index) => {
    if (!REGION_CODE_PATTERN.test(code)) issues.push({ path: `eligibility.regionScope.${index}`, message: 'must be a 6-digit GB/T 2260 division code' });
  });

  if (funding.kind === 'fixed_reward') {
    if (funding.fixedAmountFen === null || funding.fixedAmountFen <= 0) {
      issues.push({ path: 'funding.fixedAmountFen', message: 'a fixed reward needs a positive amount' });
    } else if (funding.capFen !== null && funding.capFen < funding.fixedAmountFen) {
      // A cap below the published reward would silently cut the bounty the challenge promised.
      issues.push({ path: 'funding.capFen', message: 'must not be below the fixed reward amount' });
    }
  } else {
    if (funding.rateBp <= 0) issues.push({ path: 'funding.rateBp', message: 'a rate-based scheme needs a rate above 0' });
    if (funding.capFen !== null && funding.capFen <= 0) issues.push({ path: 'funding.capFen', message: 'must be above 0, or null for no cap' });
    if (funding.fixedAmountFen !== null) issues.push({ path: 'funding.fixedAmountFen', message: 'only a fixed_reward scheme has a fixed amount' });
  }

  const keys = new Set<string>();
  review.rubric.forEach((criterion, index) => {
    if (keys.has(criterion.key)) issues.push({ path: `review.rubric.${index}.key`, message: `duplicate criterion key "${criterion.key}"` });
    keys.add(criterion.key);
  });
  const totalWeight = review.rubric.reduce((sum, criterion) => sum + criterion.weightBp, 0);
  if (totalWeight !== BASIS_POINTS_WHOLE) issues.push({ path: 'review.rubric', message: `weights must sum to 10000 basis points (100%), got ${totalWeight}` });

  // An assignment fills each panel by its role quotas: fewer seats than scores per bid could never open scoring.
  const seats = Object.values(review.panelQuotas).reduce((sum, count) => sum + count, 0);
  if (seats < review.minScoresPerBid) {
    issues.push({ path: 'review.panelQuotas', message: `the panel seats (${seats}) must be at least the scores each bid needs (minScoresPerBid ${review.minScoresPerBid})` });
  }

  if (selection.maxWinners > selection.maxShortlisted) {
    issues.push({ path: 'selection.maxWinners', message: `cannot exceed maxShortlisted (${selection.maxShortlisted})` });
  }
  return issues;
}
