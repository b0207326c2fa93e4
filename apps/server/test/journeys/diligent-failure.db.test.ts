import { describe, expect, it } from 'vitest';
import { bidAgainAndCheck, judgeFailure, runProjectToFailedAcceptance } from './failure-steps.ts';
import { setUpJourney } from './journey-cast.ts';
import { openProgramme } from './lifecycle-steps.ts';

/** Journey (b): 宽容失败 — a failure judged diligent leaves no record and does not stop the PI bidding again. */
describe('journey (b): a failed project judged a diligent failure', () => {
  const journey = setUpJourney();

  it('creates no integrity record, and the PI and organisation pass the next eligibility check', async () => {
    const { t, cast } = journey;
    const programmeId = await openProgramme(cast);
    const contractId = await runProjectToFailedAcceptance(t, cast, programmeId);
    const decided = await judgeFailure(cast, contractId, 'diligent_failure', '原始记录完整：实验日志 212 条、月报 12 份、经费支出与计划一致；技术路线经论证可行，失败源于高反光材料成像机理的不确定性，属勤勉尽责。');
    expect(decided).toMatchObject({ status: 'decided', finding: 'diligent_failure' });

    for (const query of [`organisationId=${cast.orgs.leadA}`, `userId=${cast.users.piA}`]) {
      const records = await cast.as.owner.expect(200, 'GET', `/api/integrity-records?${query}`);
      expect(records.items).toEqual([]);
    }
    const checked = await bidAgainAndCheck(t, cast, programmeId);
    expect(checked.status).toBe('under_review');
    expect(checked.eligibilityReport.checks.find((c: { rule: string }) => c.rule === 'integrity_record')).toMatchObject({ passed: true });
  });
});
