import { describe, expect, it } from 'vitest';
import { setUpBrowserJourney } from './harness.ts';
import { failedProjectStages, LEAD_A, type FailedProject } from './steps/failed-project.ts';
import { bidAgainAndCheck, decideFailure, openFailureReview, readFailedEligibilityRules, readIntegrityRecords } from './steps/outcome-steps.ts';
import { peopleOf } from './steps/prefix.ts';

/**
 * Journey (c) in the browser, zh-CN — 科研失信: the API journey misconduct.db.test.ts clicked through by its people.
 * The same failed project as journey (b), but the diligence review finds misconduct: a record goes on the integrity
 * record (信用管理) of the lead organisation and of the PI, and the next formal check of their bid fails on it.
 * Only the starting data comes from factories and the API.
 */
describe('journey (c) in the browser: a failed project judged misconduct', () => {
  const journey = setUpBrowserJourney();
  const title = '高反光铝合金铸件内部缺陷 X 射线智能判读';
  const state = {} as FailedProject;

  failedProjectStages(journey, title, state);

  it('the diligence review finds misconduct: the lead organisation and the PI go on the integrity record', async () => {
    const owner = await peopleOf(journey).page('owner', '/office');
    await openFailureReview(owner, journey.baseUrl, state.contractId);
    const reasoning = '经核查，中期检测数据系对比样本替换所得，构成科研失信行为。';
    const decided = await decideFailure(owner, journey.baseUrl, state.contractId, '科研失信', reasoning);
    expect(decided.finding).toBe('科研失信');
    expect(decided.consequence).toBe(`认定为「科研失信」：将对牵头单位「${LEAD_A}」和揭榜挂帅人「李研究员」各记入一条诚信记录（科研失信）。认定后不可更改。`);
    expect(decided.records).toEqual([expect.arrayContaining([LEAD_A, '科研失信', '有效']), expect.arrayContaining(['李研究员', '科研失信', '有效'])]);

    // 信用管理: the officer looks the organisation and the person up on /office/integrity.
    const byOrg = await readIntegrityRecords(owner, journey.baseUrl, { organisation: LEAD_A });
    expect(byOrg.rows).toEqual([[LEAD_A, '科研失信', reasoning, '失败项目尽职审查', expect.any(String), expect.any(String), '有效']]);
    const byPi = await readIntegrityRecords(owner, journey.baseUrl, { person: '李研究员' });
    expect(byPi.rows).toEqual([['李研究员', '科研失信', reasoning, '失败项目尽职审查', expect.any(String), expect.any(String), '有效']]);

    const orgRecords = await journey.cast.as.owner.expect(200, 'GET', `/api/integrity-records?organisationId=${journey.cast.orgs.leadA}`);
    const piRecords = await journey.cast.as.owner.expect(200, 'GET', `/api/integrity-records?userId=${journey.cast.users.piA}`);
    expect(orgRecords.items).toEqual([expect.objectContaining({ severity: 'misconduct', organisationId: journey.cast.orgs.leadA })]);
    expect(piRecords.items).toEqual([expect.objectContaining({ severity: 'misconduct', userId: journey.cast.users.piA })]);
  });

  it('the same PI bids again and the next formal check fails on the integrity record', async () => {
    const again = await bidAgainAndCheck(journey, state.programmeId);
    expect(again.status).toBe('形式审查未通过');
    const owner = await peopleOf(journey).page('owner', '/office');
    expect(await readFailedEligibilityRules(owner, journey.baseUrl, again.challengeId, again.bidTitle)).toEqual(['科研诚信记录']);
    const bid = await journey.cast.as.owner.expect(200, 'GET', `/api/bids/${again.bidId}`);
    expect(bid.status).toBe('ineligible');
    expect(bid.eligibilityReport.checks.filter((check: { passed: boolean }) => !check.passed).map((check: { rule: string }) => check.rule)).toEqual(['integrity_record']);
  });
});
