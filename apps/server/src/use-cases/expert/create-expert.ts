import { invalidField, type ExpertPanelRole, type ExpertTier } from '@jiebang/domain';
import { hashPassword, passwordProblem, UNUSABLE_PASSWORD_HASH } from '../../auth/passwords.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { expertRepository } from '../../repositories/expert.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { duplicateUsername, insertExpertAccount, poolTenantFor, profileAuditPayload, usernameTaken, type ExpertProfileFields, type NewExpertAccount } from './expert-profile-store.ts';

/** The account, and the profile's fields (an officer's entry carries no application note). */
export interface CreateExpertInput extends Omit<ExpertProfileFields, 'applicationNote'> {
  tenantId?: string | undefined;
  username: string;
  displayName: string;
  phone: string | null;
  email: string | null;
  initialPassword?: string | undefined;
  panelRole: ExpertPanelRole;
  tier: ExpertTier;
}

/**
 * An officer enters an expert into their pool: the account, the expert grant in the pool's tenant and an active
 * profile, in one transaction. Without an initial password the account cannot sign in until one is set.
 */
export async function createExpert(ctx: UseCaseContext, input: CreateExpertInput): Promise<string> {
  const actor = requireActor(ctx);
  const tenantId = poolTenantFor(actor, input.tenantId, 'body.tenantId', 'create');
  if (input.initialPassword !== undefined) {
    const weak = passwordProblem(input.initialPassword);
    if (weak) throw invalidField('body.initialPassword', weak);
  }
  const passwordHash = input.initialPassword === undefined ? UNUSABLE_PASSWORD_HASH : await hashPassword(input.initialPassword);

  return inTransaction(ctx.deps, async (trx) => {
    if (await organisationRepository.usernameTaken(trx, input.username)) throw usernameTaken('body.username');
    let organisationName = input.organisationName;
    if (input.organisationId) {
      const organisation = await expertRepository.organisation(trx, input.organisationId);
      if (!organisation) throw invalidField('body.organisationId', 'is not a registered organisation');
      organisationName ||= organisation.name;
    }
    const account: NewExpertAccount = {
      tenantId,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      phone: input.phone,
      email: input.email,
      status: 'active',
      grant: true,
      reviewedBy: actor.userId,
      profile: { ...input, organisationName, applicationNote: '' },
    };
    const userId = await insertExpertAccount(trx, ctx, account);
    await audit(trx, ctx, { tenantId, type: 'user.created', aggregateType: 'user', aggregateId: userId, payload: { username: input.username, roles: ['expert_reviewer'], passwordSet: input.initialPassword !== undefined } });
    await audit(trx, ctx, { tenantId, type: 'expert_profile.created', aggregateType: 'expert_profile', aggregateId: userId, payload: profileAuditPayload(account) });
    return userId;
  }).catch((error: unknown) => {
    throw duplicateUsername(error, 'body.username');
  });
}
