import type { AllocationMode } from '../challenge/challenge-lifecycle.ts';
import { regionWithin } from '../organisation/organisation.ts';
import type { EligibilityPolicy } from '../programme/policy.ts';

export interface EligibilityOrganisation {
  id: string;
  name: string;
  countryCode: string;
  regionCode: string | null;
  isLegalEntity: boolean;
}

export interface ActiveIntegrityRecord {
  organisationId: string | null;
  userId: string | null;
  severity: 'negligence' | 'misconduct';
  summary: string;
}

/** Everything the 形式审查 needs, gathered by the use case; the judgement itself is pure. */
export interface EligibilityFacts {
  policy: EligibilityPolicy;
  allocationMode: AllocationMode;
  designatedOrgId: string | null;
  lead: EligibilityOrganisation;
  members: readonly EligibilityOrganisation[];
  piUserId: string;
  piCommitmentSigned: boolean;
  budgetShareTotalBp: number;
  /** Bids the lead organisation has submitted in this programme, this one excluded. */
  otherBidsOfLeadInProgramme: number;
  /** Organisations that already won in this programme. */
  previousWinnerOrgIds: ReadonlySet<string>;
  /** Integrity records in force for the lead, the members or the PI. */
  integrityRecords: readonly ActiveIntegrityRecord[];
}

export const ELIGIBILITY_RULES = [
  'allocation_mode',
  'legal_entity',
  'region',
  'foreign_organisation',
  'consortium_size',
  'budget_split',
  'bid_cap',
  'repeat_winner',
  'integrity_record',
  'pi_commitment',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export interface EligibilityCheck {
  rule: EligibilityRule;
  passed: boolean;
  message: string;
}

export interface EligibilityReport {
  eligible: boolean;
  checks: EligibilityCheck[];
}

/**
 * 形式审查 against the programme's policy. Every rule is evaluated (not stopping at the first failure) so the
 * officer and the bidder see the whole picture. Note: no age, title or "五唯" criteria exist here on purpose.
 */
export function checkEligibility(facts: EligibilityFacts): EligibilityReport {
  const { policy } = facts;
  const everyone = [facts.lead, ...facts.members];
  const checks: EligibilityCheck[] = [];
  const check = (rule: EligibilityRule, passed: boolean, ok: string, failed: string) =>
    checks.push({ rule, passed, message: passed ? ok : failed });

  const designatedOk = facts.allocationMode !== 'direct_assignment' || facts.designatedOrgId === facts.lead.id;
  check('allocation_mode', designatedOk, '揭榜方式符合要求', '本榜单为指派制/定向委托，仅指定单位可以揭榜');

  const notLegal = everyone.filter((org) => !org.isLegalEntity);
  check('legal_entity', !policy.requireLegalEntity || notLegal.length === 0, '均为独立法人', `非独立法人：${notLegal.map((o) => o.name).join('、')}`);

  const domesticLead = facts.lead.countryCode === 'CN';
  const inRegion =
    policy.regionScope.length === 0 ||
    (domesticLead && facts.lead.regionCode !== null && policy.regionScope.some((scope) => regionWithin(facts.lead.regionCode ?? '', scope)));
  check('region', inRegion, '注册地符合要求', `牵头单位注册地不在本计划范围（${policy.regionScope.join('、')}）`);

  const foreign = everyone.filter((org) => org.countryCode !== 'CN');
  check('foreign_organisation', policy.allowForeignOrganisations || foreign.length === 0, '境外单位参与符合要求', `本计划不接受境外单位：${foreign.map((o) => o.name).join('、')}`);

  check('consortium_size', facts.members.length <= policy.maxConsortiumMembers, '联合体规模符合要求', `联合体成员 ${facts.members.length} 家，超过上限 ${policy.maxConsortiumMembers} 家`);

  check('budget_split', facts.budgetShareTotalBp === 10_000, '任务与经费分工完整', `联合体经费分配合计 ${facts.budgetShareTotalBp / 100}%，应为 100%`);

  const withinCap = policy.maxBidsPerOrganisation === null || facts.otherBidsOfLeadInProgramme < policy.maxBidsPerOrganisation;
  check('bid_cap', withinCap, '申报数量符合要求', `牵头单位在本计划已申报 ${facts.otherBidsOfLeadInProgramme} 项，达到上限 ${policy.maxBidsPerOrganisation ?? ''} 项`);

  const repeatWinner = policy.excludePreviousWinners && facts.previousWinnerOrgIds.has(facts.lead.id);
  check('repeat_winner', !repeatWinner, '非往届优胜单位', '牵头单位已是本计划往届揭榜优胜单位，不得重复申报');

  check('integrity_record', facts.integrityRecords.length === 0, '无在效失信记录', `存在在效诚信记录：${facts.integrityRecords.map((r) => r.summary).join('；')}`);

  check('pi_commitment', facts.piCommitmentSigned, '揭榜挂帅人已签署承诺书', '揭榜挂帅人未签署承诺书（军令状）');

  return { eligible: checks.every((c) => c.passed), checks };
}
