import { describe, expect, it } from 'vitest';
import { setUpBrowserJourney } from './harness.ts';
import { failedProjectStages, LEAD_A, type FailedProject } from './steps/failed-project.ts';
import { bidAgainAndCheck, decideFailure, openFailureReview, readAllIntegrityRecords, readIntegrityRecords } from './steps/outcome-steps.ts';
import { peopleOf } from './steps/prefix.ts';

/**
 * Journey (b) in the browser, zh-CN — 宽容失败: the API journey diligent-failure.db.test.ts clicked through by its
 * people. One bid is carried to the award and a contract with a single signing tranche; acceptance fails on the
 * accuracy indicator; the diligence review finds a diligent failure, so nothing goes on the integrity record and the
 * same PI bids again and passes the formal check. Only the starting data comes from factories and the API.
 */
describe('journey (b) in the browser: a failed project judged a diligent failure', () => {
  const journey = setUpBrowserJourney();
  const title = '高反光铝合金铸件内部缺陷 X 射线智能判读';
  const state = {} as FailedProject;

  failedProjectStages(journey, title, state);

  it('the diligence review finds a diligent failure: no integrity record for the lead organisation or the PI', async () => {
    const owner = await peopleOf(journey).page('owner', '/office');
    await openFailureReview(owner, journey.baseUrl, state.contractId);
    const decided = await decideFailure(owner, journey.baseUrl, state.contractId, '尽职免责', '原始记录完整：实验日志 212 条、月报 12 份、经费支出与计划一致；技术路线经论证可行，失败源于高反光材料成像机理的不确定性，属勤勉尽责。');
    expect(decided.finding).toBe('尽职免责');
    expect(decided.consequence).toContain('不记入任何诚信记录');
    expect(decided.records).toEqual([]);
    await owner.getByText('尽职免责，未记入诚信记录。').waitFor();

    expect(await readIntegrityRecords(owner, journey.baseUrl, { organisation: LEAD_A })).toEqual({ rows: [], empty: `「${LEAD_A}」没有诚信记录。` });
    // People are offered by the records they have: with none at all, the PI has none either.
    expect(await readAllIntegrityRecords(owner, journey.baseUrl)).toEqual({ rows: [], empty: '暂无诚信记录' });
    for (const query of [`organisationId=${journey.cast.orgs.leadA}`, `userId=${journey.cast.users.piA}`]) {
      expect((await journey.cast.as.owner.expect(200, 'GET', `/api/integrity-records?${query}`)).items).toEqual([]);
    }
    const review = await journey.cast.as.owner.expect(200, 'GET', `/api/contracts/${state.contractId}`);
    expect(review.failureReview).toMatchObject({ status: 'decided', finding: 'diligent_failure' });
  });

  it('the same PI bids again on a new challenge and passes the formal check', async () => {
    const again = await bidAgainAndCheck(journey, state.programmeId);
    expect(again.status).toBe('评审中');
    const bid = await journey.cast.as.owner.expect(200, 'GET', `/api/bids/${again.bidId}`);
    expect(bid).toMatchObject({ status: 'under_review', piUserId: journey.cast.users.piA, leadOrgId: journey.cast.orgs.leadA });
    expect(bid.eligibilityReport.checks.find((check: { rule: string }) => check.rule === 'integrity_record')).toMatchObject({ passed: true });
  });
});
