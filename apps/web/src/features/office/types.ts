import type {
  BidList,
  ChallengeSummary,
  FundingPreviewView,
  NeedView,
  Page,
  PolicyPresetView,
  ProgrammeDashboardView,
  ProgrammeSummary,
  ProgrammeView,
  UpdateProgrammePolicyBody,
} from '@jiebang/contracts';
import type { z } from 'zod';

export type Programme = z.infer<typeof ProgrammeView>;
export type ProgrammeListItem = z.infer<typeof ProgrammeSummary>;
export type ProgrammePage = z.infer<ReturnType<typeof Page<typeof ProgrammeSummary>>>;
export type ProgrammePolicy = Programme['policy'];
export type PolicyInput = z.input<typeof UpdateProgrammePolicyBody>;
export type PolicyPreset = z.infer<typeof PolicyPresetView>;
export type FundingPreview = z.infer<typeof FundingPreviewView>;
export type Dashboard = z.infer<typeof ProgrammeDashboardView>;
export type Need = z.infer<typeof NeedView>;
export type NeedStatus = Need['status'];
export type Bid = z.infer<typeof BidList>['items'][number];
export type BidStatus = Bid['status'];
export type EligibilityReport = NonNullable<Bid['eligibilityReport']>;
export type ChallengeListItem = z.infer<typeof ChallengeSummary>;
export type TimelineEntry = Need['timeline'][number];

export const NEED_STATUSES = ['draft', 'submitted', 'screening', 'vetting', 'pooled', 'returned', 'rejected', 'merged'] as const satisfies readonly NeedStatus[];
type MissingNeedStatus = Exclude<NeedStatus, (typeof NEED_STATUSES)[number]>;
// Fails to compile when the contract gains a need status this list does not show.
const _everyNeedStatusListed: [MissingNeedStatus] extends [never] ? true : never = true;

export const OFFICER_ROLES = ['programme_owner', 'management_agency'] as const;
