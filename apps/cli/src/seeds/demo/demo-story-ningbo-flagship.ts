import type { Timeline } from './demo-timeline.ts';
import {
  closeAndCheck,
  closeNoticeAndAward,
  contractFor,
  dateOn,
  draftBid,
  formPanel,
  measure,
  passMilestone,
  PLEDGE,
  publishChallenge,
  publishNotice,
  ROUND_ONE,
  score,
  shortlist,
  signAndSubmit,
  type BidSpec,
} from './demo-lifecycle-kit.ts';

/**
 * 宁波 flagship: one 榜单 carried from publication to a closed contract. The Donghai consortium (东海理工大学
 * leading 甬芯微电子 and 宁波智能制造研究院) beats a Xi'an sensor company, survives an objection during 公示,
 * passes both milestones after filing a change of technical route, is accepted on every indicator and receives
 * 20% of its R&D input. Days count back from the real now.
 */

export const DONGHAI_VISION_BID: BidSpec = {
  lead: 'donghai',
  staff: 'donghai_bidder',
  pi: 'pi_chen',
  title: '电驱壳体铸造缺陷在线视觉检测系统研制与产线示范',
  technicalProposal:
    '采用高分辨率可见光成像获取壳体内腔与密封面图像，以轻量化缺陷检测网络在产线边缘端实时识别气孔、冷隔与裂纹；甬芯微电子提供车规级 AI 推理模组，宁波智能制造研究院负责产线集成与现场验证。团队由陈志远教授挂帅，前期已完成 2 万张缺陷样本标注。',
  budgetYuan: 6_000_000,
  rdInputYuan: 18_000_000,
  leadTask: '总体方案、成像系统与缺陷检测算法',
  leadShareBp: 6500,
  members: [
    { org: 'yongxin', task: '车规级 AI 推理芯片与边缘计算模组', shareBp: 2000 },
    { org: 'nb-imi', task: '产线集成、现场验证与数据标注', shareBp: 1500 },
  ],
  commitments: { defect_recall: 99.6, cycle_time: 40, false_reject: 0.8 },
  notes: { defect_recall: '高分辨率成像 + 轻量化检测网络', cycle_time: '边缘端并行推理', false_reject: '双模型复核' },
};

const XIAN_VISION_BID: BidSpec = {
  lead: 'xa-sensor',
  staff: 'xa_bidder',
  pi: 'xa_pi',
  title: '基于 X 射线与机器视觉融合的电驱壳体缺陷检测装备',
  technicalProposal: '以在线 X 射线实时成像检测内部气孔，配合高速线阵相机检测表面缺陷，两路结果融合判定；自研检测装备已在航空铸件产线应用。',
  budgetYuan: 5_200_000,
  rdInputYuan: 8_000_000,
  leadTask: '装备研制、成像算法与产线部署',
  leadShareBp: 10_000,
  commitments: { defect_recall: 99.5, cycle_time: 45, false_reject: 1 },
};

export async function ningboFlagshipStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  await t.at(ROUND_ONE.publish);
  const officer = await ctx.as('nb_owner');
  const challenge = await publishChallenge(ctx, officer, 'ningbo', {
    needs: ['nb-vision'],
    budgetYuan: 6_000_000,
    durationMonths: 18,
    deliverables: ['在线视觉检测系统 1 套（覆盖内腔与密封面）', '第三方检测报告', '发明专利申请 3 项'],
    ipTerms: '知识产权归揭榜方所有，需求方在本企业产线上享有免费实施权。',
    contact: '宁波市科学技术局 重大专项处 0574-89180000',
    deadlineDay: ROUND_ONE.deadline,
  });
  ctx.setRef('challenge:nb-vision', challenge.id);

  await t.at(-338);
  const donghai = await draftBid(ctx, challenge, DONGHAI_VISION_BID);
  ctx.setRef('bid:nb-vision:donghai', donghai.id);
  await t.at(-335);
  await signAndSubmit(ctx, donghai.id, DONGHAI_VISION_BID, '本人承诺在 18 个月内达到榜单全部考核指标，未达目标自愿接受主管部门的评估与处理。');
  await t.at(-333);
  const xian = await draftBid(ctx, challenge, XIAN_VISION_BID);
  ctx.setRef('bid:nb-vision:xian', xian.id);
  await t.at(-330);
  await signAndSubmit(ctx, xian.id, XIAN_VISION_BID, PLEDGE);

  await t.at(ROUND_ONE.close);
  await closeAndCheck(officer, challenge.id, [donghai.id, xian.id]);
  await t.at(ROUND_ONE.panel);
  const panelId = await formPanel(ctx, officer, challenge.id, [
    ['expert_tech1', 'technical'],
    ['expert_ind1', 'industry'],
    ['expert_fin1', 'finance'],
  ]);
  await t.at(ROUND_ONE.scores);
  await score(ctx, 'expert_tech1', donghai.id, [93, 88, 90, 84], '成像与检测网络方案完整，技术路线先进可行；密封面反光问题需在样机阶段重点验证。');
  await score(ctx, 'expert_tech1', xian.id, [84, 82, 80, 86], 'X 射线方案成熟，但节拍指标余量偏小。');
  await score(ctx, 'expert_ind1', donghai.id, [90, 86, 88, 82], '联合体分工合理，产线验证条件落实。');
  await score(ctx, 'expert_ind1', xian.id, [82, 80, 84, 85], '装备化经验丰富，辐射防护增加产线改造成本。');
  await score(ctx, 'expert_fin1', donghai.id, [88, 85, 86, 90], '研发投入测算依据充分，经费结构合理。');
  await score(ctx, 'expert_fin1', xian.id, [80, 81, 80, 84], '预算基本合理。');
  await shortlist(officer, panelId, challenge.id);

  await t.at(ROUND_ONE.notice);
  const notice = await publishNotice(officer, challenge, [donghai.id], '东海理工大学（牵头）、浙江甬芯微电子有限公司、宁波智能制造产业技术研究院联合体');
  await t.at(-301);
  const objection = await ctx.anonymous().post(`/api/notices/${notice.id}/objections`, {
    objectorName: '宁波某智能装备有限公司',
    objectorContact: '0574-87650000',
    reason: '联合体成员浙江甬芯微电子有限公司同期承担省级同类项目，可能存在重复申报。',
    bidId: donghai.id,
  });
  await t.at(-298);
  await officer.post(`/api/objections/${objection.id}/rule`, { decision: 'rule_out', ruling: '经核查，甬芯微电子承担的省级项目为车规级 MCU 研发，与本榜单研究内容不同，不构成重复申报，异议不成立。' });
  await t.at(ROUND_ONE.award);
  const awardId = await closeNoticeAndAward(officer, notice.id, challenge.id);

  await t.at(ROUND_ONE.sign);
  const contract = await contractFor(ctx, officer, awardId, {
    contractValueYuan: 6_000_000,
    rdInputYuan: 18_000_000,
    ipTerms: '知识产权归东海理工大学及联合体成员按贡献共有，需求方在本企业产线上享有免费实施权。',
    deliverables: ['在线视觉检测系统 1 套', '第三方检测报告', '发明专利申请 3 项'],
    milestones: [
      { title: '实验室样机研制完成', dueDay: -212, deliverables: ['实验室样机', '缺陷样本库（≥ 2 万张）'] },
      { title: '产线部署与第三方检测完成', dueDay: -140, deliverables: ['产线连续运行记录', '第三方检测报告'] },
    ],
    tranches: [
      { shareBp: 3000, trigger: 'signing' },
      { shareBp: 4000, trigger: 'milestone', milestoneSequence: 1 },
      { shareBp: 3000, trigger: 'acceptance' },
    ],
  });
  ctx.setRef('contract:nb-vision', contract.id);
  const [first, second] = contract.milestones;

  await passMilestone(t, officer, 'pi_chen', first.id, -215, '实验室样机已完成，在 5000 件含缺陷样本上检出率 98.7%，单件检测 52 秒；缺陷样本库累计 2.3 万张。', '节点目标达成，同意继续实施，拨付第二期经费。');
  await t.at(-210);
  await officer.post(`/api/tranches/${contract.tranches[1].id}/pay`);

  const pi = await ctx.as('pi_chen');
  await t.at(-205);
  await pi.post(`/api/contracts/${contract.id}/change-requests`, {
    kind: 'route_adjustment',
    summary: '检测方案由单一可见光成像调整为可见光 + 近红外多光谱成像',
    details: { reason: '密封面高反光导致可见光方案误判率偏高', impact: '不改变考核指标、经费总额与实施期限' },
  });
  await t.at(-201);
  const expense = await (await ctx.as('donghai_bidder')).post(`/api/contracts/${contract.id}/expenses`, {
    category: '设备费',
    description: '近红外多光谱工业相机 2 台（含镜头与同步光源）',
    amountFen: 48_600_000,
    incurredOn: dateOn(ctx, -202),
  });
  await t.at(-200);
  await pi.post(`/api/expenses/${expense.id}/decide`, { decision: 'approve', note: '经费包干制，负责人审批同意。' });

  await passMilestone(t, officer, 'pi_chen', second.id, -143, '系统已在北仑工厂 2 条产线连续运行 3 个月，检出率 99.6%，节拍 42 秒/件；第三方检测已完成。', '产线验证达到任务书要求，同意进入验收。');
  await t.at(-135);
  const acceptance = await pi.post(`/api/contracts/${contract.id}/acceptance`);
  await t.at(-130);
  await measure(ctx, 'nb_tester', acceptance.id, { defect_recall: 99.6, cycle_time: 42, false_reject: 0.8 }, '宁波检验检测认证研究院检测报告 NBJC-2026-0417');
  await t.at(-126);
  await officer.post(`/api/acceptances/${acceptance.id}/conclude`, { summary: '三项考核指标均达到任务书目标值，资料齐全，同意通过验收。' });
  await t.at(-124);
  const payout = await officer.post(`/api/contracts/${contract.id}/payouts`);
  await t.at(-122);
  await officer.post(`/api/payouts/${payout.id}/approve`);
  await t.at(-118);
  await officer.post(`/api/payouts/${payout.id}/pay`);
  await officer.post(`/api/tranches/${contract.tranches[2].id}/pay`);
  await t.at(-116);
  await officer.post(`/api/contracts/${contract.id}/close`);
}
