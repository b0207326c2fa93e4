import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Dashboard, FundingPreview, PolicyInput, PolicyPreset, Programme, ProgrammePage } from '../types';


const enc = encodeURIComponent;

export const programmeKeys = {
  all: ['office', 'programmes'] as const,
  list: (tenantId: string | undefined, page: number) => ['office', 'programmes', 'list', tenantId ?? '', page] as const,
  detail: (id: string) => ['office', 'programmes', 'detail', id] as const,
  dashboard: (id: string) => ['office', 'programmes', 'dashboard', id] as const,
};

export const useProgrammes = (tenantId: string | undefined, page = 1, enabled = true) =>
  useQuery({
    queryKey: programmeKeys.list(tenantId, page),
    queryFn: ({ signal }) => api.get<ProgrammePage>('/api/programmes', { query: { tenantId, page, pageSize: 20 }, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useProgramme = (id: string) => useQuery({ queryKey: programmeKeys.detail(id), queryFn: ({ signal }) => api.get<Programme>(`/api/programmes/${enc(id)}`, { signal }) });

export const useDashboard = (id: string | undefined) =>
  useQuery({ queryKey: programmeKeys.dashboard(id ?? ''), queryFn: ({ signal }) => api.get<Dashboard>(`/api/programmes/${enc(id ?? '')}/dashboard`, { signal }), enabled: Boolean(id) });

export const usePolicyPresets = () =>
  useQuery({ queryKey: ['office', 'policy-presets'], queryFn: ({ signal }) => api.get<{ items: PolicyPreset[] }>('/api/policy-presets', { signal }), staleTime: Infinity });

/** The server computes the preview from the programme's current scheme; nothing is computed here. */
export const useFundingPreview = (id: string, baseFen: number | null) =>
  useQuery({
    queryKey: ['office', 'programmes', 'funding-preview', id, baseFen],
    queryFn: ({ signal }) => api.post<FundingPreview>(`/api/programmes/${enc(id)}/funding-preview`, { baseFen }, { signal }),
    enabled: baseFen !== null,
    placeholderData: keepPreviousData,
  });

export function useUpdatePolicy(programme: Pick<Programme, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: PolicyInput) => api.put<Programme>(`/api/programmes/${enc(programme.id)}/policy`, { ...policy, version: programme.version }),
    onSuccess: async (view) => {
      queryClient.setQueryData(programmeKeys.detail(view.id), view);
      await queryClient.invalidateQueries({ queryKey: ['office', 'programmes', 'funding-preview', view.id] });
    },
  });
}
