import { defineLifecycle } from '../shared/lifecycle.ts';
import { ruleViolation } from '../shared/domain-error.ts';

export const NEED_CATEGORIES = [
  /** 关键核心技术 (卡脖子) */
  'key_core_technology',
  /** 产业共性技术 */
  'industry_common_technology',
  /** 成果转化 */
  'results_transformation',
] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

export const NEED_STATUSES = ['draft', 'submitted', 'screening', 'vetting', 'pooled', 'returned', 'rejected', 'merged'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_EVENTS = ['submit', 'start_screening', 'start_vetting', 'pool', 'return', 'reject', 'merge'] as const;
export type NeedEvent = (typeof NEED_EVENTS)[number];

/** 需求征集: demander submits → agency screens (形式审查) → experts vet (论证) → pooled into the 需求库. */
export const needLifecycle = defineLifecycle<NeedStatus, NeedEvent>('need', NEED_EVENTS, {
  draft: { submit: 'submitted' },
  submitted: { start_screening: 'screening', return: 'returned', reject: 'rejected' },
  screening: { start_vetting: 'vetting', return: 'returned', reject: 'rejected', merge: 'merged' },
  vetting: { pool: 'pooled', return: 'returned', reject: 'rejected', merge: 'merged' },
  returned: { submit: 'submitted' },
  pooled: { merge: 'merged' },
  rejected: {},
  merged: {},
});

/**
 * The mechanism's boundary (seed paper): 揭榜挂帅 suits applied problems with measurable results; a need that
 * is really basic research is flagged and routed to other funding, never pooled or published.
 */
export function assertNeedPoolable(need: { isBasicResearch: boolean }): void {
  if (need.isBasicResearch) {
    throw ruleViolation('need.basic_research_boundary', 'A basic-research need lies outside 揭榜挂帅: route it to basic-research funding instead of pooling it');
  }
}

/** A need can only be merged into a different need that is still alive in the pool. */
export function assertMergeTarget(need: { id: string }, target: { id: string; status: NeedStatus }): void {
  if (need.id === target.id) throw ruleViolation('need.merge_into_self', 'A need cannot be merged into itself');
  if (!['screening', 'vetting', 'pooled'].includes(target.status)) {
    throw ruleViolation('need.merge_target_not_open', `Merge target is ${target.status}; it must be in screening, vetting or pooled`);
  }
}
