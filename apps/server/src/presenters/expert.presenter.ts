import { expertProfileActions, managesExpertPool, type Caller, type ExpertPanelRole, type ExpertProfileStatus, type ExpertTier } from '@jiebang/domain';
import type { DbOrTx } from '../context.ts';
import { expertRepository, type ExpertRelationRow, type ExpertRow } from '../repositories/expert.repository.ts';
import { drawingPoolsOf, drawTenantIdsFor } from '../use-cases/expert/expert-pools.ts';

export const expertSubject = (row: Pick<ExpertRow, 'user_id' | 'tenant_id' | 'status'>, drawTenantIds: readonly string[]) => ({
  userId: row.user_id,
  tenantId: row.tenant_id,
  status: row.status as ExpertProfileStatus,
  drawTenantIds,
});

/**
 * PIPL, minimum necessary: an expert's personal data (login name, contact data, declared relations, what they wrote to
 * the pool) is for the expert and the officers who manage the owning pool. An officer who may only draw the expert —
 * of a tenant below, or scoped to one programme — needs what a draw needs, not how to reach the expert or whom they know.
 */
const seesPersonalData = (actor: Caller, row: Pick<ExpertRow, 'user_id' | 'tenant_id'>): boolean => actor?.userId === row.user_id || managesExpertPool(actor, row.tenant_id);

function presentProfile(actor: Caller, row: ExpertRow, drawTenantIds: readonly string[], currentLoad: number) {
  const personal = seesPersonalData(actor, row);
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
    applicationNote: personal ? row.application_note : '',
    rejectionReason: personal ? row.rejection_reason : null,
    tenantId: row.tenant_id,
    version: row.version,
    actions: expertProfileActions(actor, expertSubject(row, drawTenantIds)),
  };
}

/** A page of profiles, with loads and grants fetched for the whole page at once; `pools` are the actor's drawing pools when already read. */
export async function presentExperts(db: DbOrTx, actor: Caller, rows: readonly ExpertRow[], pools?: ReadonlyMap<string, readonly string[]>) {
  const ids = rows.map((row) => row.user_id);
  const [draws, loads, drawing] = await Promise.all([expertRepository.drawTenantIds(db, ids), expertRepository.currentLoads(db, ids), pools ?? drawingPoolsOf(db, actor)]);
  return rows.map((row) => presentProfile(actor, row, drawTenantIdsFor(row, draws.get(row.user_id) ?? [], drawing), loads.get(row.user_id) ?? 0));
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

/** One profile (the caller was authorised to view it), with contact data and declared relations for those who may see them. */
export async function presentExpertDetail(db: DbOrTx, actor: Caller, row: ExpertRow) {
  const personal = seesPersonalData(actor, row);
  const [[view], relations] = await Promise.all([presentExperts(db, actor, [row]), personal ? expertRepository.relationsOf(db, row.user_id) : Promise.resolve(null)]);
  if (!personal || !relations) return { ...view!, personalData: false, username: null, phone: null, email: null, relations: null };
  return { ...view!, personalData: true, username: row.username, phone: row.phone, email: row.email, relations: relations.map(presentRelation) };
}
