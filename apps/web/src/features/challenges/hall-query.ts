import type { HallQuery, HallSort, PublicStatus, SortOrder } from './types';
import { PUBLIC_STATUSES } from './types';

/**
 * The hall's filters live in the URL (shareable, back-button friendly). Amounts are kept in fen and dates as
 * YYYY-MM-DD so that a link means the same in every language.
 */
export interface HallFilters {
  q: string;
  field: string;
  region: string;
  status: PublicStatus | '';
  minBudgetFen: number | null;
  maxBudgetFen: number | null;
  deadlineBefore: string;
  sort: HallSort;
  order: SortOrder;
  page: number;
  pageSize: number;
}

export const SORT_OPTIONS = [
  { key: 'published-desc', sort: 'published', order: 'desc' },
  { key: 'deadline-asc', sort: 'deadline', order: 'asc' },
  { key: 'budget-desc', sort: 'budget', order: 'desc' },
  { key: 'budget-asc', sort: 'budget', order: 'asc' },
] as const satisfies readonly { key: string; sort: HallSort; order: SortOrder }[];
export type SortKey = (typeof SORT_OPTIONS)[number]['key'];

export const DEFAULT_PAGE_SIZE = 12;

const int = (value: string | null): number | null => {
  if (value === null || !/^\d+$/.test(value)) return null;
  const parsed = Number(value);
  return Number.isSafeInteger(parsed) ? parsed : null;
};

export function filtersFromParams(params: URLSearchParams): HallFilters {
  const status = params.get('status') ?? '';
  const sort = SORT_OPTIONS.find((option) => option.key === params.get('sort')) ?? SORT_OPTIONS[0];
  const date = params.get('deadlineBefore') ?? '';
  return {
    q: params.get('q') ?? '',
    field: params.get('field') ?? '',
    region: /^\d{2,6}$/.test(params.get('region') ?? '') ? (params.get('region') ?? '') : '',
    status: (PUBLIC_STATUSES as readonly string[]).includes(status) ? (status as PublicStatus) : '',
    minBudgetFen: int(params.get('minBudgetFen')),
    maxBudgetFen: int(params.get('maxBudgetFen')),
    deadlineBefore: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '',
    sort: sort.sort,
    order: sort.order,
    page: Math.max(1, int(params.get('page')) ?? 1),
    pageSize: Math.min(100, Math.max(1, int(params.get('pageSize')) ?? DEFAULT_PAGE_SIZE)),
  };
}

export const sortKeyOf = (filters: Pick<HallFilters, 'sort' | 'order'>): SortKey =>
  (SORT_OPTIONS.find((option) => option.sort === filters.sort && option.order === filters.order) ?? SORT_OPTIONS[0]).key;

/** Only what differs from the defaults goes into the URL. */
export function paramsFromFilters(filters: HallFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.field) params.set('field', filters.field);
  if (filters.region) params.set('region', filters.region);
  if (filters.status) params.set('status', filters.status);
  if (filters.minBudgetFen !== null) params.set('minBudgetFen', String(filters.minBudgetFen));
  if (filters.maxBudgetFen !== null) params.set('maxBudgetFen', String(filters.maxBudgetFen));
  if (filters.deadlineBefore) params.set('deadlineBefore', filters.deadlineBefore);
  const sortKey = sortKeyOf(filters);
  if (sortKey !== SORT_OPTIONS[0].key) params.set('sort', sortKey);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(filters.pageSize));
  return params;
}

export const hasActiveFilters = (filters: HallFilters): boolean =>
  Boolean(filters.q || filters.field || filters.region || filters.status || filters.minBudgetFen !== null || filters.maxBudgetFen !== null || filters.deadlineBefore);

/** The API query for these filters; `deadlineEnd` turns the chosen day into the instant the API compares with. */
export function hallQueryOf(filters: HallFilters, deadlineEnd: (day: string) => string): HallQuery {
  return {
    q: filters.q || undefined,
    field: filters.field || undefined,
    regionCode: filters.region || undefined,
    status: filters.status || undefined,
    minBudgetFen: filters.minBudgetFen ?? undefined,
    maxBudgetFen: filters.maxBudgetFen ?? undefined,
    deadlineBefore: filters.deadlineBefore ? deadlineEnd(filters.deadlineBefore) : undefined,
    sort: filters.sort,
    order: filters.order,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}
