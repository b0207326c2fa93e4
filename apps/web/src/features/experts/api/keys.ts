import type { ExpertFilter } from '../types';

export const enc = encodeURIComponent;

export const expertKeys = {
  all: ['experts'] as const,
  list: (filter: ExpertFilter) => ['experts', 'list', filter] as const,
  detail: (userId: string) => ['experts', 'detail', userId] as const,
  history: (userId: string) => ['experts', 'history', userId] as const,
  me: ['experts', 'me'] as const,
  relations: ['experts', 'me', 'relations'] as const,
  fields: ['experts', 'fields'] as const,
  tenants: ['tenants'] as const,
};
