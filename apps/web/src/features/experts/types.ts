import type { CreateExpertBody, DeclareRelationBody, ExpertFieldView, ExpertHistoryEntry, ExpertImportResult, ExpertProfileDetail, ExpertProfileView, ExpertRegistrationView, ExpertRelationView, RegisterExpertBody, TenantListItem, UpdateExpertBody } from '@jiebang/contracts';
import type { z } from 'zod';

export type Expert = z.infer<typeof ExpertProfileView>;
export type ExpertDetail = z.infer<typeof ExpertProfileDetail>;
export type ExpertStatus = Expert['status'];
export type ExpertRole = Expert['panelRole'];
export type ExpertTier = Expert['tier'];
export type ExpertRelation = z.infer<typeof ExpertRelationView>;
export type HistoryEntry = z.infer<typeof ExpertHistoryEntry>;
export type ImportResult = z.infer<typeof ExpertImportResult>;
export type ImportError = ImportResult['errors'][number];
export type ExpertField = z.infer<typeof ExpertFieldView>;
export type CreateExpertInput = z.input<typeof CreateExpertBody>;
export type UpdateExpertInput = z.input<typeof UpdateExpertBody>;
export type RegisterExpertInput = z.input<typeof RegisterExpertBody>;
export type Registration = z.infer<typeof ExpertRegistrationView>;
export type DeclareRelationInput = z.input<typeof DeclareRelationBody>;
export type Tenant = z.infer<typeof TenantListItem>;
export type UnavailableWindow = Expert['unavailable'][number];

export const EXPERT_ROLES: readonly ExpertRole[] = ['technical', 'industry', 'finance', 'legal'];
export const EXPERT_TIERS: readonly ExpertTier[] = ['general', 'major'];
export const EXPERT_STATUSES: readonly ExpertStatus[] = ['pending', 'active', 'suspended', 'rejected'];
export const RELATION_KINDS: readonly ExpertRelation['kind'][] = ['relative', 'collaboration', 'mentorship', 'other'];

export interface ExpertFilter {
  q?: string;
  panelRole?: ExpertRole;
  tier?: ExpertTier;
  status?: ExpertStatus;
  fieldCode?: string;
  regionCode?: string;
  page: number;
  pageSize: number;
}
