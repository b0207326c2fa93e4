import type { AppDeps } from '@jiebang/server';
import { createUser } from './factories.ts';

export interface ExpertProfileInput {
  userId: string;
  /** The pool that owns the profile (its officers manage it). */
  tenantId: string;
  status?: 'pending' | 'active' | 'suspended' | 'rejected';
  panelRole?: 'technical' | 'industry' | 'finance' | 'legal';
  tier?: 'general' | 'major';
  fieldCodes?: string[];
  expertise?: string;
  professionalTitle?: string;
  organisationId?: string | null;
  organisationName?: string;
  regionCode?: string | null;
  loadCap?: number;
  rating?: number;
  unavailable?: { from: string; to: string }[];
}

/** An expert profile (专家库 entry) inserted directly, for a user a test created with `createUser`. */
export async function createExpertProfile(deps: AppDeps, input: ExpertProfileInput): Promise<void> {
  await deps.db
    .insertInto('expert_profile')
    .values({
      user_id: input.userId,
      tenant_id: input.tenantId,
      status: input.status ?? 'active',
      panel_role: input.panelRole ?? 'technical',
      tier: input.tier ?? 'general',
      field_codes: JSON.stringify(input.fieldCodes ?? ['C36']),
      expertise: input.expertise ?? '',
      professional_title: input.professionalTitle ?? '',
      organisation_id: input.organisationId ?? null,
      organisation_name: input.organisationName ?? '',
      region_code: input.regionCode ?? null,
      load_cap: input.loadCap ?? 5,
      rating: input.rating ?? 80,
      unavailable: JSON.stringify(input.unavailable ?? []),
      created_at: deps.now(),
      updated_at: deps.now(),
    })
    .execute();
}

/**
 * A pool expert in one go: an account in `accountTenantId` with the expert_reviewer grant, and an active profile
 * (as given) in the pool of `tenantId` (the account's tenant unless said). Returns the user id.
 */
export async function createPoolExpert(deps: AppDeps, input: Omit<ExpertProfileInput, 'userId'> & { accountTenantId?: string; username: string; displayName: string }): Promise<string> {
  const { accountTenantId, username, displayName, ...profile } = input;
  const userId = await createUser(deps, { tenantId: accountTenantId ?? profile.tenantId, username, displayName, grants: [{ role: 'expert_reviewer' }] });
  await createExpertProfile(deps, { ...profile, userId });
  return userId;
}
