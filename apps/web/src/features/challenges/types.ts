import type { ChallengeHallQuery, ChallengeSummary, ChallengeView, Page } from '@jiebang/contracts';
import type { z } from 'zod';

export type Challenge = z.infer<typeof ChallengeView>;
export type ChallengeListItem = z.infer<typeof ChallengeSummary>;
export type ChallengePage = z.infer<ReturnType<typeof Page<typeof ChallengeSummary>>>;
/** The hall's query string; every parameter is optional (the output type, so coerced numbers stay numbers). */
export type HallQuery = Partial<z.infer<typeof ChallengeHallQuery>>;
export type ChallengeStatus = Challenge['status'];
export type PublicStatus = NonNullable<HallQuery['status']>;
export type HallSort = NonNullable<HallQuery['sort']>;
export type SortOrder = NonNullable<HallQuery['order']>;
export type AllocationMode = Challenge['allocationMode'];
export type Indicator = Challenge['indicators'][number];
export type FundingScheme = Challenge['funding']['scheme'];
export type FundingPreview = Challenge['funding']['previewForBudget'];
export type Eligibility = Challenge['eligibility'];
export type TimelineEntry = Challenge['timeline'][number];

/** The statuses a visitor can filter the hall by, in lifecycle order (checked against the contract's enum). */
export const PUBLIC_STATUSES = ['published', 'closed', 'under_review', 'awarded', 'no_award'] as const satisfies readonly PublicStatus[];
type MissingStatus = Exclude<PublicStatus, (typeof PUBLIC_STATUSES)[number]>;
// Fails to compile when the contract gains a public status this list does not show.
const _everyPublicStatusListed: [MissingStatus] extends [never] ? true : never = true;
