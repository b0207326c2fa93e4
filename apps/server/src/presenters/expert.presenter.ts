import { expertProfileActions, type Caller, type ExpertPanelRole, type ExpertProfileStatus, type ExpertTier } from '@jiebang/domain';
import type { DbOrTx } from '../context.ts';
import { expertRepository, type ExpertRelationRow, type ExpertRow } from '../repositories/expert.repository.ts';

export const expertSubject = (row: Pick<ExpertRow, 'user_id' | 'tenant_id' | 'status'>, drawTenantIds: readonly string[]) => ({
  userId: row.user_id,
  tenantId: row.tenant_id,
  status: row.status as ExpertProfileStatus,
  drawTenantIds,
});

function presentProfile(actor: Caller, row: ExpertRow, drawTenantIds: readonly string[], currentLoad: number) {
  return {
    userId: row.user_id,
    displayName: row.display_name,
    status: row.status as ExpertProfileStatus,
    panelRole: row.panel_role as ExpertPanelRole,
    tier: row.tier as ExpertTier,
    fieldCodes: row.field_codes,
    expertise: row.expertise,
    professionalTitle: row.professional_title,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    regionCode: row.region_code,
    loadCap: row.load_cap,
    currentLoad,
    rating: row.rating,
    unavailable: row.unavailable,
    applicationNote: row.application_note,
    rejectionReason: row.rejection_reason,
    tenantId: row.tenant_id,
    version: row.version,
    actions: expertProfileActions(actor, expertSubject(row, drawTenantIds)),
  };
}

/** A page of profiles, with loads and grants fetched for the whole page at once. */
export async function presentExperts(db: DbOrTx, actor: Caller, rows: readonly ExpertRow[]) {
  const ids = rows.map((row) => row.user_id);
  const [draws, loads] = await Promise.all([expertRepository.drawTenantIds(db, ids), expertRepository.currentLoads(db, ids)]);
  return rows.map((row) => presentProfile(actor, row, draws.get(row.user_id) ?? [], loads.get(row.user_id) ?? 0));
}

export const presentRelation = (row: ExpertRelationRow) => ({
  id: row.id,
  kind: row.kind as 'relative' | 'collaboration' | 'mentorship' | 'other',
  personName: row.person_name,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  year: row.year,
  note: row.note,
  createdAt: row.created_at.toISOString(),
});

/** One profile with contact data and declared relations (the caller was authorised to view it). */
export async function presentExpertDetail(db: DbOrTx, actor: Caller, row: ExpertRow) {
  const [[view], relations] = await Promise.all([presentExperts(db, actor, [row]), expertRepository.relationsOf(db, row.user_id)]);
  return { ...view!, username: row.username, phone: row.phone, email: row.email, relations: relations.map(presentRelation) };
}
