import { accountsOf, organisationsStep, programmesStep, tenantsStep, usersStep } from '../base-data.ts';
import type { Scenario } from '../seed-context.ts';
import { challengeGroupStep } from './demo-challenge-group.ts';
import { DEMO_ORGANISATIONS, DEMO_PROGRAMMES, DEMO_TENANTS, DEMO_USERS } from './demo-data.ts';
import { DEMO_POOL_USERS, expertPoolStep, expertPoolUpkeepStep } from './demo-experts.ts';
import { DEMO_HISTORY_DAYS, DEMO_LIFECYCLE_STEPS } from './demo-lifecycle.ts';
import { DEMO_NEED_STEPS } from './demo-needs.ts';

export const demoScenario: Scenario = {
  name: 'demo',
  description: '国家揭榜挂帅云平台: Ningbo, Shenyang (both funding schemes) and State Grid programmes, every role, needs in every status',
  markerTenantCode: 'national',
  historyDays: DEMO_HISTORY_DAYS,
  steps: [
    tenantsStep(DEMO_TENANTS),
    organisationsStep(DEMO_ORGANISATIONS),
    usersStep([...DEMO_USERS, ...DEMO_POOL_USERS]),
    expertPoolStep,
    programmesStep(DEMO_PROGRAMMES),
    ...DEMO_NEED_STEPS,
    challengeGroupStep,
    ...DEMO_LIFECYCLE_STEPS,
    expertPoolUpkeepStep,
  ],
};

export const DEMO_ACCOUNTS = accountsOf(DEMO_USERS, DEMO_ORGANISATIONS);
