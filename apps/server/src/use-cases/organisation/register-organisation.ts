import { assertOrganisationIdentity, DomainError, invalidField, isDomainError, type Actor, type OrganisationType, type Role } from '@jiebang/domain';
import { hashPassword, passwordProblem } from '../../auth/passwords.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { throwIfInvalid } from '../challenge/invalid-fields.ts';
import { audit, type UseCaseContext } from '../use-case-context.ts';

export interface RegisterOrganisationInput {
  tenantCode: string;
  organisation: {
    name: string;
    nameEn: string | null;
    type: OrganisationType;
    uscc: string | null;
    regionCode: string | null;
    countryCode: string;
    foreignRegistrationNumber: string | null;
    isLegalEntity: boolean;
  };
  account: { username: string; displayName: string; password: string };
}

/** The first account of a self-registered organisation may raise needs, bid, and lead a bid as PI. */
export const REGISTRANT_ROLES: readonly Role[] = ['bidder_org', 'principal_investigator', 'demander'];

const duplicate = (rule: string, path: string, message: string) => new DomainError('DUPLICATE', `${path}: ${message}`, { rule, issues: [{ path, message }] });

/**
 * Public self-registration (no session): an organisation and its first staff account, under a platform tenant.
 * Identity (USCC check character, or country + registration number abroad) and password strength are checked
 * before anything is written; uniqueness is checked inside the transaction and enforced by the unique indexes.
 */
export async function registerOrganisation(ctx: UseCaseContext, input: RegisterOrganisationInput): Promise<{ organisationId: string; userId: string; roles: readonly Role[] }> {
  const { organisation, account } = input;
  try {
    assertOrganisationIdentity(organisation);
  } catch (error) {
    if (isDomainError(error) && error.details.issues) throwIfInvalid(error.details.issues, 'body.organisation.');
    throw error;
  }
  const weak = passwordProblem(account.password);
  if (weak) throw invalidField('body.account.password', weak);
  const isForeign = organisation.countryCode !== 'CN';
  const passwordHash = await hashPassword(account.password);

  return inTransaction(ctx.deps, async (trx) => {
    const tenant = await organisationRepository.findTenantByCode(trx, input.tenantCode);
    if (!tenant) throw invalidField('body.tenantCode', 'is not a tenant of this platform');
    if (!isForeign && organisation.uscc && (await organisationRepository.findByUscc(trx, organisation.uscc))) {
      throw duplicate('organisation.duplicate_uscc', 'body.organisation.uscc', 'an organisation with this 统一社会信用代码 is already registered');
    }
    if (isForeign && organisation.foreignRegistrationNumber && (await organisationRepository.findByForeignRegistration(trx, organisation.countryCode, organisation.foreignRegistrationNumber))) {
      throw duplicate('organisation.duplicate_registration', 'body.organisation.foreignRegistrationNumber', 'an organisation with this registration number is already registered in that country');
    }
    if (await organisationRepository.usernameTaken(trx, account.username)) {
      throw duplicate('user.duplicate_username', 'body.account.username', 'is already taken');
    }
    const organisationId = ctx.deps.newId();
    const userId = ctx.deps.newId();
    const now = ctx.deps.now();
    await trx
      .insertInto('organisation')
      .values({
        id: organisationId,
        tenant_id: tenant.id,
        name: organisation.name,
        name_en: organisation.nameEn,
        type: organisation.type,
        uscc: isForeign ? null : organisation.uscc,
        country_code: organisation.countryCode,
        foreign_registration_number: isForeign ? organisation.foreignRegistrationNumber : null,
        region_code: isForeign ? null : organisation.regionCode,
        is_legal_entity: organisation.isLegalEntity,
        created_at: now,
      })
      .execute();
    await trx
      .insertInto('app_user')
      .values({ id: userId, tenant_id: tenant.id, username: account.username, display_name: account.displayName, password_hash: passwordHash, organisation_id: organisationId, email: null, phone: null, created_at: now })
      .execute();
    await trx
      .insertInto('role_grant')
      .values(REGISTRANT_ROLES.map((role) => ({ id: ctx.deps.newId(), user_id: userId, tenant_id: tenant.id, role, organisation_id: organisationId, programme_id: null, created_at: now })))
      .execute();
    // The registrant acts for themself: the trail says who registered, not "anonymous".
    const registrant: Actor = { userId, displayName: account.displayName, tenantId: tenant.id, grants: [] };
    const asRegistrant = { ...ctx, actor: registrant };
    await audit(trx, asRegistrant, {
      tenantId: tenant.id,
      type: 'organisation.registered',
      aggregateType: 'organisation',
      aggregateId: organisationId,
      payload: { name: organisation.name, type: organisation.type, uscc: isForeign ? null : organisation.uscc, countryCode: organisation.countryCode },
    });
    await audit(trx, asRegistrant, { tenantId: tenant.id, type: 'user.created', aggregateType: 'user', aggregateId: userId, payload: { username: account.username, organisationId, roles: [...REGISTRANT_ROLES], selfRegistered: true } });
    return { organisationId, userId, roles: REGISTRANT_ROLES };
  }).catch((error: unknown) => {
    throw uniqueViolationAsDuplicate(error);
  });
}

/** Two simultaneous registrations pass the checks above; the unique index stops the second, reported the same way. */
function uniqueViolationAsDuplicate(error: unknown): unknown {
  const pgError = error as { code?: string; constraint?: string };
  if (pgError?.code !== '23505') return error;
  if (pgError.constraint?.includes('username')) return duplicate('user.duplicate_username', 'body.account.username', 'is already taken');
  if (pgError.constraint?.includes('uscc')) return duplicate('organisation.duplicate_uscc', 'body.organisation.uscc', 'an organisation with this 统一社会信用代码 is already registered');
  return error;
}
