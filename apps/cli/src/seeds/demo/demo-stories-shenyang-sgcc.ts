import type { Timeline } from './demo-timeline.ts';
import {
  claimedInRoundOne,
  closeAndCheck,
  closeNoticeAndAward,
  contractFor,
  draftBid,
  draftNextGroupChallenge,
  formPanel,
  measure,
  passMilestone,
  publishChallenge,
  publishNotice,
  ROUND_ONE,
  score,
  shortlist,
  signAndSubmit,
  takeToPublication,
  type BidSpec,
} from './demo-lifecycle-kit.ts';

/**
 * 沈阳 pays the demanding enterprise, not the bidder: the industry-common 榜单 gets 50% of the contract value up
 * front at signing; the key-technology 榜单 gets 30% of the contract value actually transacted after acceptance.
 * State Grid's 项目群 continues with its first winner without re-competition.
 */

const SHENYANG_CONTACT = '沈阳市科学技术局 成果转化处 024-22720000';

/** 协作机器人力矩传感器 (产业共性技术): reviewed, awarded to 辽沈工业大学, signed with 前资助 to the demander. */
export async function shenyangTorqueStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  await t.at(ROUND_ONE.publish);
  const officer = await ctx.as('sy_owner');
  const challenge = await publishChallenge(ctx, officer, 'shenyang-common', {
    needs: ['sy-torque'],
    budgetYuan: 4_000_000,
    durationMonths: 18,
    deliverables: ['六维关节力矩传感器工程样机', '计量院标定报告', '年产 2 万只的批产工艺文件'],
    ipTerms: '知识产权归揭榜方与需求企业共有，需求企业享有独占实施许可。',
    contact: SHENYANG_CONTACT,
    deadlineDay: ROUND_ONE.deadline,
  });
  ctx.setRef('challenge:sy-torque', challenge.id);
  const spec: BidSpec = {
    lead: 'ls-univ',
    staff: 'ls_bidder',
    pi: 'ls_pi',
    title: '协作机器人关节应变式力矩传感器国产化研制',
    technicalProposal: '采用轮辐式弹性体与温度自补偿应变桥路，结合数字化标定工艺实现 0.1%FS 综合精度；与需求企业共建批产线。',
    budgetYuan: 4_000_000,
    rdInputYuan: 5_000_000,
    leadTask: '弹性体设计、信号调理与标定工艺',
    leadShareBp: 10_000,
  };
  await t.at(-325);
  const bid = await draftBid(ctx, challenge, spec);
  await signAndSubmit(ctx, bid.id, spec, '本人承诺带领团队在 18 个月内完成国产化研制并实现小批量供货。');
  await t.at(ROUND_ONE.close);
  await closeAndCheck(officer, challenge.id, [bid.id]);
  await t.at(ROUND_ONE.panel);
  const panelId = await formPanel(ctx, officer, challenge.id, [
    ['expert_tech1', 'technical'],
    ['expert_ind2', 'industry'],
  ]);
  await t.at(ROUND_ONE.scores);
  await score(ctx, 'expert_tech1', bid.id, [87, 85, 84, 86], '技术路线成熟，温度补偿方案可行。');
  await score(ctx, 'expert_ind2', bid.id, [85, 86, 83, 84], '与需求企业共建批产线，产业化前景明确。');
  await shortlist(officer, panelId, challenge.id);
  await t.at(ROUND_ONE.notice);
  const notice = await publishNotice(officer, challenge, [bid.id], '辽沈工业大学');
  await t.at(ROUND_ONE.award);
  const awardId = await closeNoticeAndAward(officer, notice.id, challenge.id);

  await t.at(ROUND_ONE.sign);
  const contract = await contractFor(ctx, officer, awardId, {
    contractValueYuan: 4_200_000,
    rdInputYuan: 5_000_000,
    ipTerms: '知识产权归辽沈工业大学与沈阳浑南智能机器人有限公司共有，需求企业享有独占实施许可。',
    deliverables: ['力矩传感器工程样机 20 只', '计量院标定报告', '批产工艺文件'],
    milestones: [
      { title: '工程样机研制与标定', dueDay: -170, deliverables: ['工程样机 20 只', '标定报告'] },
      { title: '小批量试产与整机装机验证', dueDay: 90, deliverables: ['试产 500 只', '装机验证报告'] },
    ],
    tranches: [
      { shareBp: 4000, trigger: 'signing' },
      { shareBp: 3000, trigger: 'milestone', milestoneSequence: 1 },
      { shareBp: 3000, trigger: 'acceptance' },
    ],
  });
  ctx.setRef('contract:sy-torque', contract.id);
  const [upfront] = contract.payouts;
  await t.at(-290);
  await officer.post(`/api/payouts/${upfront.id}/approve`);
  await t.at(-287);
  await officer.post(`/api/payouts/${upfront.id}/pay`);

  await passMilestone(t, officer, 'ls_pi', contract.milestones[0].id, -172, '20 只工程样机完成标定，综合精度 0.12%FS，单只成本测算 950 元。', '节点目标达成，同意继续实施。');
  await t.at(-168);
  await officer.post(`/api/tranches/${contract.tranches[1].id}/pay`);
}

/** 液压系统故障诊断 (企业关键技术), claimed by the Xi'an company: accepted, then 后补助 to the demander. */
export async function shenyangHydraulicStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  const claim: BidSpec = {
    lead: 'xa-sensor',
    staff: 'xa_bidder',
    pi: 'xa_pi',
    title: '矿山装备液压系统多源传感与智能故障诊断系统',
    technicalProposal: '在液压泵、阀组与油缸布设压力、流量与油液品质传感器，以故障树与深度学习融合模型定位故障，诊断结果推送到设备运维平台。',
    budgetYuan: 2_800_000,
    rdInputYuan: 3_500_000,
    leadTask: '传感器部署、诊断模型与运维平台',
    leadShareBp: 10_000,
  };
  const { officer, challenge, awardId } = await claimedInRoundOne(
    t,
    'sy_owner',
    'shenyang-key',
    { needs: ['sy-hydraulic'], budgetYuan: 2_800_000, durationMonths: 12, deliverables: ['液压系统智能诊断系统 1 套', '30 台设备现场应用报告'], ipTerms: '知识产权归需求企业所有，揭榜方保留署名权。', contact: SHENYANG_CONTACT },
    claim,
    -328,
    '西安秦川智能传感科技有限公司',
  );
  ctx.setRef('challenge:sy-hydraulic', challenge.id);
  await t.at(ROUND_ONE.sign);
  const contract = await contractFor(ctx, officer, awardId, {
    contractValueYuan: 2_800_000,
    rdInputYuan: 3_500_000,
    ipTerms: '知识产权归沈阳铁西重型装备制造有限公司所有，揭榜方保留署名权。',
    deliverables: ['液压系统智能诊断系统 1 套', '现场应用报告'],
    milestones: [],
    tranches: [
      { shareBp: 5000, trigger: 'signing' },
      { shareBp: 5000, trigger: 'acceptance' },
    ],
  });
  ctx.setRef('contract:sy-hydraulic', contract.id);

  await t.at(-160);
  const acceptance = await (await ctx.as('xa_pi')).post(`/api/contracts/${contract.id}/acceptance`);
  await t.at(-157);
  await measure(ctx, 'sy_owner', acceptance.id, { diagnosis_accuracy: 96.2, locate_time: 25 }, '现场验收专家组测试记录 SYJS-2026-011');
  await t.at(-155);
  // The parties settled at 2.6 million of the 2.8 million contracted: the subsidy follows what was transacted.
  await officer.post(`/api/acceptances/${acceptance.id}/conclude`, { summary: '诊断准确率与故障定位时间均达到目标值，同意通过验收。', actualContractValueFen: 260_000_000 });
  await t.at(-154);
  const payout = await officer.post(`/api/contracts/${contract.id}/payouts`);
  await t.at(-152);
  await officer.post(`/api/payouts/${payout.id}/approve`);
  await t.at(-150);
  await officer.post(`/api/payouts/${payout.id}/pay`);
  await officer.post(`/api/tranches/${contract.tranches[1].id}/pay`);
}

/** 国家电网项目群: the first direction is won by 国网智能电网研究院; the second goes straight to it (no re-competition). */
export async function sgccGroupStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  await t.at(ROUND_ONE.publish);
  const officer = await ctx.as('sgcc_owner');
  const contact = '国家电网有限公司 科技创新部 010-66590000';
  const challenge = await publishChallenge(ctx, officer, 'sgcc', {
    needs: ['sgcc-emf'],
    group: 'group:sgcc',
    budgetYuan: 8_000_000,
    durationMonths: 24,
    deliverables: ['微型电磁场传感器样机 50 套', '敏感芯片流片', '挂网试运行报告'],
    ipTerms: '知识产权归国家电网有限公司所有，揭榜团队享有成果转化收益分配权。',
    contact,
    deadlineDay: ROUND_ONE.deadline,
  });
  ctx.setRef('challenge:sgcc-emf', challenge.id);
  const spec: BidSpec = {
    lead: 'sgcc-geiri',
    staff: 'sgcc_bidder',
    pi: 'sgcc_pi',
    title: '基于 MEMS 工艺的微型电磁场传感器与核心敏感芯片',
    technicalProposal: '以 MEMS 电场敏感结构与隧穿磁阻芯片实现电场、磁场一体化测量，体积小于 1 cm³，可嵌入开关柜与变压器；由 1984 年出生的青年骨干挂帅。',
    budgetYuan: 8_000_000,
    rdInputYuan: 8_000_000,
    leadTask: '敏感芯片设计流片、传感器封装与挂网验证',
    leadShareBp: 10_000,
  };
  await t.at(-322);
  const bid = await draftBid(ctx, challenge, spec);
  await signAndSubmit(ctx, bid.id, spec, '牵头单位承诺书：优化人事、薪酬与项目管理，确保挂帅者享有技术路线决定权与经费使用权；国网科技部记录承诺落实情况并纳入信用管理。');
  await t.at(ROUND_ONE.close);
  await closeAndCheck(officer, challenge.id, [bid.id]);
  await t.at(ROUND_ONE.panel);
  const panelId = await formPanel(ctx, officer, challenge.id, [
    ['expert_tech2', 'technical'],
    ['expert_ind1', 'industry'],
  ]);
  await t.at(ROUND_ONE.scores);
  await score(ctx, 'expert_tech2', bid.id, [90, 88, 86, 84], '敏感芯片方案先进，团队具备流片与挂网条件。');
  await score(ctx, 'expert_ind1', bid.id, [88, 90, 85, 86], '与配电物联网需求贴合，建议连续支持。');
  await shortlist(officer, panelId, challenge.id);
  await t.at(ROUND_ONE.notice);
  const notice = await publishNotice(officer, challenge, [bid.id], '国网智能电网研究院有限公司');
  await t.at(ROUND_ONE.award);
  const awardId = await closeNoticeAndAward(officer, notice.id, challenge.id);
  await t.at(ROUND_ONE.sign);
  const contract = await contractFor(ctx, officer, awardId, {
    contractValueYuan: 8_000_000,
    rdInputYuan: 8_000_000,
    ipTerms: '知识产权归国家电网有限公司所有，揭榜团队享有成果转化收益分配权。',
    deliverables: ['微型电磁场传感器样机 50 套', '挂网试运行报告'],
    milestones: [
      { title: '传感器原型与敏感芯片流片', dueDay: -180, deliverables: ['传感器原型', '芯片流片报告'] },
      { title: '挂网试运行与第三方检测', dueDay: 120, deliverables: ['挂网运行报告', '国家高电压计量站标定报告'] },
    ],
    tranches: [
      { shareBp: 3000, trigger: 'signing' },
      { shareBp: 4000, trigger: 'milestone', milestoneSequence: 1 },
      { shareBp: 3000, trigger: 'acceptance' },
    ],
  });
  ctx.setRef('contract:sgcc-emf', contract.id);
  await passMilestone(t, officer, 'sgcc_pi', contract.milestones[0].id, -182, '传感器原型体积 0.8 cm³，敏感芯片首轮流片成功，实验室电场测量精度 1.6%。', '节点目标达成，同意继续实施。');
  await t.at(-178);
  await officer.post(`/api/tranches/${contract.tranches[1].id}/pay`);

  await t.at(-30);
  const next = await draftNextGroupChallenge(ctx, officer, 'group:sgcc', {
    needs: ['sgcc-link'],
    budgetYuan: 5_000_000,
    durationMonths: 24,
    deliverables: ['低功耗安全连接协议与芯片级实现', '万级终端组网验证报告'],
    ipTerms: '知识产权归国家电网有限公司所有。',
    contact,
    deadlineDay: 20,
  });
  ctx.setRef('challenge:sgcc-link', next.id);
  await t.at(-28);
  await takeToPublication(officer, next.id);
}
