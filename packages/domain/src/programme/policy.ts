import { type FundingScheme } from './funding.ts';
import { yuan } from '../shared/money.ts';

export const PROGRAMME_MODES = ['government_led', 'enterprise_led', 'government_industry_academia'] as const;
export type ProgrammeMode = (typeof PROGRAMME_MODES)[number];

/** Who may bid. Every number varies by programme, province and year (jiebang-practice.md), hence configuration. */
export interface EligibilityPolicy {
  /** GB/T 2260 codes (province `xx0000`, prefecture `xxxx00`) bidders must be registered in; empty = open to all regions. */
  regionScope: string[];
  /** Bidders must be independent legal entities (MIIT 2023: 独立法人). */
  requireLegalEntity: boolean;
  /** Submitted bids per organisation across the programme (MIIT 2021: ≤ 3); null = no cap. */
  maxBidsPerOrganisation: number | null;
  /** Members besides the lead (MIIT 2023: 1 lead + ≤ 4). 0 forbids consortia. */
  maxConsortiumMembers: number;
  /** Organisations that already won in this programme may not bid again (MIIT 2021, Henan 2025). */
  excludePreviousWinners: boolean;
  /** Organisations registered outside China may bid ("英雄不论出处"). */
  allowForeignOrganisations: boolean;
}

export interface RubricCriterion {
  key: string;
  label: string;
  /** Weight in basis points; a rubric's weights sum to 10,000. */
  weightBp: number;
}

/** Seats of each expert role a challenge's panel needs (e.g. 3 technical + 1 industry + 1 finance). */
export interface PanelQuotas {
  technical: number;
  industry: number;
  finance: number;
  legal: number;
}

/**
 * 回避 rules a programme switches on (jiebang-practice.md #29, NSFC 评审回避与保密管理办法). An expert who is
 * themselves a party to a bid always recuses; everything else is configurable.
 */
export interface RecusalRules {
  /** Same legal-person unit as the demander, the bid's lead or any consortium member. */
  sameOrganisation: boolean;
  /** Co-bids, co-projects and declared collaboration/mentorship with a party within this many years; 0 = off. */
  collaborationYears: number;
  /** Declared near relatives (spouse, lineal, collateral within 3 generations, close in-laws) among a bid's people. */
  relatives: boolean;
  /** Experts a bidder may name to avoid (申请回避); 0 = bidders may not name any. */
  avoidListMax: number;
  /** Experts registered in the same prefecture-level region (first four digits of GB/T 2260) as a party. */
  sameRegion: boolean;
}

export interface ReviewPolicy {
  rubric: RubricCriterion[];
  /** Fewest experts whose scores a bid needs before it can be ranked. */
  minScoresPerBid: number;
  /** A spread (max − min of experts' totals, 0–100 scale) above this flags strong disagreement. */
  disagreementThreshold: number;
  /** Seats per expert role on each challenge's panel, used by the assignment run. */
  panelQuotas: PanelQuotas;
  /** 盲评: experts never see who bid (names, USCC, people, file names, document metadata). */
  blindReview: boolean;
  recusal: RecusalRules;
  /**
   * Panel diversity (同一单位专家每组至多 1 人): no two live seats of one panel go to experts of the same unit, so
   * one unit's view cannot dominate a panel. Runs, alternates, overrides and seats added by hand all obey it.
   */
  oneExpertPerOrganisation: boolean;
}

export interface SelectionPolicy {
  /** ≤ 5 shortlisted per direction (MIIT 2018). */
  maxShortlisted: number;
  /** ≤ 3 winners per direction (MIIT 2018); several winners = race mode (赛马制). */
  maxWinners: number;
  /** Days a result stays in public notice (公示) for objections; commonly 5 working days or 7 calendar days. */
  noticePeriodDays: number;
}

export const TRANCHE_TRIGGERS = ['signing', 'milestone', 'acceptance'] as const;
export type TrancheTrigger = (typeof TRANCHE_TRIGGERS)[number];

export interface ProgrammePolicy {
  eligibility: EligibilityPolicy;
  funding: FundingScheme;
  review: ReviewPolicy;
  selection: SelectionPolicy;
  /** 经费包干制: the PI approves expenses; routes and team changes are filed, not approved. */
  lumpSumBudget: boolean;
}

export const DEFAULT_RUBRIC: RubricCriterion[] = [
  { key: 'technical_route', label: '技术路线先进性与可行性', weightBp: 4000 },
  { key: 'team_capability', label: '团队能力与前期基础', weightBp: 3000 },
  { key: 'indicator_commitment', label: '指标承诺与实施计划', weightBp: 2000 },
  { key: 'budget_soundness', label: '经费预算合理性', weightBp: 1000 },
];

const openEligibility: EligibilityPolicy = {
  regionScope: [],
  requireLegalEntity: true,
  maxBidsPerOrganisation: null,
  maxConsortiumMembers: 4,
  excludePreviousWinners: false,
  allowForeignOrganisations: true,
};

export const DEFAULT_RECUSAL_RULES: RecusalRules = { sameOrganisation: true, collaborationYears: 3, relatives: true, avoidListMax: 3, sameRegion: false };
export const DEFAULT_PANEL_QUOTAS: PanelQuotas = { technical: 3, industry: 1, finance: 1, legal: 0 };

const defaultReview: ReviewPolicy = { rubric: DEFAULT_RUBRIC, minScoresPerBid: 2, disagreementThreshold: 25, panelQuotas: DEFAULT_PANEL_QUOTAS, blindReview: false, recusal: DEFAULT_RECUSAL_RULES, oneExpertPerOrganisation: false };
const defaultSelection: SelectionPolicy = { maxShortlisted: 5, maxWinners: 1, noticePeriodDays: 7 };

export const POLICY_PRESET_IDS = ['ningbo_rd_input', 'shenyang_common_technology', 'shenyang_key_technology', 'miit_style', 'enterprise_bounty'] as const;
export type PolicyPresetId = (typeof POLICY_PRESET_IDS)[number];

export interface PolicyPreset {
  id: PolicyPresetId;
  label: string;
  source: string;
  policy: ProgrammePolicy;
}

/** Presets drawn from the seeds and real notices. Officers start from one and edit. */
export const POLICY_PRESETS: Record<PolicyPresetId, PolicyPreset> = {
  ningbo_rd_input: {
    id: 'ningbo_rd_input',
    label: '宁波：按研发投入 20% 资助，最高 1000 万元',
    source: '2020 中国浙江·宁波人才科技周新闻发布会',
    policy: {
      eligibility: { ...openEligibility },
      funding: { kind: 'rd_input_subsidy', rateBp: 2000, capFen: yuan(10_000_000), minimumBaseFen: null, fixedAmountFen: null, recipient: 'bidder_lead_org' },
      review: defaultReview,
      selection: defaultSelection,
      lumpSumBudget: true,
    },
  },
  shenyang_common_technology: {
    id: 'shenyang_common_technology',
    label: '沈阳产业共性技术：按合同额 50% 前资助需求企业，最高 300 万元',
    source: '《沈阳市重点技术攻关项目“揭榜制”实施细则》',
    policy: {
      eligibility: { ...openEligibility },
      funding: { kind: 'upfront_funding', rateBp: 5000, capFen: yuan(3_000_000), minimumBaseFen: null, fixedAmountFen: null, recipient: 'demander' },
      review: defaultReview,
      selection: defaultSelection,
      lumpSumBudget: true,
    },
  },
  shenyang_key_technology: {
    id: 'shenyang_key_technology',
    label: '沈阳企业关键技术：按实际合同成交额（≥100 万元）30% 后补助需求企业，最高 100 万元',
    source: '《沈阳市重点技术攻关项目“揭榜制”实施细则》',
    policy: {
      eligibility: { ...openEligibility },
      funding: { kind: 'post_completion_subsidy', rateBp: 3000, capFen: yuan(1_000_000), minimumBaseFen: yuan(1_000_000), fixedAmountFen: null, recipient: 'demander' },
      review: defaultReview,
      selection: defaultSelection,
      lumpSumBudget: true,
    },
  },
  miit_style: {
    id: 'miit_style',
    label: '工信部式：联合体 1+4，每单位 ≤3 项，入围 ≤5，优胜 ≤3，往届优胜不得申报',
    source: '工信厅科函〔2021〕231号；工信厅科函〔2023〕235号',
    policy: {
      eligibility: { ...openEligibility, maxBidsPerOrganisation: 3, excludePreviousWinners: true, allowForeignOrganisations: false },
      funding: { kind: 'fixed_reward', rateBp: 0, capFen: null, minimumBaseFen: null, fixedAmountFen: yuan(5_000_000), recipient: 'bidder_lead_org' },
      review: defaultReview,
      selection: { maxShortlisted: 5, maxWinners: 3, noticePeriodDays: 5 },
      lumpSumBudget: true,
    },
  },
  enterprise_bounty: {
    id: 'enterprise_bounty',
    label: '企业悬赏：需求企业出资悬赏，验收后兑现',
    source: '国家电网、陕钢集团等企业实践',
    policy: {
      eligibility: { ...openEligibility },
      funding: { kind: 'fixed_reward', rateBp: 0, capFen: null, minimumBaseFen: null, fixedAmountFen: yuan(2_000_000), recipient: 'bidder_lead_org' },
      review: defaultReview,
      selection: defaultSelection,
      lumpSumBudget: true,
    },
  },
};
