import type {
  ApprovalDecisionBody,
  ContractList,
  ContractTermsBody,
  ContractView as ContractViewSchema,
  FailNegotiationResult as FailNegotiationResultSchema,
  FileChangeRequestBody,
  MilestoneReviewBody,
  OrganisationMemberList as OrganisationMemberListSchema,
  OrganisationSearchItem,
  Page,
  SubmitExpenseBody,
} from '@jiebang/contracts';
import type { z } from 'zod';

/** The whole 任务书 as GET /api/contracts/:id answers it; the outcomes feature's tabs take the same type. */
export type ContractView = z.infer<typeof ContractViewSchema>;
export type ContractSummary = z.infer<typeof ContractList>['items'][number];
export type ContractStatus = ContractView['status'];
export type Milestone = ContractView['milestones'][number];
export type MilestoneStatus = Milestone['status'];
export type Tranche = ContractView['tranches'][number];
export type TrancheStatus = Tranche['status'];
export type TrancheTrigger = Tranche['trigger'];
export type ChangeRequest = ContractView['changeRequests'][number];
export type ChangeRequestKind = ChangeRequest['kind'];
export type ChangeRequestStatus = ChangeRequest['status'];
export type Expense = ContractView['expenses'][number];
export type ExpenseStatus = Expense['status'];
export type TimelineEntry = ContractView['timeline'][number];
export type Indicator = ContractView['indicators'][number];
export type FailNegotiationResult = z.infer<typeof FailNegotiationResultSchema>;
export type ContractListView = z.infer<typeof ContractList>;
export type OrganisationMemberList = z.infer<typeof OrganisationMemberListSchema>;
export type OrganisationMember = OrganisationMemberList['items'][number];
export type OrganisationPage = z.infer<ReturnType<typeof Page<typeof OrganisationSearchItem>>>;
export type OrganisationOption = OrganisationPage['items'][number];

export type TermsBody = z.input<typeof ContractTermsBody>;
export type ReviewDecision = z.input<typeof MilestoneReviewBody>['decision'];
export type ChangeRequestInput = z.input<typeof FileChangeRequestBody>;
export type ApprovalDecision = z.input<typeof ApprovalDecisionBody>['decision'];
export type ExpenseInput = z.input<typeof SubmitExpenseBody>;

export const CHANGE_REQUEST_KINDS = ['route_adjustment', 'team_change', 'budget_adjustment', 'goal_indicator_change', 'pi_change', 'lead_org_change', 'extension'] as const satisfies readonly ChangeRequestKind[];
// Fails to compile when the contract gains a change-request kind this form does not offer.
const _everyKindListed: [Exclude<ChangeRequestKind, (typeof CHANGE_REQUEST_KINDS)[number]>] extends [never] ? true : never = true;
void _everyKindListed;

export const TRANCHE_TRIGGERS = ['signing', 'milestone', 'acceptance'] as const satisfies readonly TrancheTrigger[];
