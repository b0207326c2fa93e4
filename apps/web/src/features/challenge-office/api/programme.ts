import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ChallengeGroup, FundingPreview, Need, Programme } from '../types';

const enc = encodeURIComponent;

export const useProgramme = (id: string) =>
  useQuery({ queryKey: ['challenge-office', 'programme', id], queryFn: ({ signal }) => api.get<Programme>(`/api/programmes/${enc(id)}`, { signal }) });

/** Needs admitted to the pool (入库): what a challenge is built from. */
export const usePooledNeeds = (programmeId: string) =>
  useQuery({
    queryKey: ['challenge-office', 'programme', programmeId, 'pooled-needs'],
    queryFn: ({ signal }) => api.get<{ items: Need[] }>(`/api/programmes/${enc(programmeId)}/needs`, { query: { status: 'pooled' }, signal }),
  });

export const useChallengeGroups = (programmeId: string) =>
  useQuery({
    queryKey: ['challenge-office', 'programme', programmeId, 'groups'],
    queryFn: ({ signal }) => api.get<{ items: ChallengeGroup[] }>(`/api/programmes/${enc(programmeId)}/challenge-groups`, { signal }),
  });

/** What the programme's scheme pays for a base, computed by the server (never here). */
export const useFundingPreview = (programmeId: string, baseFen: number | null) =>
  useQuery({
    queryKey: ['challenge-office', 'programme', programmeId, 'funding-preview', baseFen],
    queryFn: ({ signal }) => api.post<FundingPreview>(`/api/programmes/${enc(programmeId)}/funding-preview`, { baseFen }, { signal }),
    enabled: baseFen !== null && baseFen > 0,
    placeholderData: keepPreviousData,
  });
