import { createHash, randomBytes } from 'node:crypto';
import type { Actor, Role } from '@jiebang/domain';
import type { DbOrTx } from '../context.ts';

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

/** The client holds the token; the database holds only its hash, so a leaked table cannot be replayed. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createSession(db: DbOrTx, userId: string, now: Date, policy: SessionPolicy, ip: string | null): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + policy.maxHours * 3_600_000);
  await db.insertInto('user_session').values({ token_hash: hashToken(token), user_id: userId, created_at: now, expires_at: expiresAt, last_seen_at: now, ip }).execute();
  return { token, expiresAt };
}

export async function loadActor(db: DbOrTx, userId: string): Promise<Actor | null> {
  const user = await db.selectFrom('app_user').select(['id', 'display_name', 'tenant_id', 'disabled_at']).where('id', '=', userId).executeTakeFirst();
  if (!user || user.disabled_at) return null;
  const grants = await db.selectFrom('role_grant').select(['role', 'tenant_id', 'organisation_id', 'programme_id']).where('user_id', '=', userId).execute();
  return {
    userId: user.id,
    displayName: user.display_name,
    tenantId: user.tenant_id,
    grants: grants.map((grant) => ({ role: grant.role as Role, tenantId: grant.tenant_id, organisationId: grant.organisation_id, programmeId: grant.programme_id })),
  };
}

/**
 * The actor behind a session token, or null when the token is unknown, expired or idle too long
 * (等保: automatic logout after inactivity). Touches `last_seen_at` at most once a minute.
 */
export async function resolveSession(db: DbOrTx, token: string, now: Date, policy: SessionPolicy): Promise<Actor | null> {
  const tokenHash = hashToken(token);
  const session = await db.selectFrom('user_session').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  if (!session) return null;
  const idleLimit = session.last_seen_at.getTime() + policy.idleMinutes * 60_000;
  if (session.expires_at.getTime() <= now.getTime() || idleLimit <= now.getTime()) {
    await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  if (now.getTime() - session.last_seen_at.getTime() > 60_000) {
    await db.updateTable('user_session').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
  }
  return loadActor(db, session.user_id);
}

export const deleteSession = (db: DbOrTx, token: string) => db.deleteFrom('user_session').where('token_hash', '=', hashToken(token)).execute();
