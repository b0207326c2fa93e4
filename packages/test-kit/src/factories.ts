import { POLICY_PRESETS, usccCheckCharacter, type PolicyPresetId, type ProgrammePolicy, type Role } from '@jiebang/domain';
import { hashPassword, type AppDeps } from '@jiebang/server';

/** The password of every factory-made account. */
export const TEST_PASSWORD = 'Jiebang#2026';

let passwordHash: Promise<string> | undefined;
/** argon2id costs ~65 ms; factories hash the shared test password once per process. */
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

/** A valid 统一社会信用代码 for a region and serial: '91' (工商, enterprise) + division + 9-char body + check. */
export function makeUscc(regionCode: string, serial: number, prefix = '91'): string {
  const first17 = `${prefix}${regionCode}${String(serial).padStart(9, '0')}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}

let serial = 1;

export async function createTenant(deps: AppDeps, input: { code?: string; name?: string; level?: 'national' | 'province' | 'city' | 'enterprise' | 'university'; regionCode?: string | null } = {}) {
  const id = deps.newId();
  await deps.db
    .insertInto('tenant')
    .values({ id, code: input.code ?? `tenant-${serial++}`, name: input.name ?? '测试租户', level: input.level ?? 'city', region_code: input.regionCode ?? '330200', parent_id: null })
    .execute();
  return id;
}

export interface OrganisationFactoryInput {
  tenantId: string;
  name?: string;
  type?: 'enterprise' | 'university' | 'institute' | 'new_rd_institution' | 'government';
  regionCode?: string;
  countryCode?: string;
  foreignRegistrationNumber?: string;
  isLegalEntity?: boolean;
}

export async function createOrganisation(deps: AppDeps, input: OrganisationFactoryInput) {
  const id = deps.newId();
  const foreign = input.countryCode !== undefined && input.countryCode !== 'CN';
  const regionCode = input.regionCode ?? '330200';
  await deps.db
    .insertInto('organisation')
    .values({
      id,
      tenant_id: input.tenantId,
      name: input.name ?? `测试单位${serial}`,
      name_en: null,
      type: input.type ?? 'enterprise',
      uscc: foreign ? null : makeUscc(regionCode, serial++),
      country_code: input.countryCode ?? 'CN',
      foreign_registration_number: foreign ? (input.foreignRegistrationNumber ?? `REG-${serial++}`) : null,
      region_code: foreign ? null : regionCode,
      is_legal_entity: input.isLegalEntity ?? true,
    })
    .execute();
  return id;
}

export interface GrantInput {
  role: Role;
  organisationId?: string | null;
  programmeId?: string | null;
  tenantId?: string;
}

export async function createUser(deps: AppDeps, input: { tenantId: string; username: string; displayName?: string; organisationId?: string | null; grants: GrantInput[] }) {
  const id = deps.newId();
  await deps.db
    .insertInto('app_user')
    .values({ id, tenant_id: input.tenantId, username: input.username, display_name: input.displayName ?? input.username, password_hash: await testPasswordHash(), organisation_id: input.organisationId ?? null, email: null, phone: null })
    .execute();
  for (const grant of input.grants) {
    await deps.db
      .insertInto('role_grant')
      .values({ id: deps.newId(), user_id: id, tenant_id: grant.tenantId ?? input.tenantId, role: grant.role, organisation_id: grant.organisationId ?? null, programme_id: grant.programmeId ?? null })
      .execute();
  }
  return id;
}

export async function createProgramme(deps: AppDeps, input: { tenantId: string; preset?: PolicyPresetId; policy?: Partial<ProgrammePolicy>; status?: 'draft' | 'active' | 'closed'; name?: string; code?: string }) {
  const id = deps.newId();
  const preset = input.preset ?? 'ningbo_rd_input';
  const policy: ProgrammePolicy = { ...structuredClone(POLICY_PRESETS[preset].policy), ...input.policy };
  await deps.db
    .insertInto('programme')
    .values({
      id,
      tenant_id: input.tenantId,
      code: input.code ?? `P-${serial++}`,
      name: input.name ?? '测试揭榜挂帅计划',
      mode: 'government_led',
      description: '',
      year: 2026,
      region_code: '330200',
      policy_preset: preset,
      policy: JSON.stringify(policy),
      status: input.status ?? 'active',
    })
    .execute();
  return id;
}

/** Three weighted indicators, as a challenge or need would carry them. */
export const sampleIndicators = () => [
  { key: 'accuracy', name: '缺陷识别准确率', unit: '%', baseline: 85, target: 98, threshold: 95, weightBp: 5000, direction: 'higher_is_better' as const, testMethod: '第三方检测机构按 GB/T 标准抽样测试' },
  { key: 'latency', name: '单帧处理时延', unit: 'ms', baseline: 200, target: 50, threshold: 80, weightBp: 3000, direction: 'lower_is_better' as const, testMethod: '现场连续运行 72 小时统计' },
  { key: 'cost', name: '单套设备成本', unit: '万元', baseline: 120, target: 60, threshold: null, weightBp: 2000, direction: 'lower_is_better' as const, testMethod: '需求方采购价格核验' },
];
