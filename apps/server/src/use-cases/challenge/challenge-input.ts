import type { AllocationMode, Indicator } from '@jiebang/domain';

/** The fields an officer writes on a 榜单 (create, next-in-group and the copy made by re-publication). */
export interface ChallengeFieldsInput {
  title: string;
  field: string;
  industrialChain: string;
  problemStatement: string;
  applicationScenario: string;
  indicators: Indicator[];
  deliverables: string[];
  durationMonths: number;
  budgetFen: number;
  coFundingFen: number;
  allocationMode: AllocationMode;
  designatedOrgId: string | null;
  /** ISO 8601 instant, or null while drafting. */
  bidDeadline: string | null;
  ipTerms: string;
  confidentiality: string;
  contact: string;
  maxWinners: number;
}

/** Column values for the fields above (jsonb written as JSON text). */
export const challengeColumns = (input: ChallengeFieldsInput) => ({
  title: input.title,
  field: input.field,
  industrial_chain: input.industrialChain,
  problem_statement: input.problemStatement,
  application_scenario: input.applicationScenario,
  indicators: JSON.stringify(input.indicators),
  deliverables: JSON.stringify(input.deliverables),
  duration_months: input.durationMonths,
  budget_fen: input.budgetFen,
  co_funding_fen: input.coFundingFen,
  allocation_mode: input.allocationMode,
  designated_org_id: input.designatedOrgId,
  bid_deadline: input.bidDeadline === null ? null : new Date(input.bidDeadline),
  ip_terms: input.ipTerms,
  confidentiality: input.confidentiality,
  contact: input.contact,
  max_winners: input.maxWinners,
});
