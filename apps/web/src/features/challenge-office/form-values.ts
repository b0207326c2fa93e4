import type { Dayjs } from 'dayjs';
import type { IndicatorDraft } from '@/components/indicators-editor';
import { endOfDisplayDay, inDisplayZone } from '@/lib/dates';
import { fenToWan, wanToFen } from '@/lib/money-input';
import type { AllocationMode, Challenge, Need, UpdateChallengeInput } from './types';

/** The builder's fields: money as 万元 text, the deadline as a calendar day, confidentiality split into a switch and a note. */
export interface ChallengeFormValues {
  needIds: string[];
  groupId: string | null;
  title: string;
  field: string;
  industrialChain: string;
  problemStatement: string;
  applicationScenario: string;
  indicators: IndicatorDraft[];
  deliverables: string[];
  durationMonths: number | null;
  budgetWan: string | null;
  coFundingWan: string | null;
  bidDeadline: Dayjs | null;
  allocationMode: AllocationMode;
  designatedOrgId: string | null;
  maxWinners: number;
  ipTerms: string;
  isPublic: boolean;
  confidentialityNote: string;
  contact: string;
}

/** The challenge's own fields as the API takes them (create and edit share them). */
export type ChallengeFields = Required<Omit<UpdateChallengeInput, 'version'>>;

type Indicator = Challenge['indicators'][number];
const toDraft = (indicator: Indicator): IndicatorDraft => ({
  key: indicator.key,
  name: indicator.name,
  unit: indicator.unit ?? '',
  baseline: indicator.baseline ?? null,
  target: indicator.target,
  threshold: indicator.threshold ?? null,
  weightBp: indicator.weightBp,
  direction: indicator.direction ?? 'higher_is_better',
  testMethod: indicator.testMethod,
});

export const emptyFormValues = (): ChallengeFormValues => ({
  needIds: [],
  groupId: null,
  title: '',
  field: '',
  industrialChain: '',
  problemStatement: '',
  applicationScenario: '',
  indicators: [],
  deliverables: [''],
  durationMonths: 24,
  budgetWan: null,
  coFundingWan: '0',
  bidDeadline: null,
  allocationMode: 'open_challenge',
  designatedOrgId: null,
  maxWinners: 1,
  ipTerms: '',
  isPublic: true,
  confidentialityNote: '',
  contact: '',
});

export const challengeFormValues = (challenge: Challenge): ChallengeFormValues => ({
  needIds: challenge.needIds,
  groupId: challenge.group?.id ?? null,
  title: challenge.title,
  field: challenge.field,
  industrialChain: challenge.industrialChain,
  problemStatement: challenge.problemStatement,
  applicationScenario: challenge.applicationScenario,
  indicators: challenge.indicators.map(toDraft),
  deliverables: challenge.deliverables.length ? challenge.deliverables : [''],
  durationMonths: challenge.durationMonths,
  budgetWan: fenToWan(challenge.budgetFen),
  coFundingWan: fenToWan(challenge.coFundingFen),
  bidDeadline: challenge.bidDeadline ? inDisplayZone(challenge.bidDeadline) : null,
  allocationMode: challenge.allocationMode,
  designatedOrgId: challenge.designatedOrg?.id ?? null,
  maxWinners: challenge.maxWinners,
  ipTerms: challenge.ipTerms,
  isPublic: challenge.confidentiality === 'public',
  confidentialityNote: challenge.confidentiality === 'public' ? '' : challenge.confidentiality,
  contact: challenge.contact,
});

/** What a pooled need brings to a new challenge: its words, its indicators and the demander's co-funding. */
export const needPrefill = (need: Need): Partial<ChallengeFormValues> => ({
  title: need.title,
  field: need.field,
  industrialChain: need.industrialChain,
  problemStatement: need.problemStatement,
  applicationScenario: need.applicationScenario,
  indicators: need.indicators.map(toDraft),
  coFundingWan: fenToWan(need.coFundingFen),
});

/** Money fields whose text is not an amount, by form field name; empty when both parse. */
export function moneyIssues(values: Pick<ChallengeFormValues, 'budgetWan' | 'coFundingWan'>): ('budgetWan' | 'coFundingWan')[] {
  return (['budgetWan', 'coFundingWan'] as const).filter((name) => wanToFen(values[name], { blank: 0 }) === null);
}

/**
 * The form → the API's fields: 万元 → integer fen, the chosen day → the end of that day in Beijing time, an
 * indicator's blank target left for the server to name. Call after `moneyIssues` is empty.
 */
export function toChallengeFields(values: ChallengeFormValues): ChallengeFields {
  return {
    title: values.title.trim(),
    field: values.field.trim(),
    industrialChain: (values.industrialChain ?? '').trim(),
    problemStatement: values.problemStatement.trim(),
    applicationScenario: (values.applicationScenario ?? '').trim(),
    indicators: values.indicators.map((row) => ({ ...row, target: row.target as number })),
    deliverables: values.deliverables.map((item) => (item ?? '').trim()).filter(Boolean),
    durationMonths: values.durationMonths as number,
    budgetFen: wanToFen(values.budgetWan, { blank: 0 }) ?? 0,
    coFundingFen: wanToFen(values.coFundingWan, { blank: 0 }) ?? 0,
    allocationMode: values.allocationMode,
    designatedOrgId: values.allocationMode === 'direct_assignment' ? values.designatedOrgId : null,
    bidDeadline: values.bidDeadline ? endOfDisplayDay(values.bidDeadline) : null,
    ipTerms: (values.ipTerms ?? '').trim(),
    confidentiality: values.isPublic ? 'public' : (values.confidentialityNote ?? '').trim(),
    contact: (values.contact ?? '').trim(),
    maxWinners: values.allocationMode === 'open_challenge' ? values.maxWinners : 1,
  };
}

/** Server field paths the form shows under another name (money in 万元, confidentiality as its note). */
const FORM_FIELD: Record<string, string> = { budgetFen: 'budgetWan', coFundingFen: 'coFundingWan', confidentiality: 'confidentialityNote' };

/** A 400 issue's path → the antd field name: 'deliverables.1' → ['deliverables', 1], 'budgetFen' → ['budgetWan']. */
export function formFieldName(path: string): (string | number)[] {
  const [head = '', ...rest] = path.split('.');
  return [FORM_FIELD[head] ?? head, ...rest.map((part) => (/^\d+$/.test(part) ? Number(part) : part))];
}

/** A deadline is chosen as a calendar day; days already over in Beijing are not offered. */
export const isPastDay = (day: Dayjs): boolean => day.format('YYYY-MM-DD') < inDisplayZone(new Date()).format('YYYY-MM-DD');
