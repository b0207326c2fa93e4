import type { TestApp } from '@jiebang/test-kit';
import { expect } from 'vitest';
import type { NingboCast } from './journey-cast.ts';
import { awardSingleBid, closeBidding, poolNeed, publishChallenge, submitBid, yuan } from './lifecycle-steps.ts';

/**
 * A project that reaches acceptance and fails it: signed with one tranche, no milestones, and the accuracy
 * indicator measured far below its threshold.
 */
export async function runProjectToFailedAcceptance(t: TestApp, cast: NingboCast, programmeId: string) {
  const { awardId } = await awardSingleBid(t, cast, programmeId, '高反光铝合金铸件内部缺陷 X 射线智能判读');
  const negotiation = await cast.as.owner.expect(201, 'POST', `/api/awards/${awardId}/contract`, {});
  await cast.as.owner.expect(200, 'PUT', `/api/contracts/${negotiation.id}/terms`, {
    contractValueFen: yuan(3_000_000),
    rdInputFen: yuan(12_000_000),
    ipTerms: '知识产权归揭榜方所有。',
    deliverables: ['X 射线智能判读软件 1 套'],
    milestones: [],
    tranches: [{ shareBp: 10_000, trigger: 'signing' }],
  });
  const contract = await cast.as.owner.expect(200, 'POST', `/api/contracts/${negotiation.id}/sign`, {});
  const acceptance = await cast.as.piA.expect(201, 'POST', `/api/contracts/${contract.id}/acceptance`, {});
  for (const [indicatorKey, measuredValue] of [['accuracy', 88], ['latency', 48], ['cost', 59]] as const) {
    await cast.as.tester.expect(200, 'POST', `/api/acceptances/${acceptance.id}/verdicts`, { indicatorKey, measuredValue, evidence: '第三方检测报告 NB-2027-0088' });
  }
  const concluded = await cast.as.owner.expect(200, 'POST', `/api/acceptances/${acceptance.id}/conclude`, { summary: '识别准确率 88%，低于门槛值 95%，验收不通过。' });
  expect(concluded.outcome).toBe('failed');
  const failed = await cast.as.owner.expect(200, 'GET', `/api/contracts/${contract.id}`);
  expect(failed.status).toBe('failed');
  return contract.id as string;
}

/** 尽职调查: the officer opens the diligence review and records the finding. */
export async function judgeFailure(cast: NingboCast, contractId: string, finding: 'diligent_failure' | 'negligent_failure' | 'misconduct', reasoning: string) {
  const review = await cast.as.owner.expect(201, 'POST', `/api/contracts/${contractId}/failure-review`, {});
  return cast.as.owner.expect(200, 'POST', `/api/failure-reviews/${review.id}/decide`, { finding, reasoning });
}

/** The same organisation and PI bid on a new challenge; the officer runs the formal check. */
export async function bidAgainAndCheck(t: TestApp, cast: NingboCast, programmeId: string) {
  const needId = await poolNeed(cast, programmeId, '压铸模具热疲劳寿命在线预测');
  const challengeId = await publishChallenge(t, cast, programmeId, needId, '压铸模具热疲劳寿命在线预测系统');
  const bidId = await submitBid(cast, challengeId, { lead: 'A' });
  await closeBidding(t, cast, challengeId);
  return cast.as.owner.expect(200, 'POST', `/api/bids/${bidId}/check-eligibility`, {});
}
