import { describe, expect, it } from 'vitest';
import { bidAgainAndCheck, judgeFailure, runProjectToFailedAcceptance } from './failure-steps.ts';
import { setUpJourney } from './journey-cast.ts';
import { openProgramme } from './lifecycle-steps.ts';

/** Journey (c): misconduct goes to the integrity record (信用管理), and the next formal check sees it. */
describe('journey (c): a failed project judged misconduct', () => {
  const journey = setUpJourney();

  it('records misconduct against the lead organisation and the PI, and the next eligibility check fails on it', async () => {
    const { t, cast } = journey;
    const programmeId = await openProgramme(cast);
    const contractId = await runProjectToFailedAcceptance(t, cast, programmeId);
    await judgeFailure(cast, contractId, 'misconduct', '经核查，中期检测数据系对比样本替换所得，构成科研失信行为。');

    const byOrg = await cast.as.owner.expect(200, 'GET', `/api/integrity-records?organisationId=${cast.orgs.leadA}`);
    const byPi = await cast.as.owner.expect(200, 'GET', `/api/integrity-records?userId=${cast.users.piA}`);
    expect(byOrg.items).toEqual([expect.objectContaining({ severity: 'misconduct', organisationId: cast.orgs.leadA })]);
    expect(byPi.items).toEqual([expect.objectContaining({ severity: 'misconduct', userId: cast.users.piA })]);

    const checked = await bidAgainAndCheck(t, cast, programmeId);
    expect(checked.status).toBe('ineligible');
    const failedRules = checked.eligibilityReport.checks.filter((c: { passed: boolean }) => !c.passed).map((c: { rule: string }) => c.rule);
    expect(failedRules).toEqual(['integrity_record']);
  });
});
