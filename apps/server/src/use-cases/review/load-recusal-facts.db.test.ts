import { DEFAULT_RECUSAL_RULES, recusalReasons } from '@jiebang/domain';
import { countQueries, createBidRow, createOrganisation, createProgramme, createPublishedChallenge, createTenant, createUser, openTestDatabase, type TestDatabase } from '@jiebang/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingYear, loadBidRecusalSubjects, loadChallengeRecusalSubjects, loadRecusalExperts, loadRecusalRules } from './load-recusal-facts.ts';

const DEMANDER_NAME = '宁波甬创汽车零部件有限公司';

/** The facts every recusal decision reads, loaded in batches from the platform's own records. */
describe('recusal facts', () => {
  let t: TestDatabase;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await openTestDatabase();
    const deps = t.deps;
    const tenantId = await createTenant(deps, { name: '宁波市科学技术局', code: 'rf-tenant' });
    ids.programme = await createProgramme(deps, { tenantId });
    ids.blindProgramme = await createProgramme(deps, { tenantId });
    await deps.db
      .updateTable('programme')
      .set((eb) => ({ policy: eb.fn('jsonb_set', [eb.ref('policy'), eb.val('{review,recusal}'), eb.val(JSON.stringify({ ...DEFAULT_RECUSAL_RULES, sameRegion: true, collaborationYears: 5 }))]) }))
      .where('id', '=', ids.blindProgramme)
      .execute();
    const org = (name: string, regionCode = '330200') => createOrganisation(deps, { tenantId, name, regionCode });
    ids.demander = await org(DEMANDER_NAME);
    ids.lead = await org('浙江大学宁波智能制造研究院', '330212');
    ids.member = await org('中国科学院宁波材料技术与工程研究所', '330100');
    ids.unit = await org('宁波大学');
    ids.grantUnit = await org('宁波市智能制造产业研究院');
    ids.coPi = await org('宁波视界智能装备有限公司');
    ids.coMember = await org('杭州云眸科技有限公司');
    ids.draftOnly = await org('宁波草稿科技有限公司');
    ids.contractDemander = await org('宁波港集团有限公司');
    ids.expert = await createUser(deps, {
      tenantId,
      username: 'rf-expert',
      displayName: '刘教授（技术专家）',
      organisationId: ids.unit,
      grants: [{ role: 'expert_reviewer' }, { role: 'consortium_member', organisationId: ids.grantUnit }],
    });
    ids.plainExpert = await createUser(deps, { tenantId, username: 'rf-plain', displayName: '黄高工', grants: [{ role: 'expert_reviewer' }] });
    ids.pi = await createUser(deps, { tenantId, username: 'rf-pi', displayName: '周文涛（教授）', organisationId: ids.lead, grants: [{ role: 'principal_investigator', organisationId: ids.lead }] });
    await deps.db
      .insertInto('expert_profile')
      .values({ user_id: ids.expert, tenant_id: tenantId, status: 'active', panel_role: 'technical', tier: 'general', organisation_id: ids.unit, organisation_name: '宁波大学信息科学与工程学院', region_code: '330203' })
      .execute();
    await deps.db
      .insertInto('expert_relation')
      .values([
        { id: deps.newId(), tenant_id: tenantId, expert_user_id: ids.expert, kind: 'relative', person_name: '周文涛', organisation_id: null, related_user_id: null, year: null, created_by: ids.expert },
        { id: deps.newId(), tenant_id: tenantId, expert_user_id: ids.expert, kind: 'collaboration', person_name: '', organisation_id: ids.member, related_user_id: null, year: 2024, created_by: ids.expert },
      ])
      .execute();

    // The challenge under review: a consortium bid with an avoid-list, a withdrawn bid that no longer counts.
    ids.challenge = await createPublishedChallenge(deps, { tenantId, programmeId: ids.programme, demanderOrgId: ids.demander, status: 'under_review' });
    ids.bid = await createBidRow(deps, { challengeId: ids.challenge, leadOrgId: ids.lead, piUserId: ids.pi, createdBy: ids.pi, memberOrgIds: [ids.member] });
    await deps.db.updateTable('bid').set({ avoided_experts: JSON.stringify([{ name: '刘教授', organisationName: '宁波大学', reason: '曾为竞争对手提供咨询' }]) }).where('id', '=', ids.bid).execute();
    ids.withdrawn = await createBidRow(deps, { challengeId: ids.challenge, leadOrgId: ids.draftOnly, piUserId: ids.pi, createdBy: ids.pi, status: 'withdrawn' });
    const panel = deps.newId();
    await deps.db.insertInto('review_panel').values({ id: panel, tenant_id: tenantId, challenge_id: ids.challenge, rubric: '[]', status: 'forming', created_by: ids.pi }).execute();
    await deps.db
      .insertInto('panel_member')
      .values({ panel_id: panel, expert_user_id: ids.expert, panel_role: 'technical', assigned_by: ids.pi, invitation_status: 'declined', declared_conflict: true, decline_reason: '曾指导该团队' })
      .execute();

    // Earlier work: the expert led a bid as PI, the expert's unit joined another, a draft that never went in.
    const earlier = await createPublishedChallenge(deps, { tenantId, programmeId: ids.programme, status: 'awarded' });
    await createBidRow(deps, { challengeId: earlier, leadOrgId: ids.coPi, piUserId: ids.expert, createdBy: ids.expert, status: 'not_selected' });
    ids.coBid = await createBidRow(deps, { challengeId: earlier, leadOrgId: ids.coMember, piUserId: ids.pi, createdBy: ids.pi, status: 'selected', memberOrgIds: [ids.unit] });
    await createBidRow(deps, { challengeId: earlier, leadOrgId: ids.draftOnly, piUserId: ids.pi, createdBy: ids.pi, status: 'draft', memberOrgIds: [ids.grantUnit] });
    const awardId = deps.newId();
    await deps.db.insertInto('award').values({ id: awardId, tenant_id: tenantId, challenge_id: earlier, bid_id: ids.coBid, lead_org_id: ids.coMember, rank: 1, status: 'awarded', awarded_by: ids.pi }).execute();
    // Signed at 01:00 on 1 January 2024 in Beijing, still 2023 in UTC: the Beijing year counts.
    await deps.db
      .insertInto('contract')
      .values({
        id: deps.newId(),
        tenant_id: tenantId,
        programme_id: ids.programme,
        challenge_id: earlier,
        award_id: awardId,
        bid_id: ids.coBid,
        lead_org_id: ids.coMember,
        demander_org_id: ids.contractDemander,
        pi_user_id: ids.pi,
        indicators: '[]',
        deliverables: '[]',
        funding_scheme: '{}',
        status: 'active',
        signed_at: new Date('2023-12-31T17:00:00Z'),
      })
      .execute();
  });
  afterAll(() => t.close());

  it('loads an expert’s units, names, region, relations, platform collaborations by Beijing year and declared conflicts', async () => {
    const experts = await loadRecusalExperts(t.deps.db, [ids.expert!, ids.plainExpert!, t.deps.newId()]);
    expect([...experts.keys()].sort()).toEqual([ids.expert, ids.plainExpert].sort());
    const expert = experts.get(ids.expert!)!;
    expect(expert).toMatchObject({ userId: ids.expert, displayName: '刘教授（技术专家）', regionCode: '330203' });
    expect([...expert.organisationIds].sort()).toEqual([ids.unit, ids.grantUnit].sort());
    expect([...expert.organisationNames].sort()).toEqual(['宁波大学', '宁波大学信息科学与工程学院', '宁波市智能制造产业研究院'].sort());
    expect(expert.relations).toEqual(
      expect.arrayContaining([
        { kind: 'relative', personName: '周文涛', organisationId: null, organisationName: '', relatedUserId: null, year: null },
        { kind: 'collaboration', personName: '', organisationId: ids.member, organisationName: '', relatedUserId: null, year: 2024 },
      ]),
    );
    const collaborations = [...expert.collaborations].sort((a, b) => `${a.source}${a.organisationId}`.localeCompare(`${b.source}${b.organisationId}`));
    expect(collaborations).toEqual(
      [
        { organisationId: ids.coPi, year: 2026, source: 'co_bid' },
        { organisationId: ids.coMember, year: 2026, source: 'co_bid' },
        { organisationId: ids.coMember, year: 2024, source: 'co_project' },
        { organisationId: ids.contractDemander, year: 2024, source: 'co_project' },
      ].sort((a, b) => `${a.source}${a.organisationId}`.localeCompare(`${b.source}${b.organisationId}`)),
    );
    // Neither the draft's lead nor the expert's own units count as collaborators.
    expect(expert.collaborations.map((c) => c.organisationId)).not.toContain(ids.draftOnly);
    expect(expert.selfDeclared).toEqual([{ subjectId: ids.challenge, reason: '曾指导该团队' }]);

    const plain = experts.get(ids.plainExpert!)!;
    expect(plain).toMatchObject({ organisationIds: [], organisationNames: [], regionCode: null, relations: [], collaborations: [], selfDeclared: [] });
  });

  it('loads bids and challenges as subjects: parties with regions, the PI, avoid-lists; a challenge counts only live bids', async () => {
    const bids = await loadBidRecusalSubjects(t.deps.db, [ids.bid!, ids.withdrawn!]);
    expect(bids.get(ids.bid!)).toEqual({
      subjectIds: [ids.bid, ids.challenge],
      demanderOrgId: ids.demander,
      demanderName: DEMANDER_NAME,
      parties: expect.arrayContaining([
        { organisationId: ids.lead, role: 'lead', regionCode: '330212', name: '浙江大学宁波智能制造研究院' },
        { organisationId: ids.member, role: 'member', regionCode: '330100', name: '中国科学院宁波材料技术与工程研究所' },
      ]),
      people: [{ userId: ids.pi, displayName: '周文涛（教授）' }],
      avoidList: [{ name: '刘教授', organisationName: '宁波大学' }],
    });
    expect(bids.get(ids.bid!)!.parties).toHaveLength(2);
    expect(bids.get(ids.withdrawn!)!.parties).toEqual([{ organisationId: ids.draftOnly, role: 'lead', regionCode: '330200', name: '宁波草稿科技有限公司' }]);

    const challenges = await loadChallengeRecusalSubjects(t.deps.db, [ids.challenge!]);
    const challenge = challenges.get(ids.challenge!)!;
    expect(challenge.subjectIds).toEqual([ids.challenge, ids.bid]);
    expect(challenge.demanderOrgId).toBe(ids.demander);
    expect(challenge.demanderName).toBe(DEMANDER_NAME);
    expect(challenge.parties.map((party) => party.organisationId).sort()).toEqual([ids.lead, ids.member].sort());
    expect(challenge.avoidList).toEqual([{ name: '刘教授', organisationName: '宁波大学' }]);
  });

  it('reads each programme’s rules, defaults filling the gaps, and decides with them', async () => {
    const rules = await loadRecusalRules(t.deps.db, [ids.programme!, ids.blindProgramme!]);
    expect(rules.get(ids.programme!)).toEqual(DEFAULT_RECUSAL_RULES);
    expect(rules.get(ids.blindProgramme!)).toEqual({ ...DEFAULT_RECUSAL_RULES, sameRegion: true, collaborationYears: 5 });

    const expert = (await loadRecusalExperts(t.deps.db, [ids.expert!])).get(ids.expert!)!;
    const subject = (await loadChallengeRecusalSubjects(t.deps.db, [ids.challenge!])).get(ids.challenge!)!;
    const kinds = recusalReasons(expert, subject, rules.get(ids.blindProgramme!)!, 2026).map((reason) => reason.kind);
    expect(kinds.sort()).toEqual(['avoid_list', 'collaboration', 'relative', 'same_region', 'self_declared']);
  });

  it('costs the same number of queries for one expert or many, one bid or many', async () => {
    const { db, count } = countQueries(t.deps.db);
    const one = await count(() => loadRecusalExperts(db, [ids.expert!]));
    expect(await count(() => loadRecusalExperts(db, [ids.expert!, ids.plainExpert!, ids.pi!]))).toBe(one);
    expect(one).toBeLessThanOrEqual(8);
    expect(await count(() => loadBidRecusalSubjects(db, [ids.bid!]))).toBe(await count(() => loadBidRecusalSubjects(db, [ids.bid!, ids.withdrawn!, ids.coBid!])));
    expect(await count(() => loadChallengeRecusalSubjects(db, [ids.challenge!]))).toBe(3);
  });

  it('counts years in Beijing time', () => {
    expect(beijingYear(new Date('2025-12-31T15:59:59Z'))).toBe(2025);
    expect(beijingYear(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
  });
});
