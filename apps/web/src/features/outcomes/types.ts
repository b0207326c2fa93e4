import type { AcceptanceView, ContractView, FailureReviewView, IntegrityRecordList, OrganisationSearchItem, PayoutView, RecordVerdictBody, TesterAcceptanceList as TesterAcceptanceListSchema } from '@jiebang/contracts';
import type { z } from 'zod';

export type Contract = z.infer<typeof ContractView>;
export type Acceptance = z.infer<typeof AcceptanceView>;
export type AcceptanceVerdict = NonNullable<Acceptance['outcome']>;
export type IndicatorVerdict = Acceptance['indicators'][number];
export type RecordVerdictInput = z.input<typeof RecordVerdictBody>;
export type TesterAcceptanceList = z.infer<typeof TesterAcceptanceListSchema>;
export type TesterAcceptance = TesterAcceptanceList['items'][number];
export type Payout = z.infer<typeof PayoutView>;
export type FailureReview = z.infer<typeof FailureReviewView>;
export type FailureFinding = NonNullable<FailureReview['finding']>;
export type IntegrityRecord = z.infer<typeof IntegrityRecordList>['items'][number];
export type OrganisationOption = z.infer<typeof OrganisationSearchItem>;
export type TimelineEntry = Acceptance['timeline'][number];

export const ACCEPTANCE_VERDICTS = ['passed', 'passed_with_conditions', 'failed'] as const satisfies readonly AcceptanceVerdict[];
export const FAILURE_FINDINGS = ['diligent_failure', 'negligent_failure', 'misconduct'] as const satisfies readonly FailureFinding[];
