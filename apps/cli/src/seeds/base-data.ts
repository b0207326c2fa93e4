import { assertOrganisationIdentity, isValidUscc, POLICY_PRESETS, usccCheckCharacter, type OrganisationType, type PolicyPresetId, type ProgrammeMode, type Role } from '@jiebang/domain';
import type { DemoAccount, SeedStep } from './seed-context.ts';

/**
 * Base data is written directly (there is no API to create tenants or accounts yet), each row with a system
 * audit event so every tenant's chain starts at its creation. Everything else goes through the HTTP API.
 */

export interface TenantSpec {
  key: string;
  code: string;
  name: string;
  level: 'national' | 'province' | 'city' | 'enterprise' | 'university';
  regionCode: string | null;
  parent: string | null;
}

export interface OrganisationSpec {
  key: string;
  tenant: string;
  name: string;
  nameEn?: string;
  type: OrganisationType;
  /** Domestic: USCC registration-authority + category prefix ('91' enterprise, '12' public institution, '52' private non-profit, '11' government organ). */
  usccPrefix?: '91' | '12' | '52' | '11';
  /** Domestic: the 9-character organisation code body of the USCC. */
  usccBody?: string;
  regionCode?: string;
  countryCode?: string;
  foreignRegistrationNumber?: string;
}

export interface GrantSpec {
  role: Role;
  /** Tenant key; defaults to the user's tenant. */
  tenant?: string;
  /** Organisation key, for roles that act for an organisation. */
  organisation?: string;
}

export interface UserSpec {
  username: string;
  displayName: string;
  tenant: string;
  organisation?: string;
  email?: string;
  grants: GrantSpec[];
}

export interface ProgrammeSpec {
  key: string;
  tenant: string;
  code: string;
  name: string;
  mode: ProgrammeMode;
  year: number;
  regionCode: string | null;
  preset: PolicyPresetId;
  description: string;
}

/** A valid 统一社会信用代码 (GB 32100-2015): prefix + GB/T 2260 division + body + computed check character. */
export function uscc(prefix: string, regionCode: string, body: string): string {
  const first17 = `${prefix}${regionCode}${body}`;
  const check = usccCheckCharacter(first17);
  if (first17.length !== 17 || !check) throw new Error(`seed: cannot build a USCC from ${first17}`);
  const code = first17 + check;
  if (!isValidUscc(code)) throw new Error(`seed: ${code} is not a valid USCC`);
  return code;
}

export const tenantsStep = (tenants: readonly TenantSpec[]): SeedStep => ({
  name: 'tenants',
  run: (ctx) =>
    ctx.deps.db.transaction().execute(async (trx) => {
      for (const tenant of tenants) {
        const id = ctx.setRef(`tenant:${tenant.key}`, ctx.deps.newId());
        await trx
          .insertInto('tenant')
          .values({ id, code: tenant.code, name: tenant.name, level: tenant.level, region_code: tenant.regionCode, parent_id: tenant.parent ? ctx.ref(`tenant:${tenant.parent}`) : null })
          .execute();
        await ctx.auditSystem(trx, { tenantId: id, type: 'tenant.created', aggregateType: 'tenant', aggregateId: id, payload: { code: tenant.code, name: tenant.name, level: tenant.level } });
      }
    }),
});

export const organisationsStep = (organisations: readonly OrganisationSpec[]): SeedStep => ({
  name: 'organisations',
  run: (ctx) =>
    ctx.deps.db.transaction().execute(async (trx) => {
      for (const org of organisations) {
        const foreign = org.countryCode !== undefined && org.countryCode !== 'CN';
        const code = foreign ? null : uscc(org.usccPrefix ?? '91', org.regionCode ?? '', org.usccBody ?? '');
        assertOrganisationIdentity({ uscc: code, countryCode: org.countryCode ?? 'CN', foreignRegistrationNumber: org.foreignRegistrationNumber ?? null, regionCode: org.regionCode ?? null });
        const id = ctx.setRef(`org:${org.key}`, ctx.deps.newId());
        const tenantId = ctx.ref(`tenant:${org.tenant}`);
        await trx
          .insertInto('organisation')
          .values({
            id,
            tenant_id: tenantId,
            name: org.name,
            name_en: org.nameEn ?? null,
            type: org.type,
            uscc: code,
            country_code: org.countryCode ?? 'CN',
            foreign_registration_number: org.foreignRegistrationNumber ?? null,
            region_code: foreign ? null : (org.regionCode ?? null),
            is_legal_entity: true,
          })
          .execute();
        await ctx.auditSystem(trx, { tenantId, type: 'organisation.registered', aggregateType: 'organisation', aggregateId: id, payload: { name: org.name, type: org.type, uscc: code, countryCode: org.countryCode ?? 'CN' } });
      }
    }),
});

export const usersStep = (users: readonly UserSpec[]): SeedStep => ({
  name: 'users and role grants',
  async run(ctx) {
    const passwordHash = await ctx.passwordHash();
    await ctx.deps.db.transaction().execute(async (trx) => {
      for (const user of users) {
        const id = ctx.setRef(`user:${user.username}`, ctx.deps.newId());
        const tenantId = ctx.ref(`tenant:${user.tenant}`);
        await trx
          .insertInto('app_user')
          .values({
            id,
            tenant_id: tenantId,
            username: user.username,
            display_name: user.displayName,
            password_hash: passwordHash,
            organisation_id: user.organisation ? ctx.ref(`org:${user.organisation}`) : null,
            email: user.email ?? `${user.username}@demo.jiebang.example`,
            phone: null,
          })
          .execute();
        for (const grant of user.grants) {
          await trx
            .insertInto('role_grant')
            .values({
              id: ctx.deps.newId(),
              user_id: id,
              tenant_id: ctx.ref(`tenant:${grant.tenant ?? user.tenant}`),
              role: grant.role,
              organisation_id: grant.organisation ? ctx.ref(`org:${grant.organisation}`) : null,
              programme_id: null,
            })
            .execute();
        }
        await ctx.auditSystem(trx, { tenantId, type: 'user.created', aggregateType: 'user', aggregateId: id, payload: { username: user.username, roles: user.grants.map((grant) => grant.role) } });
      }
    });
  },
});

export const programmesStep = (programmes: readonly ProgrammeSpec[]): SeedStep => ({
  name: 'programmes',
  run: (ctx) =>
    ctx.deps.db.transaction().execute(async (trx) => {
      for (const programme of programmes) {
        const id = ctx.setRef(`programme:${programme.key}`, ctx.deps.newId());
        const tenantId = ctx.ref(`tenant:${programme.tenant}`);
        const now = ctx.deps.now();
        await trx
          .insertInto('programme')
          .values({
            id,
            tenant_id: tenantId,
            code: programme.code,
            name: programme.name,
            mode: programme.mode,
            description: programme.description,
            year: programme.year,
            region_code: programme.regionCode,
            policy_preset: programme.preset,
            policy: JSON.stringify(POLICY_PRESETS[programme.preset].policy),
            status: 'active',
            created_at: now,
            updated_at: now,
          })
          .execute();
        await ctx.auditSystem(trx, { tenantId, type: 'programme.created', aggregateType: 'programme', aggregateId: id, payload: { code: programme.code, name: programme.name, preset: programme.preset, status: 'active' } });
      }
    }),
});

/** The accounts table shown at start-up, derived from the same specs the seed writes. */
export const accountsOf = (users: readonly UserSpec[], organisations: readonly OrganisationSpec[]): DemoAccount[] =>
  users.map((user) => ({
    username: user.username,
    displayName: user.displayName,
    roles: user.grants.map((grant) => grant.role),
    organisation: organisations.find((org) => org.key === user.organisation)?.name ?? null,
  }));

