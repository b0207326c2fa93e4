import { DomainError, EXPERT_SELF_SERVICE_FIELDS, invalidField } from '@jiebang/domain';
import type { RowPatch } from '@jiebang/db';
import { inTransaction } from '../../infra/transaction.ts';
import { expertRepository, type ExpertRow } from '../../repositories/expert.repository.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadExpertFor, updateProfileVersioned } from './expert-profile-store.ts';

export interface UpdateExpertInput {
  version?: number | undefined;
  displayName?: string | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  panelRole?: string | undefined;
  tier?: string | undefined;
  fieldCodes?: string[] | undefined;
  expertise?: string | undefined;
  professionalTitle?: string | undefined;
  organisationId?: string | null | undefined;
  organisationName?: string | undefined;
  regionCode?: string | null | undefined;
  loadCap?: number | undefined;
  rating?: number | undefined;
  unavailable?: { from: string; to: string }[] | undefined;
}

type Field = Exclude<keyof UpdateExpertInput, 'version'>;

/** Where each field lives: the account (name, contact) or the profile row. */
const USER_COLUMNS = { displayName: 'display_name', phone: 'phone', email: 'email' } as const;
const PROFILE_COLUMNS = {
  panelRole: 'panel_role',
  tier: 'tier',
  fieldCodes: 'field_codes',
  expertise: 'expertise',
  professionalTitle: 'professional_title',
  organisationId: 'organisation_id',
  organisationName: 'organisation_name',
  regionCode: 'region_code',
  loadCap: 'load_cap',
  rating: 'rating',
  unavailable: 'unavailable',
} as const;
const JSON_COLUMNS = new Set(['field_codes', 'unavailable']);

const currentValue = (row: ExpertRow, field: Field): unknown => {
  const column = field in USER_COLUMNS ? USER_COLUMNS[field as keyof typeof USER_COLUMNS] : PROFILE_COLUMNS[field as keyof typeof PROFILE_COLUMNS];
  return row[column];
};

/**
 * Edits a profile. The pool's officers may change every field; the expert (`own`) only the self-service ones
 * (fields, research direction, title, availability, phone): tier, rating, load cap and role are the office's
 * judgement. The audit event records each changed field with its value before and after, for the edit history.
 */
export async function updateExpertProfile(ctx: UseCaseContext, userId: string, input: UpdateExpertInput, as: 'office' | 'own'): Promise<void> {
  requireActor(ctx);
  const given = (Object.keys(input) as (keyof UpdateExpertInput)[]).filter((key): key is Field => key !== 'version' && input[key] !== undefined);
  if (as === 'own') {
    const refused = given.filter((field) => !(EXPERT_SELF_SERVICE_FIELDS as readonly string[]).includes(field));
    if (refused.length) throw new DomainError('FORBIDDEN', `Only the programme office may change ${refused.join(', ')}`, { rule: 'expert_profile.edit', fields: refused });
  }
  await inTransaction(ctx.deps, async (trx) => {
    const { row } = await loadExpertFor(trx, ctx, userId, as === 'office' ? 'edit' : 'edit_own', true);
    const next: UpdateExpertInput = { ...input };
    if (next.organisationId && next.organisationId !== row.organisation_id) {
      const organisation = await expertRepository.organisation(trx, next.organisationId);
      if (!organisation) throw invalidField('body.organisationId', 'is not a registered organisation');
      next.organisationName ??= organisation.name;
      if (!given.includes('organisationName')) given.push('organisationName');
    }
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of given) {
      const from = currentValue(row, field);
      const to = next[field];
      if (JSON.stringify(from) !== JSON.stringify(to)) changed[field] = { from, to };
    }
    const expectedVersion = input.version ?? row.version;
    if (!Object.keys(changed).length) {
      if (expectedVersion !== row.version) await updateProfileVersioned(trx, userId, expectedVersion, {});
      return;
    }
    const userPatch: Record<string, unknown> = {};
    const profilePatch: Record<string, unknown> = { updated_at: ctx.deps.now() };
    for (const field of Object.keys(changed) as Field[]) {
      if (field in USER_COLUMNS) userPatch[USER_COLUMNS[field as keyof typeof USER_COLUMNS]] = next[field];
      else {
        const column = PROFILE_COLUMNS[field as keyof typeof PROFILE_COLUMNS];
        profilePatch[column] = JSON_COLUMNS.has(column) ? JSON.stringify(next[field]) : next[field];
      }
    }
    await updateProfileVersioned(trx, userId, expectedVersion, profilePatch as RowPatch<'expert_profile'>);
    if (Object.keys(userPatch).length) await trx.updateTable('app_user').set(userPatch as RowPatch<'app_user'>).where('id', '=', userId).execute();
    await audit(trx, ctx, { tenantId: row.tenant_id, type: 'expert_profile.updated', aggregateType: 'expert_profile', aggregateId: userId, payload: { changed, by: as } });
  });
}
