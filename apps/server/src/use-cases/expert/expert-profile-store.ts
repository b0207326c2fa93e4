import { canOnExpertProfile, DomainError, expertProfileLifecycle, invalidField, managedPoolTenantIds, type Actor, type ExpertProfileAction, type ExpertProfileEvent, type ExpertProfileStatus } from '@jiebang/domain';
import type { RowPatch } from '@jiebang/db';
import type { DbOrTx, Tx } from '../../context.ts';
import { expertSubject } from '../../presenters/expert.presenter.ts';
import { expertRepository, type ExpertRow } from '../../repositories/expert.repository.ts';
import { auditTransition, authorise, notFound, type UseCaseContext } from '../use-case-context.ts';
import { drawingPoolsOf, drawTenantIdsFor } from './expert-pools.ts';

/**
 * What the expert use cases share: loading a profile for an action, its versioned update (the profile is keyed by
 * user id, so the generic `updateVersioned` on `id` does not fit), its transitions, and writing a new expert account.
 */

/** Loads a profile and authorises `action`; a caller who may not even view it gets NOT_FOUND (existence does not leak). */
export async function loadExpertFor(db: DbOrTx, ctx: UseCaseContext, userId: string, action: ExpertProfileAction, lock = false) {
  if (lock) await expertRepository.lock(db as Tx, userId);
  const row = await expertRepository.find(db, userId);
  if (!row) throw notFound('expert_profile', userId);
  const [grants, pools] = await Promise.all([expertRepository.drawTenantIds(db, [userId]), drawingPoolsOf(db, ctx.actor)]);
  const subject = expertSubject(row, drawTenantIdsFor(row, grants.get(userId) ?? [], pools));
  if (!canOnExpertProfile(ctx.actor, action, subject)) {
    if (!canOnExpertProfile(ctx.actor, 'view', subject)) throw notFound('expert_profile', userId);
    authorise(false, `expert_profile.${action}`);
  }
  return { row, subject };
}

/** Optimistic concurrency on the profile: update only at `expectedVersion`, bump it, else STALE_VERSION. */
export async function updateProfileVersioned(trx: Tx, userId: string, expectedVersion: number, patch: RowPatch<'expert_profile'>): Promise<number> {
  const result = await trx
    .updateTable('expert_profile')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('user_id', '=', userId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new DomainError('STALE_VERSION', `expert_profile ${userId} was changed by someone else (expected version ${expectedVersion}); reload and try again`, {
      rule: 'expert_profile.stale_version',
      expectedVersion,
    });
  }
  return expectedVersion + 1;
}

/** A lifecycle step on a locked profile: the table decides, the row is updated at the caller's version, audited. */
export async function transitionProfile(
  trx: Tx,
  ctx: UseCaseContext,
  row: ExpertRow,
  event: ExpertProfileEvent,
  options: { expectedVersion?: number | undefined; patch?: RowPatch<'expert_profile'>; auditPayload?: Record<string, unknown> },
): Promise<ExpertProfileStatus> {
  const from = row.status as ExpertProfileStatus;
  const to = expertProfileLifecycle.transition(from, event);
  await updateProfileVersioned(trx, row.user_id, options.expectedVersion ?? row.version, { ...options.patch, status: to, updated_at: ctx.deps.now() });
  await auditTransition(trx, ctx, { tenantId: row.tenant_id, aggregateType: 'expert_profile', aggregateId: row.user_id, event, from, to, ...(options.auditPayload ? { payload: options.auditPayload } : {}) });
  return to;
}

/** The pool an officer adds experts to: the one named, or the only one they manage. */
export function poolTenantFor(actor: Actor, requested: string | undefined, path: string, action: 'create' | 'import'): string {
  const managed = managedPoolTenantIds(actor);
  if (requested) {
    authorise(managed.includes(requested), `expert_profile.${action}`);
    return requested;
  }
  authorise(managed.length > 0, `expert_profile.${action}`);
  if (managed.length > 1) throw invalidField(path, 'you manage several expert pools; name the one to add to');
  return managed[0]!;
}

/** A new profile's own fields, however it arrives (entered by the office, imported, applied for). */
export interface ExpertProfileFields {
  panelRole: string;
  tier: string;
  fieldCodes: readonly string[];
  expertise: string;
  professionalTitle: string;
  organisationId: string | null;
  organisationName: string;
  regionCode: string | null;
  loadCap: number;
  rating: number;
  unavailable: readonly { from: string; to: string }[];
  applicationNote: string;
}

export interface NewExpertAccount {
  tenantId: string;
  username: string;
  displayName: string;
  passwordHash: string;
  phone: string | null;
  email: string | null;
  status: ExpertProfileStatus;
  /** Admitted experts get the expert grant in the pool's tenant; applicants get nothing until approved. */
  grant: boolean;
  reviewedBy: string | null;
  profile: ExpertProfileFields;
}

/** Writes the account, its grant and its profile (no audit: each caller records what happened in its own words). */
export async function insertExpertAccount(trx: Tx, ctx: UseCaseContext, account: NewExpertAccount): Promise<string> {
  const userId = ctx.deps.newId();
  const now = ctx.deps.now();
  await trx
    .insertInto('app_user')
    .values({
      id: userId,
      tenant_id: account.tenantId,
      username: account.username,
      display_name: account.displayName,
      password_hash: account.passwordHash,
      organisation_id: account.profile.organisationId,
      email: account.email,
      phone: account.phone,
      created_at: now,
    })
    .execute();
  if (account.grant) {
    await trx.insertInto('role_grant').values({ id: ctx.deps.newId(), user_id: userId, tenant_id: account.tenantId, role: 'expert_reviewer', organisation_id: null, programme_id: null, created_at: now }).execute();
  }
  const { profile } = account;
  await trx
    .insertInto('expert_profile')
    .values({
      user_id: userId,
      tenant_id: account.tenantId,
      status: account.status,
      panel_role: profile.panelRole,
      tier: profile.tier,
      field_codes: JSON.stringify(profile.fieldCodes),
      expertise: profile.expertise,
      professional_title: profile.professionalTitle,
      organisation_id: profile.organisationId,
      organisation_name: profile.organisationName,
      region_code: profile.regionCode,
      load_cap: profile.loadCap,
      rating: profile.rating,
      unavailable: JSON.stringify(profile.unavailable),
      application_note: profile.applicationNote,
      reviewed_by: account.reviewedBy,
      reviewed_at: account.reviewedBy ? now : null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return userId;
}

/** The profile's fields as the audit trail records them on creation. */
export const profileAuditPayload = (account: NewExpertAccount) => ({
  username: account.username,
  displayName: account.displayName,
  status: account.status,
  panelRole: account.profile.panelRole,
  tier: account.profile.tier,
  fieldCodes: account.profile.fieldCodes,
  organisationId: account.profile.organisationId,
  organisationName: account.profile.organisationName,
  regionCode: account.profile.regionCode,
  loadCap: account.profile.loadCap,
  rating: account.profile.rating,
});

export const usernameTaken = (path: string) => new DomainError('DUPLICATE', `${path}: is already taken`, { rule: 'user.duplicate_username', issues: [{ path, message: 'is already taken' }] });

/** Two writers passing the same checks: the unique index stops the second, reported like the check would. */
export function duplicateUsername(error: unknown, path: string): unknown {
  const pgError = error as { code?: string; constraint?: string };
  return pgError?.code === '23505' && pgError.constraint?.includes('username') ? usernameTaken(path) : error;
}
