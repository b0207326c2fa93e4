import { invalidField, type Actor, type ExpertPanelRole } from '@jiebang/domain';
import { hashPassword, passwordProblem } from '../../auth/passwords.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { audit, type UseCaseContext } from '../use-case-context.ts';
import { duplicateUsername, insertExpertAccount, profileAuditPayload, usernameTaken, type NewExpertAccount } from './expert-profile-store.ts';

export interface RegisterExpertInput {
  tenantCode: string;
  username: string;
  password: string;
  displayName: string;
  phone: string | null;
  email: string | null;
  panelRole: ExpertPanelRole;
  fieldCodes: string[];
  expertise: string;
  professionalTitle: string;
  organisationName: string;
  regionCode: string | null;
  applicationNote: string;
}

/**
 * Public self-registration (个人申报入库, no session): an account with no grant and a pending profile in the chosen
 * pool. The office approves it (the expert grant follows) or rejects it; until then the applicant may sign in and
 * see only their own application.
 */
export async function registerExpert(ctx: UseCaseContext, input: RegisterExpertInput): Promise<{ userId: string; tenantName: string }> {
  const weak = passwordProblem(input.password);
  if (weak) throw invalidField('body.password', weak);
  const passwordHash = await hashPassword(input.password);

  return inTransaction(ctx.deps, async (trx) => {
    const tenant = await organisationRepository.findTenantByCode(trx, input.tenantCode);
    if (!tenant) throw invalidField('body.tenantCode', 'is not a tenant of this platform');
    if (await organisationRepository.usernameTaken(trx, input.username)) throw usernameTaken('body.username');
    const account: NewExpertAccount = {
      tenantId: tenant.id,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      phone: input.phone,
      email: input.email,
      status: 'pending',
      grant: false,
      reviewedBy: null,
      profile: { ...input, tier: 'general', organisationId: null, loadCap: 5, rating: 80, unavailable: [] },
    };
    const userId = await insertExpertAccount(trx, ctx, account);
    // The applicant acts for themself: the trail says who applied, not "anonymous".
    const applicant: Actor = { userId, displayName: input.displayName, tenantId: tenant.id, grants: [] };
    const asApplicant = { ...ctx, actor: applicant };
    await audit(trx, asApplicant, { tenantId: tenant.id, type: 'user.created', aggregateType: 'user', aggregateId: userId, payload: { username: input.username, roles: [], selfRegistered: true } });
    await audit(trx, asApplicant, { tenantId: tenant.id, type: 'expert_profile.registered', aggregateType: 'expert_profile', aggregateId: userId, payload: { ...profileAuditPayload(account), applicationNote: input.applicationNote } });
    return { userId, tenantName: tenant.name };
  }).catch((error: unknown) => {
    throw duplicateUsername(error, 'body.username');
  });
}
