import { isValidUscc, ROLES, usccRegionCode, type Role } from '@jiebang/domain';
import { verifyAuditChain } from '@jiebang/server';
import { ApiClient, openTestApp, type TestApp } from '@jiebang/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, runScenario, type SeedReport } from './index.ts';

describe('seed scenario "demo"', { timeout: 60_000 }, () => {
  let t: TestApp;
  let report: SeedReport;

  beforeAll(async () => {
    t = await openTestApp();
    report = await runScenario('demo', t.deps, t.app);
  }, 120_000);
  afterAll(() => t.close());

  it('runs every named step once, and a second run adds nothing', async () => {
    expect(report.seeded).toBe(true);
    expect(report.steps.map((step) => step.name)).toEqual(expect.arrayContaining(['tenants', 'organisations', 'users and role grants', 'programmes', 'needs: 宁波', 'needs: 沈阳', 'needs: 国家电网项目群']));
    const needsBefore = await t.deps.db.selectFrom('need').select('id').execute();
    const again = await runScenario('demo', t.deps, t.app);
    expect(again).toEqual({ scenario: 'demo', seeded: false, steps: [] });
    expect(await t.deps.db.selectFrom('need').select('id').execute()).toHaveLength(needsBefore.length);
  });

  it('builds the tenant tree: national → provinces → cities, plus State Grid', async () => {
    const tenants = await t.deps.db.selectFrom('tenant as child').leftJoin('tenant as parent', 'parent.id', 'child.parent_id').select(['child.code', 'child.name', 'child.level', 'parent.code as parent']).orderBy('child.code').execute();
    expect(tenants).toEqual([
      { code: 'liaoning', name: '辽宁省科学技术厅', level: 'province', parent: 'national' },
      { code: 'national', name: '国家揭榜挂帅云平台', level: 'national', parent: null },
      { code: 'ningbo', name: '宁波市科学技术局', level: 'city', parent: 'zhejiang' },
      { code: 'sgcc', name: '国家电网有限公司', level: 'enterprise', parent: 'national' },
      { code: 'shenyang', name: '沈阳市科学技术局', level: 'city', parent: 'liaoning' },
      { code: 'zhejiang', name: '浙江省科学技术厅', level: 'province', parent: 'national' },
    ]);
  });

  it('gives every domestic organisation a valid USCC in its own region, covers every type, and has a foreign bidder', async () => {
    const orgs = await t.deps.db.selectFrom('organisation').selectAll().execute();
    const domestic = orgs.filter((org) => org.country_code === 'CN');
    for (const org of domestic) {
      expect(isValidUscc(org.uscc!), `${org.name} ${org.uscc}`).toBe(true);
      expect(usccRegionCode(org.uscc!), org.name).toBe(org.region_code);
    }
    expect(new Set(orgs.map((org) => org.type))).toEqual(new Set(['enterprise', 'university', 'institute', 'new_rd_institution', 'government']));
    expect(orgs.filter((org) => org.country_code !== 'CN')).toEqual([expect.objectContaining({ country_code: 'DE', uscc: null, foreign_registration_number: expect.stringMatching(/^VR \d+/) })]);
    expect(new Set(domestic.map((org) => org.region_code!.slice(0, 2)))).toEqual(new Set(['33', '21', '11', '61']));
  });

  it('has an account for every role, six experts, and the shared password signs each in', async () => {
    const grants = await t.deps.db.selectFrom('role_grant').innerJoin('app_user', 'app_user.id', 'role_grant.user_id').select(['app_user.username', 'role_grant.role']).execute();
    expect(new Set(grants.map((grant) => grant.role))).toEqual(new Set<Role>(ROLES));
    expect(new Set(grants.filter((grant) => grant.role === 'expert_reviewer').map((grant) => grant.username)).size).toBe(6);
    // The seed signs out after itself: no session outlives it.
    expect(await t.deps.db.selectFrom('user_session').select('token_hash').execute()).toHaveLength(0);
    for (const username of ['nb_owner', 'pi_chen', 'de_bidder', 'expert_fin2', 'audit_admin']) await ApiClient.signIn(t.app, username, DEMO_PASSWORD);
  });

  it('runs the Ningbo, both Shenyang and the State Grid programmes with their policy presets', async () => {
    const programmes = await t.deps.db.selectFrom('programme').select(['code', 'mode', 'policy_preset', 'status']).orderBy('code').execute();
    expect(programmes).toEqual([
      { code: 'NB-2026-JBGS', mode: 'government_led', policy_preset: 'ningbo_rd_input', status: 'active' },
      { code: 'SGCC-2026-CGQ', mode: 'enterprise_led', policy_preset: 'enterprise_bounty', status: 'active' },
      { code: 'SY-2026-GJJS', mode: 'government_industry_academia', policy_preset: 'shenyang_key_technology', status: 'active' },
      { code: 'SY-2026-GXJS', mode: 'government_industry_academia', policy_preset: 'shenyang_common_technology', status: 'active' },
    ]);
    const group = await t.deps.db.selectFrom('challenge_group').selectAll().executeTakeFirstOrThrow();
    expect(group).toMatchObject({ continuity: true, name: '电力物联网传感技术项目群' });
    expect(group.description).toContain('微型电磁场传感技术与核心器件制备');
    expect(group.description).toContain('传感器低功耗安全连接技术');
  });

  it('leaves needs in every status, each reached through the audited needs API', async () => {
    const needs = await t.deps.db.selectFrom('need').select(['id', 'title', 'status', 'merged_into_id']).execute();
    expect(new Set(needs.map((need) => need.status))).toEqual(new Set(['draft', 'submitted', 'screening', 'vetting', 'pooled', 'returned', 'rejected', 'merged']));
    const sgcc = needs.filter((need) => ['微型电磁场传感技术与核心器件制备', '传感器低功耗安全连接技术'].includes(need.title));
    expect(sgcc.map((need) => need.status)).toEqual(['pooled', 'pooled']);
    const pooled = needs.find((need) => need.title === '五轴联动数控机床高精度热误差补偿技术')!;
    expect(needs.find((need) => need.status === 'merged')!.merged_into_id).toBe(pooled.id);
    const trail = await t.deps.db.selectFrom('audit_event').select(['type', 'actor_name']).where('aggregate_id', '=', pooled.id).orderBy('seq').execute();
    expect(trail.map((event) => event.type)).toEqual(['need.created', 'need.submit', 'need.start_screening', 'need.start_vetting', 'need.pool']);
    expect(trail.at(-1)!.actor_name).toBe('张建国');
  });

  it('leaves every tenant with an intact audit chain that starts at its creation', async () => {
    const tenants = await t.deps.db.selectFrom('tenant').select(['id', 'code']).execute();
    for (const tenant of tenants) {
      const verification = await verifyAuditChain(t.deps.db, tenant.id);
      expect(verification, tenant.code).toMatchObject({ valid: true });
      const first = await t.deps.db.selectFrom('audit_event').select('type').where('tenant_id', '=', tenant.id).where('seq', '=', 1).executeTakeFirstOrThrow();
      expect(first.type, tenant.code).toBe('tenant.created');
    }
  });
});
