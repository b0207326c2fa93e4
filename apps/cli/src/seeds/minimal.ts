import { accountsOf, organisationsStep, programmesStep, tenantsStep, usersStep, type OrganisationSpec, type UserSpec } from './base-data.ts';
import type { Scenario } from './seed-context.ts';

/** The smallest useful platform: one city bureau, its officer, one bidder organisation, one active programme. */
const organisations: OrganisationSpec[] = [{ key: 'min-bidder', tenant: 'min', name: '示范市精密仪器有限公司', type: 'enterprise', usccPrefix: '91', regionCode: '320500', usccBody: 'MA1W2X3Y4' }];

const users: UserSpec[] = [
  { username: 'min_officer', displayName: '周敏', tenant: 'min', grants: [{ role: 'programme_owner' }] },
  { username: 'min_bidder', displayName: '钱进', tenant: 'min', organisation: 'min-bidder', grants: [{ role: 'bidder_org', organisation: 'min-bidder' }] },
];

export const minimalScenario: Scenario = {
  name: 'minimal',
  description: 'one tenant, one officer, one bidder organisation, one programme',
  markerTenantCode: 'minimal-city',
  steps: [
    tenantsStep([{ key: 'min', code: 'minimal-city', name: '示范市科学技术局', level: 'city', regionCode: '320500', parent: null }]),
    organisationsStep(organisations),
    usersStep(users),
    programmesStep([
      {
        key: 'min',
        tenant: 'min',
        code: 'MIN-2026',
        name: '2026 年度示范市“揭榜挂帅”项目',
        mode: 'government_led',
        year: 2026,
        regionCode: '320500',
        preset: 'ningbo_rd_input',
        description: '用于开发与测试的最小示例计划。',
      },
    ]),
  ],
};

export const MINIMAL_ACCOUNTS = accountsOf(users, organisations);
