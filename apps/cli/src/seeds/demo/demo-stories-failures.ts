import type { Timeline } from './demo-timeline.ts';
import { claimedInRoundOne, contractFor, measure, passMilestone, ROUND_ONE, type BidSpec } from './demo-lifecycle-kit.ts';

/**
 * 宽容失败: two projects that failed, judged apart. A diligent failure (the route did not work out, the record
 * is complete) leaves no integrity record; misconduct (fabricated test data) records the lead organisation and
 * the PI. Both are organisations no other story bids with, so the record blocks nothing else in the demo.
 */

/** 激光熔覆耐蚀涂层 (沈阳企业关键技术): accepted as failed on corrosion resistance, judged a diligent failure. */
export async function shenyangCoatingStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  const claim: BidSpec = {
    lead: 'ln-materials',
    staff: 'lnm_bidder',
    pi: 'lnm_bidder',
    title: '铁基非晶合金激光熔覆耐蚀涂层替代镀铬工艺',
    technicalProposal: '以铁基非晶合金粉末激光熔覆替代硬铬电镀，通过超高速熔覆控制稀释率，目标中性盐雾 1000 小时无点蚀。',
    budgetYuan: 1_800_000,
    rdInputYuan: 2_400_000,
    leadTask: '涂层材料设计、熔覆工艺与性能测试',
    leadShareBp: 10_000,
  };
  const { officer, challenge, awardId } = await claimedInRoundOne(
    t,
    'sy_owner',
    'shenyang-key',
    { needs: ['sy-coating'], budgetYuan: 1_800_000, durationMonths: 12, deliverables: ['熔覆工艺规范', '示范立柱 20 根', '盐雾试验报告'], ipTerms: '知识产权归需求企业所有。', contact: '沈阳市科学技术局 成果转化处 024-22720000' },
    claim,
    -326,
    '辽宁先进材料研究所',
  );
  ctx.setRef('challenge:sy-coating', challenge.id);
  await t.at(ROUND_ONE.sign);
  const contract = await contractFor(ctx, officer, awardId, {
    contractValueYuan: 1_800_000,
    rdInputYuan: 2_400_000,
    ipTerms: '知识产权归沈阳铁西重型装备制造有限公司所有。',
    deliverables: ['熔覆工艺规范', '示范立柱 20 根', '盐雾试验报告'],
    milestones: [{ title: '涂层配方与熔覆工艺窗口确定', dueDay: -190, deliverables: ['工艺试验报告'] }],
    tranches: [
      { shareBp: 4000, trigger: 'signing' },
      { shareBp: 3000, trigger: 'milestone', milestoneSequence: 1 },
      { shareBp: 3000, trigger: 'acceptance' },
    ],
  });
  ctx.setRef('contract:sy-coating', contract.id);
  await passMilestone(t, officer, 'lnm_bidder', contract.milestones[0].id, -192, '完成 3 种非晶合金粉末配方与 42 组工艺试验，熔覆效率 0.9 m²/h；盐雾试验进行中。', '同意继续实施，关注涂层耐蚀性验证。');
  await officer.post(`/api/tranches/${contract.tranches[1].id}/pay`);

  await t.at(-150);
  const acceptance = await (await ctx.as('lnm_bidder')).post(`/api/contracts/${contract.id}/acceptance`);
  await t.at(-145);
  await measure(ctx, 'sy_owner', acceptance.id, { salt_spray: 520, cladding_rate: 0.9 }, '辽宁省材料检测中心盐雾试验报告 LNCL-2026-0388');
  await t.at(-142);
  await officer.post(`/api/acceptances/${acceptance.id}/conclude`, { summary: '熔覆效率达到要求，但中性盐雾试验 520 小时即出现点蚀，未达到 720 小时的门槛值，验收不通过。', actualContractValueFen: 180_000_000 });
  await t.at(-140);
  const review = await officer.post(`/api/contracts/${contract.id}/failure-review`);
  await t.at(-132);
  await officer.post(`/api/failure-reviews/${review.id}/decide`, {
    finding: 'diligent_failure',
    reasoning: '经调阅科研日志、试验记录与经费台账：团队按任务书开展了全部试验，记录完整，经费使用合规。失败源于非晶涂层在含氯矿井水中的晶化倾向，属技术路线的客观不确定性，已为后续攻关排除该路线。认定为勤勉尽责的探索性失败，予以免责，不影响其申报新的科研项目。',
  });
}

/** 车规级 MEMS 惯性测量单元 (宁波): terminated at milestone 1 for fabricated data, judged misconduct. */
export async function ningboMemsStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  const claim: BidSpec = {
    lead: 'bj-sensing',
    staff: 'bj_bidder',
    pi: 'bj_bidder',
    title: '车规级高精度 MEMS 惯性测量单元研制与装车验证',
    technicalProposal: '采用全对称四质量块陀螺结构与片上温度补偿，目标零偏稳定性 0.8°/h，并完成 AEC-Q100 认证。',
    budgetYuan: 2_500_000,
    rdInputYuan: 6_000_000,
    leadTask: 'MEMS 结构设计、流片、封装与测试',
    leadShareBp: 10_000,
  };
  const { officer, challenge, awardId } = await claimedInRoundOne(
    t,
    'nb_owner',
    'ningbo',
    {
      needs: ['nb-mems'],
      budgetYuan: 2_500_000,
      durationMonths: 18,
      deliverables: ['惯性测量单元样机 100 套', 'AEC-Q100 认证报告', '装车验证报告'],
      ipTerms: '知识产权归揭榜方所有，需求方享有优先采购权。',
      contact: '宁波市科学技术局 重大专项处 0574-89180000',
    },
    claim,
    -326,
    '北京中关村先进感知技术研究院',
  );
  ctx.setRef('challenge:nb-mems', challenge.id);
  await t.at(ROUND_ONE.sign);
  const contract = await contractFor(ctx, officer, awardId, {
    contractValueYuan: 2_500_000,
    rdInputYuan: 6_000_000,
    ipTerms: '知识产权归揭榜方所有，需求方享有优先采购权。',
    deliverables: ['惯性测量单元样机 100 套', 'AEC-Q100 认证报告'],
    milestones: [
      { title: '工程样片流片与封装测试', dueDay: -245, deliverables: ['工程样片测试报告'] },
      { title: '装车验证与车规认证', dueDay: -120, deliverables: ['装车验证报告', 'AEC-Q100 认证报告'] },
    ],
    tranches: [
      { shareBp: 3000, trigger: 'signing' },
      { shareBp: 4000, trigger: 'milestone', milestoneSequence: 1 },
      { shareBp: 3000, trigger: 'acceptance' },
    ],
  });
  ctx.setRef('contract:nb-mems', contract.id);
  await t.at(-250);
  await (await ctx.as('bj_bidder')).post(`/api/milestones/${contract.milestones[0].id}/report`, { report: '工程样片封装测试完成，零偏稳定性 0.75°/h，已优于目标值（附测试数据）。' });
  await t.at(-245);
  await officer.post(`/api/milestones/${contract.milestones[0].id}/review`, { decision: 'terminate', opinion: '经宁波检验检测认证研究院复测，样片零偏稳定性为 4.2°/h；现场核查发现节点报告所附测试数据系由仿真结果改写。终止项目，启动失败审查。' });
  await t.at(-243);
  const review = await officer.post(`/api/contracts/${contract.id}/failure-review`);
  await t.at(-236);
  await officer.post(`/api/failure-reviews/${review.id}/decide`, {
    finding: 'misconduct',
    reasoning: '复测数据、原始测试记录与节点报告不一致，项目负责人承认以仿真结果替代实测数据。属伪造科研数据的科研失信行为，记入牵头单位与项目负责人的诚信档案。',
  });
}
