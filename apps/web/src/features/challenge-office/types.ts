import type {
  ChallengeGroupView,
  ChallengeSummary,
  ChallengeView,
  CreateChallengeBody,
  FundingPreviewView,
  NeedView,
  OrganisationSearchItem,
  ProgrammeView,
  UpdateChallengeBody,
} from '@jiebang/contracts';
import type { z } from 'zod';

export type Challenge = z.infer<typeof ChallengeView>;
export type ChallengeListItem = z.infer<typeof ChallengeSummary>;
export type ChallengeStatus = Challenge['status'];
export type AllocationMode = Challenge['allocationMode'];
export type CreateChallengeInput = z.input<typeof CreateChallengeBody>;
export type UpdateChallengeInput = z.input<typeof UpdateChallengeBody>;
export type ChallengeGroup = z.infer<typeof ChallengeGroupView>;
export type Programme = z.infer<typeof ProgrammeView>;
export type Need = z.infer<typeof NeedView>;
export type FundingPreview = z.infer<typeof FundingPreviewView>;
export type OrganisationOption = z.infer<typeof OrganisationSearchItem>;
export type TimelineEntry = Challenge['timeline'][number];

export const ALLOCATION_MODES = ['open_challenge', 'claim', 'direct_assignment'] as const satisfies readonly AllocationMode[];
type MissingMode = Exclude<AllocationMode, (typeof ALLOCATION_MODES)[number]>;
// Fails to compile when the contract gains an allocation mode the form does not offer.
const _everyModeListed: [MissingMode] extends [never] ? true : never = true;

export const CHALLENGE_STATUSES = ['drafting', 'internal_review', 'approved', 'published', 'closed', 'under_review', 'awarded', 'no_award', 'cancelled'] as const satisfies readonly ChallengeStatus[];
type MissingStatus = Exclude<ChallengeStatus, (typeof CHALLENGE_STATUSES)[number]>;
const _everyStatusListed: [MissingStatus] extends [never] ? true : never = true;
