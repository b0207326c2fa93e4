import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTenant, createUser, openTestApp, type TestApp } from '@jiebang/test-kit';

const yuan = (amount: number) => amount * 100;

/** 沈阳: a science bureau opens programmes from presets and tunes their policy. */
describe('programmes API: presets, creation, policy, lifecycle, funding preview', () => {
  let t: TestApp;
  let tenantId: string;
  let owner: ApiClient;
  let agency: ApiClient;
  let anonymous: ApiClient;

  beforeAll(async () => {
    t = await openTestApp();
    tenantId = await createTenant(t.deps, { code: 'shenyang-kjj', name: '沈阳市科学技术局', regionCode: '210100' });
    const otherTenant = await createTenant(t.deps, { code: 'dalian-kjj', name: '大连市科学技术局', regionCode: '210200' });
    await createUser(t.deps, { tenantId, username: 'owner', displayName: '孙局长', grants: [{ role: 'programme_owner' }] });
    await createUser(t.deps, { tenantId, username: 'agency', displayName: '沈阳市科技项目管理中心', grants: [{ role: 'management_agency' }] });
    await createUser(t.deps, { tenantId: otherTenant, username: 'dalian-owner', grants: [{ role: 'programme_owner' }] });
    owner = await ApiClient.signIn(t.app, 'owner');
    agency = await ApiClient.signIn(t.app, 'agency');
    anonymous = new ApiClient(t.app);
  });
  afterAll(() => t.close());

  const programmeBody = (overrides: Record<string, unknown> = {}) => ({
    code: 'SY2026-KT',
    name: '2026 年沈阳市企业关键技术攻关“揭榜制”项目',
    mode: 'government_led',
    year: 2026,
    regionCode: '210100',
    presetId: 'shenyang_key_technology',
    ...overrides,
  });

  it('lists the policy presets publicly', async () => {
    const presets = await anonymous.expect(200, 'GET', '/api/policy-presets');
    expect(presets.items.map((preset: { id: string }) => preset.id)).toEqual(['ningbo_rd_input', 'shenyang_common_technology', 'shenyang_key_technology', 'miit_style', 'enterprise_bounty']);
    expect(presets.items[0].policy.funding).toMatchObject({ kind: 'rd_input_subsidy', rateBp: 2000, capFen: yuan(10_000_000) });
  });

  it('creates a draft programme visible only to its officers, then activates and closes it', async () => {
    const created = await owner.expect(201, 'POST', '/api/programmes', programmeBody());
    expect(created).toMatchObject({ status: 'draft', presetId: 'shenyang_key_technology', tenantName: '沈阳市科学技术局', policy: { funding: { kind: 'post_completion_subsidy', recipient: 'demander' } } });
    expect(created.timeline).toEqual([expect.objectContaining({ type: 'programme.created', actorName: '孙局长' })]);

    expect((await anonymous.get(`/api/programmes/${created.id}`)).status).toBe(404);
    expect((await anonymous.expect(200, 'GET', '/api/programmes')).total).toBe(0);
    const asAgency = await agency.expect(200, 'GET', `/api/programmes?tenantId=${tenantId}&status=draft`);
    expect(asAgency.items).toEqual([expect.objectContaining({ id: created.id, actions: ['edit_policy', 'create_challenge_group', 'activate', 'close'] })]);

    const active = await agency.expect(200, 'POST', `/api/programmes/${created.id}/activate`, { version: created.version });
    expect(active).toMatchObject({ status: 'active', version: created.version + 1 });
    const listed = await anonymous.expect(200, 'GET', '/api/programmes?status=active');
    expect(listed).toMatchObject({ total: 1, items: [{ id: created.id, actions: [] }] });

    const again = await owner.post(`/api/programmes/${created.id}/activate`, {});
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'FORBIDDEN_TRANSITION', rule: 'programme.activate' });
    const closed = await owner.expect(200, 'POST', `/api/programmes/${created.id}/close`, { reason: '年度计划结束' });
    expect(closed.timeline.map((entry: { type: string }) => entry.type)).toEqual(['programme.created', 'programme.activate', 'programme.close']);
    const frozen = await owner.put(`/api/programmes/${created.id}/policy`, created.policy);
    expect(frozen.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'programme.closed' });
  });

  it('lets only a tenant-wide owner create programmes (403), and refuses a duplicate code (409)', async () => {
    const byAgency = await agency.post('/api/programmes', programmeBody({ code: 'SY-AGENCY' }));
    expect(byAgency.status).toBe(403);
    expect(byAgency.body.error).toMatchObject({ code: 'FORBIDDEN', rule: 'programme.create' });
    const otherTenant = await owner.post('/api/programmes', programmeBody({ code: 'DL-2026', tenantId: (await t.deps.db.selectFrom('tenant').select('id').where('code', '=', 'dalian-kjj').executeTakeFirstOrThrow()).id }));
    expect(otherTenant.status).toBe(403);
    await owner.expect(201, 'POST', '/api/programmes', programmeBody({ code: 'SY2026-GX', presetId: 'shenyang_common_technology' }));
    const duplicate = await owner.post('/api/programmes', programmeBody({ code: 'SY2026-GX' }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toMatchObject({ code: 'DUPLICATE', rule: 'programme.duplicate_code', issues: [{ path: 'body.code' }] });
  });

  it('replaces the policy (officer), auditing before and after, with optimistic versions', async () => {
    const created = await owner.expect(201, 'POST', '/api/programmes', programmeBody({ code: 'SY2026-POL' }));
    const policy = structuredClone(created.policy);
    policy.eligibility.regionScope = ['210000'];
    policy.funding.capFen = yuan(800_000);
    policy.review.rubric = [
      { key: 'technical_route', label: '技术路线先进性', weightBp: 6000 },
      { key: 'team_capability', label: '团队能力', weightBp: 4000 },
    ];
    const updated = await agency.expect(200, 'PUT', `/api/programmes/${created.id}/policy`, { ...policy, version: created.version });
    expect(updated.policy).toEqual(policy);
    const event = updated.timeline.at(-1);
    expect(event.type).toBe('programme.policy_updated');
    expect(event.payload.before.funding.capFen).toBe(yuan(1_000_000));
    expect(event.payload.after.funding.capFen).toBe(yuan(800_000));

    const stale = await agency.put(`/api/programmes/${created.id}/policy`, { ...policy, version: created.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');
    const anonymousEdit = await anonymous.put(`/api/programmes/${created.id}/policy`, policy);
    expect(anonymousEdit.status).toBe(401);
  });

  it('answers 400 naming each field of a bad policy, cross-field rules included', async () => {
    const created = await owner.expect(201, 'POST', '/api/programmes', programmeBody({ code: 'SY2026-BAD' }));
    const policy = structuredClone(created.policy);
    policy.review.rubric[0].weightBp = 1000;
    policy.funding.capFen = 0;
    const crossField = await owner.put(`/api/programmes/${created.id}/policy`, policy);
    expect(crossField.status).toBe(400);
    expect(crossField.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.funding.capFen', 'body.review.rubric']);

    const shape = await owner.put(`/api/programmes/${created.id}/policy`, { ...policy, funding: { ...policy.funding, kind: 'lottery', rateBp: 12_000 } });
    expect(shape.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['body.funding.kind', 'body.funding.rateBp']));

    const onCreate = await owner.post('/api/programmes', programmeBody({ code: 'SY2026-X', policy: { ...policy, selection: { maxShortlisted: 2, maxWinners: 3, noticePeriodDays: 7 } } }));
    expect(onCreate.status).toBe(400);
    expect(onCreate.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['body.policy.selection.maxWinners', 'body.policy.review.rubric']));
    const badCode = await owner.post('/api/programmes', programmeBody({ code: '沈阳', year: 1990 }));
    expect(badCode.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.code', 'body.year']);
  });

  it('previews funding with the programme’s scheme: Shenyang post-subsidy needs ≥ ¥1,000,000 and pays 30%, capped', async () => {
    const created = await owner.expect(201, 'POST', '/api/programmes', programmeBody({ code: 'SY2026-FUND' }));
    await owner.expect(200, 'POST', `/api/programmes/${created.id}/activate`, {});
    const preview = (baseFen: number) => anonymous.expect(200, 'POST', `/api/programmes/${created.id}/funding-preview`, { baseFen });
    expect(await preview(yuan(900_000))).toEqual({
      eligible: false,
      amountFen: 0,
      uncappedFen: 0,
      capped: false,
      recipient: 'demander',
      base: 'actual_contract_value',
      payoutTiming: 'after_acceptance',
      reason: 'below_minimum_base',
      minimumBaseFen: yuan(1_000_000),
    });
    expect(await preview(yuan(2_000_000))).toMatchObject({ eligible: true, amountFen: yuan(600_000), capped: false, reason: null });
    expect(await preview(yuan(5_000_000))).toMatchObject({ eligible: true, amountFen: yuan(1_000_000), uncappedFen: yuan(1_500_000), capped: true });
    const negative = await anonymous.post(`/api/programmes/${created.id}/funding-preview`, { baseFen: 1.5 });
    expect(negative.status).toBe(400);
    expect(negative.body.error.issues[0].path).toBe('body.baseFen');
  });
});
