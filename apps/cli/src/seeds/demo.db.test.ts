import { isValidUscc, ROLES, usccRegionCode, type Role } from '@jiebang/domain';
import { verifyAuditChain } from '@jiebang/server';
import { ApiClient, openTestApp, type TestApp } from '@jiebang/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needOf } from './demo/demo-lifecycle-kit.ts';
import { DEMO_PASSWORD, runScenario, type SeedReport } from './index.ts';

const yuanFen = (amount: number) => amount * 100;

describe('seed scenario "demo"', { timeout: 60_000 }, () => {
  let t: TestApp;
  let report: SeedReport;

  beforeAll(async () => {
    t = await openTestApp();
    report = await runScenario('demo', t.deps);
  }, 120_000);
  afterAll(() => t.close());

  it('runs every named step once, and a second run adds nothing', async () => {
    expect(report.seeded).toBe(true);
    expect(report.steps.map((step) => step.name)).toEqual(expect.arrayContaining(['tenants', 'organisations', 'users and role grants', 'programmes', 'needs: 宁波', 'needs: 沈阳', 'needs: 国家电网项目群']));
    expect(report.steps.filter((step) => step.name.startsWith('lifecycle: ')).map((step) => step.name.split(' (')[0])).toEqual([
      'lifecycle: 发榜与揭榜',
      'lifecycle: 评审、公示与揭榜成功',
      'lifecycle: 任务书与实施',
      'lifecycle: 验收与成果兑现',
      'lifecycle: 当前一轮',
    ]);
    const needsBefore = await t.deps.db.selectFrom('need').select('id').execute();
    const again = await runScenario('demo', t.deps);
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

  it('has an account for every role, twenty-four admitted experts, and the shared password signs each in', async () => {
    const grants = await t.deps.db.selectFrom('role_grant').innerJoin('app_user', 'app_user.id', 'role_grant.user_id').select(['app_user.username', 'role_grant.role']).execute();
    expect(new Set(grants.map((grant) => grant.role))).toEqual(new Set<Role>(ROLES));
    expect(new Set(grants.filter((grant) => grant.role === 'expert_reviewer').map((grant) => grant.username)).size).toBe(24);
    // The seed signs out after itself: no session outlives it.
    expect(await t.deps.db.selectFrom('user_session').select('token_hash').execute()).toHaveLength(0);
    for (const username of ['nb_owner', 'pi_chen', 'de_bidder', 'expert_fin2', 'audit_admin']) await ApiClient.signIn(t.app, username, DEMO_PASSWORD);
  });

  it('keeps an expert pool of every role and tier, some conflicted with the current bidders, and one application to decide', async () => {
    const profiles = await t.deps.db.selectFrom('expert_profile').innerJoin('app_user', 'app_user.id', 'expert_profile.user_id').innerJoin('tenant', 'tenant.id', 'expert_profile.tenant_id').select(['app_user.username', 'expert_profile.status', 'expert_profile.panel_role', 'expert_profile.tier', 'expert_profile.organisation_id', 'expert_profile.field_codes', 'tenant.code']).execute();
    expect(profiles.filter((profile) => profile.status === 'active')).toHaveLength(24);
    expect(profiles.filter((profile) => profile.status === 'pending').map((profile) => [profile.username, profile.code])).toEqual([['expert_applicant', 'ningbo']]);
    expect(new Set(profiles.map((profile) => profile.panel_role))).toEqual(new Set(['technical', 'industry', 'finance', 'legal']));
    expect(new Set(profiles.map((profile) => profile.tier))).toEqual(new Set(['general', 'major']));
    expect(new Set(profiles.map((profile) => profile.code))).toEqual(new Set(['ningbo', 'shenyang', 'sgcc']));
    const bidders = new Set((await db().selectFrom('bid_member').select('organisation_id').execute()).map((member) => member.organisation_id));
    expect(profiles.filter((profile) => profile.organisation_id && bidders.has(profile.organisation_id)).length).toBeGreaterThanOrEqual(4);
    const officer = await signIn('nb_owner');
    const applications = await officer.expect(200, 'GET', '/api/experts?status=pending');
    expect(applications.items).toEqual([expect.objectContaining({ displayName: '黎明轩', actions: expect.arrayContaining(['approve', 'reject']) })]);
    const history = await officer.expect(200, 'GET', `/api/experts/${await userId('expert_fin1')}/history`);
    expect(history.items.at(-1)).toMatchObject({ type: 'expert_profile.updated', actorName: '张建国', changes: expect.arrayContaining([{ field: 'rating', from: 85, to: 93 }]) });
    expect(await db().selectFrom('expert_relation').select('kind').orderBy('kind').execute()).toEqual([{ kind: 'collaboration' }, { kind: 'relative' }]);
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

  const db = () => t.deps.db;
  const challengeOf = (needKey: string) => db().selectFrom('challenge').selectAll().where('title', '=', needOf(needKey).title).executeTakeFirstOrThrow();
  const contractOf = async (needKey: string) => db().selectFrom('contract').selectAll().where('challenge_id', '=', (await challengeOf(needKey)).id).executeTakeFirstOrThrow();
  const orgId = async (name: string) => (await db().selectFrom('organisation').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const userId = async (username: string) => (await db().selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const payoutOf = (contractId: string) => db().selectFrom('payout').select(['scheme_kind', 'base_fen', 'amount_fen', 'recipient_kind', 'recipient_org_id', 'status', 'computed_at']).where('contract_id', '=', contractId).execute();
  const signIn = (username: string) => ApiClient.signIn(t.app, username, DEMO_PASSWORD);

  it('carries the Ningbo flagship from two bids through review, 公示, contract and acceptance to a paid-out, closed contract', async () => {
    const challenge = await challengeOf('nb-vision');
    expect(challenge.status).toBe('awarded');
    const bids = await db().selectFrom('bid').innerJoin('organisation', 'organisation.id', 'bid.lead_org_id').select(['bid.id', 'bid.status', 'bid.rank', 'organisation.name', 'bid.eligibility_report']).where('bid.challenge_id', '=', challenge.id).orderBy('bid.rank').execute();
    expect(bids.map((bid) => [bid.name, bid.status, bid.rank])).toEqual([
      ['东海理工大学', 'selected', 1],
      ['西安秦川智能传感科技有限公司', 'shortlisted', 2],
    ]);
    expect(bids.map((bid) => (bid.eligibility_report as { eligible: boolean }).eligible)).toEqual([true, true]);
    const members = await db().selectFrom('bid_member').innerJoin('organisation', 'organisation.id', 'bid_member.organisation_id').select(['bid_member.role', 'organisation.name']).where('bid_id', '=', bids[0]!.id).orderBy('bid_member.role').orderBy('organisation.name').execute();
    expect(members).toEqual([
      { role: 'lead', name: '东海理工大学' },
      { role: 'member', name: '宁波智能制造产业技术研究院' },
      { role: 'member', name: '浙江甬芯微电子有限公司' },
    ]);
    const panel = await db().selectFrom('review_panel').select(['id', 'status']).where('challenge_id', '=', challenge.id).executeTakeFirstOrThrow();
    expect(panel.status).toBe('closed');
    expect(await db().selectFrom('panel_member').select('panel_role').where('panel_id', '=', panel.id).orderBy('panel_role').execute()).toEqual([{ panel_role: 'finance' }, { panel_role: 'industry' }, { panel_role: 'technical' }]);
    expect(await db().selectFrom('review_score').select('id').where('panel_id', '=', panel.id).execute()).toHaveLength(6);
    const notice = await db().selectFrom('public_notice').select(['id', 'status']).where('challenge_id', '=', challenge.id).executeTakeFirstOrThrow();
    expect(notice.status).toBe('closed');
    expect(await db().selectFrom('objection').select(['status', 'bid_id']).where('notice_id', '=', notice.id).execute()).toEqual([{ status: 'ruled_out', bid_id: bids[0]!.id }]);
    expect(await db().selectFrom('award').select(['status', 'bid_id']).where('challenge_id', '=', challenge.id).execute()).toEqual([{ status: 'contracted', bid_id: bids[0]!.id }]);

    const contract = await contractOf('nb-vision');
    expect(contract).toMatchObject({ status: 'closed', contract_value_fen: yuanFen(6_000_000), rd_input_fen: yuanFen(18_000_000), lead_org_id: await orgId('东海理工大学') });
    const tranches = await db().selectFrom('tranche').select(['amount_fen', 'trigger', 'status']).where('contract_id', '=', contract.id).orderBy('sequence').execute();
    expect(tranches).toEqual([
      { amount_fen: yuanFen(1_800_000), trigger: 'signing', status: 'paid' },
      { amount_fen: yuanFen(2_400_000), trigger: 'milestone', status: 'paid' },
      { amount_fen: yuanFen(1_800_000), trigger: 'acceptance', status: 'paid' },
    ]);
    expect(await db().selectFrom('milestone').select('status').where('contract_id', '=', contract.id).orderBy('sequence').execute()).toEqual([{ status: 'passed' }, { status: 'passed' }]);
    expect(await db().selectFrom('change_request').select(['kind', 'status']).where('contract_id', '=', contract.id).execute()).toEqual([{ kind: 'route_adjustment', status: 'filed' }]);
    expect(await db().selectFrom('expense').select(['status', 'decided_by', 'amount_fen']).where('contract_id', '=', contract.id).execute()).toEqual([{ status: 'approved', decided_by: await userId('pi_chen'), amount_fen: yuanFen(486_000) }]);
    const acceptance = await db().selectFrom('acceptance').select(['id', 'status', 'outcome']).where('contract_id', '=', contract.id).executeTakeFirstOrThrow();
    expect(acceptance).toMatchObject({ status: 'concluded', outcome: 'passed' });
    const verdicts = await db().selectFrom('acceptance_verdict').select(['indicator_key', 'verdict']).where('acceptance_id', '=', acceptance.id).orderBy('indicator_key').execute();
    expect(verdicts).toEqual(needOf('nb-vision').indicators.map((indicator) => ({ indicator_key: indicator.key, verdict: 'passed' })).sort((a, b) => a.indicator_key.localeCompare(b.indicator_key)));
    // 宁波: 20% of the 18,000,000-yuan R&D input, under the 10,000,000-yuan cap, to the lead organisation.
    expect(await payoutOf(contract.id)).toEqual([expect.objectContaining({ scheme_kind: 'rd_input_subsidy', base_fen: yuanFen(18_000_000), amount_fen: yuanFen(3_600_000), recipient_kind: 'bidder_lead_org', recipient_org_id: contract.lead_org_id, status: 'paid' })]);

    // The PI sees it all through the API, each step audited under the acting user's name.
    const view = await (await signIn('pi_chen')).expect(200, 'GET', `/api/contracts/${contract.id}`);
    expect(view.timeline.map((entry: { type: string }) => entry.type)).toEqual(expect.arrayContaining(['contract.created', 'contract.sign', 'contract.request_acceptance', 'contract.accept', 'contract.close']));
    const signed = await db().selectFrom('audit_event').select('actor_name').where('aggregate_id', '=', contract.id).where('type', '=', 'contract.sign').executeTakeFirstOrThrow();
    expect(signed.actor_name).toBe('张建国');
  });

  it('leaves the current Ningbo round in progress: open 榜单 with draft and submitted bids, a panel scoring, a notice open to objections', async () => {
    const now = t.deps.now();
    const anonymous = new ApiClient(t.app);
    const hall = await anonymous.expect(200, 'GET', '/api/challenges?status=published&regionCode=330200&pageSize=100');
    const open = hall.items.filter((item: { title: string }) => ['nb-thermal', 'nb-heatpump', 'nb-encoder'].map((key) => needOf(key).title).includes(item.title));
    expect(open).toHaveLength(3);
    for (const item of open) expect(new Date(item.bidDeadline).getTime(), item.title).toBeGreaterThan(now.getTime());
    expect(new Set(open.map((item: { field: string }) => item.field)).size).toBe(3);
    expect(new Set(open.map((item: { budgetFen: number }) => item.budgetFen)).size).toBe(3);

    const thermal = await challengeOf('nb-thermal');
    const thermalBids = await db().selectFrom('bid').select(['status', 'lead_org_id']).where('challenge_id', '=', thermal.id).orderBy('status').execute();
    expect(thermalBids).toEqual([
      { status: 'draft', lead_org_id: await orgId('西安秦川智能传感科技有限公司') },
      { status: 'submitted', lead_org_id: await orgId('东海理工大学') },
    ]);
    const draft = (await (await signIn('xa_bidder')).expect(200, 'GET', '/api/bids/mine')).items.find((bid: { challengeId: string }) => bid.challengeId === thermal.id);
    expect(draft).toMatchObject({ status: 'draft', actions: expect.arrayContaining(['edit', 'submit']) });

    // The foreign institute bids where the programme admits foreign organisations (英雄不论出处).
    const rhein = await db().selectFrom('organisation').select(['id', 'country_code']).where('name', '=', '德国莱茵传感与测量技术研究所').executeTakeFirstOrThrow();
    expect(rhein.country_code).toBe('DE');
    const foreignBids = (await (await signIn('de_bidder')).expect(200, 'GET', '/api/bids/mine')).items;
    expect(foreignBids).toEqual([expect.objectContaining({ status: 'submitted', leadOrgId: rhein.id, challengeTitle: needOf('nb-heatpump').title })]);
    const programme = await db().selectFrom('programme').select('policy').where('id', '=', foreignBids[0].programmeId).executeTakeFirstOrThrow();
    expect((programme.policy as { eligibility: { allowForeignOrganisations: boolean } }).eligibility.allowForeignOrganisations).toBe(true);

    const twin = await challengeOf('nb-twin');
    expect(twin.status).toBe('under_review');
    const assignments = (await (await signIn('expert_ind2')).expect(200, 'GET', '/api/experts/me/assignments')).items;
    const scoring = assignments.find((item: { challengeId: string }) => item.challengeId === twin.id);
    expect(scoring).toMatchObject({ panelStatus: 'scoring', panelRole: 'industry' });
    expect(scoring.bids.map((bid: { myScore: unknown; actions: string[] }) => [bid.myScore, bid.actions])).toEqual([
      [null, ['score']],
      [null, ['score']],
    ]);
    const scored = (await (await signIn('expert_tech2')).expect(200, 'GET', '/api/experts/me/assignments')).items.find((item: { challengeId: string }) => item.challengeId === twin.id);
    expect(scored.bids.every((bid: { myScore: unknown }) => bid.myScore !== null)).toBe(true);

    const notices = (await anonymous.expect(200, 'GET', '/api/notices')).items;
    const weld = notices.find((notice: { challengeTitle: string }) => notice.challengeTitle === needOf('nb-weld').title);
    expect(weld).toMatchObject({ status: 'open', actions: ['file_objection'], proposedWinners: [expect.objectContaining({ leadOrgName: '辽沈工业大学' })] });
    expect(new Date(weld.closesAt).getTime()).toBeGreaterThan(now.getTime());
    expect((await challengeOf('nb-weld')).allocation_mode).toBe('claim');
  });

  it('leaves a review round waiting for its experts: two 榜单 under review, every bid through the formal check, no panel yet', async () => {
    for (const [needKey, bidCount, budgetFen] of [['nb-grasp', 3, 300_000_000], ['nb-sic', 2, 1_200_000_000]] as const) {
      const challenge = await challengeOf(needKey);
      expect(challenge).toMatchObject({ status: 'under_review', budget_fen: budgetFen });
      const bids = await db().selectFrom('bid').select('status').where('challenge_id', '=', challenge.id).execute();
      expect(bids.map((bid) => bid.status)).toEqual(Array(bidCount).fill('under_review'));
      expect(await db().selectFrom('review_panel').select('id').where('challenge_id', '=', challenge.id).execute()).toEqual([]);
    }
  });

  it('pays the Shenyang demanders: 50% of the contract value up front at signing, 30% of the actual value after acceptance', async () => {
    const torque = await contractOf('sy-torque');
    expect(torque).toMatchObject({ status: 'active', contract_value_fen: yuanFen(4_200_000), demander_org_id: await orgId('沈阳浑南智能机器人有限公司') });
    const [upfront] = await payoutOf(torque.id);
    expect(upfront).toMatchObject({ scheme_kind: 'upfront_funding', base_fen: yuanFen(4_200_000), amount_fen: yuanFen(2_100_000), recipient_kind: 'demander', recipient_org_id: torque.demander_org_id, status: 'paid' });
    expect(upfront!.computed_at).toEqual(torque.signed_at);

    const hydraulic = await contractOf('sy-hydraulic');
    expect(hydraulic).toMatchObject({ status: 'accepted', contract_value_fen: yuanFen(2_800_000), actual_contract_value_fen: yuanFen(2_600_000), demander_org_id: await orgId('沈阳铁西重型装备制造有限公司') });
    expect(await payoutOf(hydraulic.id)).toEqual([
      expect.objectContaining({ scheme_kind: 'post_completion_subsidy', base_fen: yuanFen(2_600_000), amount_fen: yuanFen(780_000), recipient_kind: 'demander', recipient_org_id: hydraulic.demander_org_id, status: 'paid' }),
    ]);
  });

  it('continues the State Grid 项目群 with its first winner: the next challenge is assigned directly', async () => {
    const geiri = await orgId('国网智能电网研究院有限公司');
    const group = await db().selectFrom('challenge_group').select('id').executeTakeFirstOrThrow();
    const challenges = await db().selectFrom('challenge').select(['id', 'group_sequence', 'status', 'allocation_mode', 'designated_org_id']).where('group_id', '=', group.id).orderBy('group_sequence').execute();
    expect(challenges.map((c) => [c.group_sequence, c.status, c.allocation_mode, c.designated_org_id])).toEqual([
      [1, 'awarded', 'open_challenge', null],
      [2, 'published', 'direct_assignment', geiri],
    ]);
    expect(await db().selectFrom('award').select(['lead_org_id', 'status']).where('challenge_id', '=', challenges[0]!.id).execute()).toEqual([{ lead_org_id: geiri, status: 'contracted' }]);
    const created = await db().selectFrom('audit_event').select('payload').where('aggregate_id', '=', challenges[1]!.id).where('type', '=', 'challenge.created').executeTakeFirstOrThrow();
    expect(created.payload).toMatchObject({ groupSequence: 2, continuedFrom: { challengeId: challenges[0]!.id, leadOrgId: geiri } });
  });

  it('judges the failed projects apart: no record for the diligent failure, records for the misconduct organisation and PI only', async () => {
    const coating = await contractOf('sy-coating');
    expect(coating.status).toBe('failed');
    expect(await db().selectFrom('failure_review').select(['status', 'finding']).where('contract_id', '=', coating.id).execute()).toEqual([{ status: 'decided', finding: 'diligent_failure' }]);
    const mems = await contractOf('nb-mems');
    expect(mems.status).toBe('terminated');
    const review = await db().selectFrom('failure_review').select(['id', 'status', 'finding']).where('contract_id', '=', mems.id).executeTakeFirstOrThrow();
    expect(review).toMatchObject({ status: 'decided', finding: 'misconduct' });
    const records = await db().selectFrom('integrity_record').select(['organisation_id', 'user_id', 'severity', 'source_id', 'effective_until']).execute();
    expect(records.map((record) => [record.organisation_id, record.user_id, record.severity, record.source_id]).sort()).toEqual(
      [
        [await orgId('北京中关村先进感知技术研究院'), null, 'misconduct', review.id],
        [null, await userId('bj_bidder'), 'misconduct', review.id],
      ].sort(),
    );
    for (const record of records) expect(record.effective_until!.getTime()).toBeGreaterThan(t.deps.now().getTime());
    // The misconduct organisation bids nowhere else, so its record blocks none of the demo's bids.
    expect(await db().selectFrom('bid').select('status').where('lead_org_id', '=', await orgId('北京中关村先进感知技术研究院')).execute()).toEqual([{ status: 'selected' }]);
  });

  it('dates the seeded history in the past, a year long, in the order of each audit chain', async () => {
    const now = t.deps.now().getTime();
    const events = await db().selectFrom('audit_event').select(['tenant_id', 'seq', 'occurred_at']).orderBy('tenant_id').orderBy('seq').execute();
    const first = Math.min(...events.map((event) => event.occurred_at.getTime()));
    expect(Math.round((now - first) / 86_400_000)).toBe(360);
    events.forEach((event, index) => {
      expect(event.occurred_at.getTime()).toBeLessThanOrEqual(now);
      const previous = events[index - 1];
      if (previous?.tenant_id === event.tenant_id) expect(event.occurred_at.getTime()).toBeGreaterThanOrEqual(previous.occurred_at.getTime());
    });
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
