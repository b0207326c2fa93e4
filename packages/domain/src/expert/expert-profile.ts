import { REGION_CODE_PATTERN } from '../organisation/organisation.ts';
import type { FieldIssue } from '../shared/domain-error.ts';
import { defineLifecycle } from '../shared/lifecycle.ts';
import { isExpertFieldCode } from './field-catalogue.ts';

/**
 * 专家库 entry. A self-registered expert waits for the programme office (pending → active, or rejected); the office
 * may take an active expert out of new draws for a while (suspended) and bring them back.
 */
export const EXPERT_PROFILE_STATUSES = ['pending', 'active', 'suspended', 'rejected'] as const;
export type ExpertProfileStatus = (typeof EXPERT_PROFILE_STATUSES)[number];
export const EXPERT_PROFILE_EVENTS = ['approve', 'reject', 'suspend', 'reactivate'] as const;
export type ExpertProfileEvent = (typeof EXPERT_PROFILE_EVENTS)[number];

export const expertProfileLifecycle = defineLifecycle<ExpertProfileStatus, ExpertProfileEvent>('expert_profile', EXPERT_PROFILE_EVENTS, {
  pending: { approve: 'active', reject: 'rejected' },
  active: { suspend: 'suspended' },
  suspended: { reactivate: 'active' },
  rejected: {},
});

/** The seat an expert takes on a panel (the demander's own representative is not a pool expert). */
export const EXPERT_PANEL_ROLES = ['technical', 'industry', 'finance', 'legal'] as const;
export type ExpertPanelRole = (typeof EXPERT_PANEL_ROLES)[number];

/** Relations an expert declares so recusal can see them: near relatives, collaborators, mentors and students. */
export const EXPERT_RELATION_KINDS = ['relative', 'collaboration', 'mentorship', 'other'] as const;
export type ExpertRelationKind = (typeof EXPERT_RELATION_KINDS)[number];

export const EXPERT_LOAD_CAP_MAX = 100;
export const EXPERT_RATING_MAX = 100;

/** A window (Beijing calendar dates, both inclusive) when the expert cannot review. */
export interface UnavailableWindow {
  from: string;
  to: string;
}

/** The profile fields the pool validates, whoever supplies them (form, import row, registration). */
export interface ExpertProfileDraft {
  panelRole?: string;
  tier?: string;
  fieldCodes?: readonly string[];
  loadCap?: number;
  rating?: number;
  regionCode?: string | null;
  unavailable?: readonly UnavailableWindow[];
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isIntegerIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** Every problem of a draft, each naming its field (`fieldCodes.1`, `unavailable.0.to`); empty when it is sound. */
export function expertProfileIssues(draft: ExpertProfileDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (draft.panelRole !== undefined && !(EXPERT_PANEL_ROLES as readonly string[]).includes(draft.panelRole)) {
    issues.push({ path: 'panelRole', message: `must be one of ${EXPERT_PANEL_ROLES.join(', ')}` });
  }
  if (draft.tier !== undefined && draft.tier !== 'general' && draft.tier !== 'major') issues.push({ path: 'tier', message: 'must be general or major' });
  draft.fieldCodes?.forEach((code, index) => {
    if (!isExpertFieldCode(code)) issues.push({ path: `fieldCodes.${index}`, message: `${code} is not a field code of the catalogue (GB/T 4754-2017 division, e.g. C36)` });
    else if (draft.fieldCodes!.indexOf(code) !== index) issues.push({ path: `fieldCodes.${index}`, message: `${code} is listed twice` });
  });
  if (draft.loadCap !== undefined && !isIntegerIn(draft.loadCap, 0, EXPERT_LOAD_CAP_MAX)) issues.push({ path: 'loadCap', message: `must be a whole number from 0 to ${EXPERT_LOAD_CAP_MAX}` });
  if (draft.rating !== undefined && !isIntegerIn(draft.rating, 0, EXPERT_RATING_MAX)) issues.push({ path: 'rating', message: `must be a whole number from 0 to ${EXPERT_RATING_MAX}` });
  if (draft.regionCode != null && !REGION_CODE_PATTERN.test(draft.regionCode)) issues.push({ path: 'regionCode', message: 'must be a 6-digit GB/T 2260 division code' });
  draft.unavailable?.forEach((window, index) => {
    const fromOk = isCalendarDate(window.from);
    const toOk = isCalendarDate(window.to);
    if (!fromOk) issues.push({ path: `unavailable.${index}.from`, message: 'must be a date YYYY-MM-DD' });
    if (!toOk) issues.push({ path: `unavailable.${index}.to`, message: 'must be a date YYYY-MM-DD' });
    if (fromOk && toOk && window.from > window.to) issues.push({ path: `unavailable.${index}.to`, message: 'must not be before the start of the window' });
  });
  return issues;
}

/** Whether the expert is unavailable on `date` (YYYY-MM-DD, Beijing) by one of their windows. */
export function isUnavailableOn(windows: readonly UnavailableWindow[], date: string): boolean {
  return windows.some((window) => window.from <= date && date <= window.to);
}

/** The fields an expert keeps up to date themself; tier, rating, load cap, role and status are the office's. */
export const EXPERT_SELF_SERVICE_FIELDS = ['fieldCodes', 'expertise', 'professionalTitle', 'unavailable', 'phone'] as const;
export type ExpertSelfServiceField = (typeof EXPERT_SELF_SERVICE_FIELDS)[number];
