import { DomainError, type Actor } from '@jiebang/domain';
import { verifyPassword } from '../../auth/passwords.ts';
import { createSession, loadActor, type SessionPolicy } from '../../auth/sessions.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { audit, type UseCaseContext } from '../use-case-context.ts';

export interface SignInInput {
  username: string;
  password: string;
}

export interface SignInResult {
  token: string;
  expiresAt: Date;
  actor: Actor;
}

/** Verifies the password (argon2id) and opens a server-side session. Failures are audited too (等保 security audit). */
export async function signIn(ctx: UseCaseContext, policy: SessionPolicy, input: SignInInput): Promise<SignInResult> {
  const { deps } = ctx;
  const user = await deps.db.selectFrom('app_user').select(['id', 'tenant_id', 'password_hash', 'disabled_at']).where('username', '=', input.username).executeTakeFirst();
  const passwordOk = user ? await verifyPassword(user.password_hash, input.password) : false;
  if (!user || !passwordOk || user.disabled_at) {
    if (user) {
      await inTransaction(deps, (trx) =>
        audit(trx, ctx, { tenantId: user.tenant_id, type: 'user.sign_in_failed', aggregateType: 'user', aggregateId: user.id, payload: { username: input.username } }),
      );
    }
    throw new DomainError('INVALID_CREDENTIALS', 'Unknown account or wrong password');
  }
  return inTransaction(deps, async (trx) => {
    const actor = await loadActor(trx, user.id);
    if (!actor) throw new DomainError('INVALID_CREDENTIALS', 'Unknown account or wrong password');
    const session = await createSession(trx, user.id, deps.now(), policy, ctx.request.ip);
    await audit(trx, { ...ctx, actor }, { tenantId: user.tenant_id, type: 'user.signed_in', aggregateType: 'user', aggregateId: user.id, payload: {} });
    return { ...session, actor };
  });
}
