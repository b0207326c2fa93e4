import { expect, it } from 'vitest';
import type { BrowserJourney } from '../harness.ts';
import { readTranches, setTermsAndSign, SINGLE_TRANCHE_TERMS } from './contract-steps.ts';
import { openNegotiation } from './evaluation-steps.ts';
import { concludeAcceptance, FAILING_MEASUREMENTS, recordMeasuredValuesAsTester, requestAcceptance } from './outcome-steps.ts';
import { peopleOf, runToAward } from './prefix.ts';

export const LEAD_A = '浙江大学宁波智能制造研究院';

export interface FailedProject {
  programmeId: string;
  challengeId: string;
  contractId: string;
}

/**
 * The stages journeys (b) and (c) share, as in the API journeys' `runProjectToFailedAcceptance`: one bid carried to
 * the award, a contract with one signing tranche and no milestones, acceptance measured by the programme's tester on
 * `/tester` and concluded as failed on the accuracy indicator. Registers one `it` per stage inside the caller's
 * `describe`; `state` fills as they run.
 */
export function failedProjectStages(journey: BrowserJourney, title: string, state: FailedProject): void {
  it('one bid is carried from the need to the award through the pages', async () => {
    const awarded = await runToAward(journey, { title });
    state.programmeId = awarded.programmeId;
    state.challengeId = awarded.challengeId;
  });

  it('the officer opens negotiation, agrees one signing tranche without milestones and signs', async () => {
    const owner = await peopleOf(journey).page('owner', '/office');
    state.contractId = await openNegotiation(owner, journey.baseUrl, state.challengeId, LEAD_A);
    await setTermsAndSign(owner, journey.baseUrl, state.contractId, SINGLE_TRANCHE_TERMS);
    expect(await readTranches(owner, journey.baseUrl, state.contractId)).toEqual([{ label: '第 1 期', share: '100%', amount: '¥3,000,000', status: '待拨付' }]);
    const contract = await journey.cast.as.owner.expect(200, 'GET', `/api/contracts/${state.contractId}`);
    expect(contract).toMatchObject({ status: 'active', contractValueFen: 300_000_000, rdInputFen: 1_200_000_000, ipTerms: '知识产权归揭榜方所有。', deliverables: ['X 射线智能判读软件 1 套'], milestones: [] });
    expect(contract.tranches).toEqual([expect.objectContaining({ shareBp: 10_000, trigger: 'signing', status: 'unlocked', amountFen: 300_000_000 })]);
  });

  it('the PI asks for acceptance and the tester records the measured values: accuracy 88% misses its 95% threshold', async () => {
    const people = peopleOf(journey);
    await requestAcceptance(await people.page('piA', '/contracts'), journey.baseUrl, state.contractId);
    const tester = await people.page('tester', '/tester');
    const measured = await recordMeasuredValuesAsTester(tester, journey.baseUrl, title, FAILING_MEASUREMENTS);
    expect(measured).toEqual({ verdicts: { 缺陷识别准确率: '不通过', 单帧处理时延: '通过', 单套设备成本: '通过' }, progressBefore: '已测 0 / 3 项', progressAfter: '已测 3 / 3 项' });
    const contract = await journey.cast.as.owner.expect(200, 'GET', `/api/contracts/${state.contractId}`);
    const acceptance = await journey.cast.as.owner.expect(200, 'GET', `/api/acceptances/${contract.acceptances[0].id}`);
    expect(acceptance.indicators.map((line: { indicator: { key: string }; measuredValue: number; verdict: string }) => [line.indicator.key, line.measuredValue, line.verdict])).toEqual([
      ['accuracy', 88, 'failed'],
      ['latency', 48, 'passed'],
      ['cost', 59, 'passed'],
    ]);
    // The audit trail names who measured: the testing agency, not the officer.
    const recorders = acceptance.timeline.filter((entry: { type: string }) => entry.type === 'acceptance.verdict_recorded').map((entry: { actorName: string }) => entry.actorName);
    expect(recorders).toEqual(['检测中心吴工', '检测中心吴工', '检测中心吴工']);
  });

  it('the officer concludes the acceptance as failed', async () => {
    const owner = await peopleOf(journey).page('owner', '/office');
    const concluded = await concludeAcceptance(owner, journey.baseUrl, state.contractId, '识别准确率 88%，低于门槛值 95%，验收不通过。');
    expect(concluded).toEqual({ expected: '不通过', status: '验收未通过' });
    const contract = await journey.cast.as.owner.expect(200, 'GET', `/api/contracts/${state.contractId}`);
    expect(contract.status).toBe('failed');
    expect(contract.actions).toContain('open_failure_review');
  });

}
