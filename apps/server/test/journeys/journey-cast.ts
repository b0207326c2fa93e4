import { ApiClient, createExpertProfile, createOrganisation, createTenant, createUser, openTestApp, type TestApp } from '@jiebang/test-kit';
import { afterAll, beforeAll } from 'vitest';

/**
 * The people and organisations of the Ningbo journeys. Only this starting data is made by factories;
 * every step of the lifecycle after it goes through the HTTP API.
 */
const USERNAMES = {
  owner: 'nb-owner', demander: 'nb-demander', leadA: 'nb-lead-a', piA: 'nb-pi-a', leadB: 'nb-lead-b', piB: 'nb-pi-b',
  expert1: 'nb-expert-1', expert2: 'nb-expert-2', expert3: 'nb-expert-3', tester: 'nb-tester', auditor: 'nb-auditor',
} as const;

export async function createNingboCast(t: TestApp) {
  const tenantId = await createTenant(t.deps, { code: 'ningbo', name: '宁波市科学技术局', level: 'city', regionCode: '330200' });
  const org = (name: string, type: 'enterprise' | 'university' | 'institute' | 'new_rd_institution' = 'enterprise', regionCode = '330203') =>
    createOrganisation(t.deps, { tenantId, name, type, regionCode });
  const orgs = {
    demander: await org('宁波甬新汽车电驱科技有限公司'),
    leadA: await org('浙江大学宁波智能制造研究院', 'new_rd_institution'),
    memberA1: await org('中国科学院宁波材料技术与工程研究所', 'institute', '330211'),
    memberA2: await org('宁波工程学院', 'university', '330205'),
    leadB: await org('宁波视睿智能装备有限公司', 'enterprise', '330212'),
    expertHome: await org('宁波大学', 'university', '330205'),
  };
  const users = {
    owner: await createUser(t.deps, { tenantId, username: USERNAMES.owner, displayName: '王处长', grants: [{ role: 'programme_owner' }] }),
    demander: await createUser(t.deps, { tenantId, username: USERNAMES.demander, displayName: '陈经理', organisationId: orgs.demander, grants: [{ role: 'demander', organisationId: orgs.demander }] }),
    leadA: await createUser(t.deps, { tenantId, username: USERNAMES.leadA, displayName: '赵主任', organisationId: orgs.leadA, grants: [{ role: 'bidder_org', organisationId: orgs.leadA }] }),
    piA: await createUser(t.deps, { tenantId, username: USERNAMES.piA, displayName: '李研究员', organisationId: orgs.leadA, grants: [{ role: 'principal_investigator', organisationId: orgs.leadA }, { role: 'bidder_org', organisationId: orgs.leadA }] }),
    leadB: await createUser(t.deps, { tenantId, username: USERNAMES.leadB, displayName: '周总', organisationId: orgs.leadB, grants: [{ role: 'bidder_org', organisationId: orgs.leadB }] }),
    piB: await createUser(t.deps, { tenantId, username: USERNAMES.piB, displayName: '孙工', organisationId: orgs.leadB, grants: [{ role: 'principal_investigator', organisationId: orgs.leadB }] }),
    expert1: await createUser(t.deps, { tenantId, username: USERNAMES.expert1, displayName: '刘教授', organisationId: orgs.expertHome, grants: [{ role: 'expert_reviewer' }] }),
    expert2: await createUser(t.deps, { tenantId, username: USERNAMES.expert2, displayName: '黄高工', grants: [{ role: 'expert_reviewer' }] }),
    expert3: await createUser(t.deps, { tenantId, username: USERNAMES.expert3, displayName: '林会计师', grants: [{ role: 'expert_reviewer' }] }),
    tester: await createUser(t.deps, { tenantId, username: USERNAMES.tester, displayName: '检测中心吴工', grants: [{ role: 'tester' }] }),
    auditor: await createUser(t.deps, { tenantId, username: USERNAMES.auditor, displayName: '审计管理员', grants: [{ role: 'audit_admin' }] }),
  };
  // The three experts sit in the city's pool (专家库): technical, industry, finance.
  await createExpertProfile(t.deps, { userId: users.expert1, tenantId, panelRole: 'technical', organisationId: orgs.expertHome, organisationName: '宁波大学', fieldCodes: ['C36', 'C40'] });
  await createExpertProfile(t.deps, { userId: users.expert2, tenantId, panelRole: 'industry', fieldCodes: ['C36'] });
  await createExpertProfile(t.deps, { userId: users.expert3, tenantId, panelRole: 'finance', fieldCodes: ['J66'] });
  const as = {} as Record<keyof typeof users, ApiClient>;
  /** Sessions end after 30 idle minutes (等保), so everyone signs in again after the clock jumps days ahead. */
  const signInEveryone = async () => {
    for (const key of Object.keys(users) as (keyof typeof users)[]) as[key] = await ApiClient.signIn(t.app, USERNAMES[key]);
  };
  await signInEveryone();
  return { tenantId, orgs, users, as, public: new ApiClient(t.app), signInEveryone };
}

export type NingboCast = Awaited<ReturnType<typeof createNingboCast>>;

/** Registers the set-up of one journey file: a fresh database and app, the Ningbo cast signed in. */
export function setUpJourney(): { t: TestApp; cast: NingboCast } {
  const journey = {} as { t: TestApp; cast: NingboCast };
  beforeAll(async () => {
    journey.t = await openTestApp();
    journey.cast = await createNingboCast(journey.t);
  });
  afterAll(() => journey.t.close());
  return journey;
}
