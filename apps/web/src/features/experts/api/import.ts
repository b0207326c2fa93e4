import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadFile } from '@/lib/upload';
import type { ImportResult } from '../types';
import { expertKeys } from './keys';

export const IMPORT_TEMPLATE_URL = '/api/experts/import-template';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads the roster: a dry run only checks it, a commit saves all rows or none. */
export function useImportExperts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => uploadFile<ImportResult>('/api/experts/import', file.type ? file : new Blob([file], { type: XLSX_TYPE }), { query: { dryRun } }),
    onSuccess: (result) => (result.created > 0 ? queryClient.invalidateQueries({ queryKey: expertKeys.all }) : undefined),
  });
}
