import type { Timeline } from './demo-timeline.ts';
import { closeAndCheck, draftBid, formPanel, PLEDGE, publishChallenge, publishNotice, score, signAndSubmit, type BidSpec } from './demo-lifecycle-kit.ts';

/**
 * 宁波, the round under way at the real now: three 榜单 open for bids (a bidder finds a draft and a submitted
 * bid, the foreign institute a submitted one), one under review with the panel still scoring (experts find
 * assignments), and one claimed (认领制) whose result is in public notice, open to objections.
 */

const NINGBO_CONTACT = '宁波市科学技术局 重大专项处 0574-89180000';
const IP_TERMS = '知识产权归揭榜方所有，需求方享有优先受让权和在本企业内的免费实施权。';

/** 五轴热误差补偿 (高端装备): open; Donghai has submitted, the Xi'an company is still drafting. */
export async function ningboThermalStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  await t.at(-14);
  const officer = await ctx.as('nb_owner');
  const challenge = await publishChallenge(ctx, officer, 'ningbo', {
    needs: ['nb-thermal'],
    budgetYuan: 5_000_000,
    durationMonths: 24,
    deliverables: ['热误差补偿模块 1 套（适配 3 种国产五轴机型）', '检测报告', '发明专利申请 2 项'],
    ipTerms: IP_TERMS,
    contact: NINGBO_CONTACT,
    deadlineDay: 33,
  });
  ctx.setRef('challenge:nb-thermal', challenge.id);

  const donghai: BidSpec = {
    lead: 'donghai',
    staff: 'donghai_bidder',
    pi: 'pi_chen',
    title: '基于多源温度场重构的五轴机床热误差建模与实时补偿',
    technicalProposal: '在主轴与进给系统布设 16 路温度与位移传感器，以物理机理 + 数据驱动的混合模型实时预测热伸长，通过数控系统外部原点偏置接口补偿；宁波智能制造研究院提供 3 种国产机型的验证平台。',
    budgetYuan: 4_800_000,
    rdInputYuan: 9_000_000,
    leadTask: '热误差建模、补偿算法与软件',
    leadShareBp: 7000,
    members: [{ org: 'nb-imi', task: '多机型验证平台与现场测试', shareBp: 3000 }],
    commitments: { thermal_error: 3, models_supported: 3 },
  };
  await t.at(-6);
  const submitted = await draftBid(ctx, challenge, donghai);
  await signAndSubmit(ctx, submitted.id, donghai, PLEDGE);
  ctx.setRef('bid:nb-thermal:donghai', submitted.id);

  await t.at(-2);
  const draft = await draftBid(ctx, challenge, {
    lead: 'xa-sensor',
    staff: 'xa_bidder',
    pi: 'xa_pi',
    title: '光纤光栅测温的五轴机床热误差补偿系统（草稿）',
    technicalProposal: '以光纤光栅阵列测量主轴温度场，结合迁移学习适配不同机型（方案完善中）。',
    budgetYuan: 4_500_000,
    rdInputYuan: 6_000_000,
    leadTask: '传感系统、补偿模型与现场部署',
    leadShareBp: 10_000,
  });
  ctx.setRef('bid:nb-thermal:xian', draft.id);
}

/** CO₂ 热泵压缩机 (新能源汽车): open to bidders from anywhere; the Rhein institute has submitted. */
export async function ningboHeatPumpStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  await t.at(-10);
  const challenge = await publishChallenge(ctx, await ctx.as('nb_owner'), 'ningbo', {
    needs: ['nb-heatpump'],
    budgetYuan: 4_000_000,
    durationMonths: 24,
    deliverables: ['CO₂ 电动压缩机样机 3 台', '台架与整车试验报告', '发明专利申请 2 项'],
    ipTerms: IP_TERMS,
    contact: NINGBO_CONTACT,
    deadlineDay: 45,
  });
  ctx.setRef('challenge:nb-heatpump', challenge.id);

  await t.at(-4);
  const rhein: BidSpec = {
    lead: 'de-rhein',
    staff: 'de_bidder',
    pi: 'de_bidder',
    title: 'Hochdruck-Scrollverdichter für CO₂-Wärmepumpen · CO₂ 热泵高压涡旋压缩机联合研发',
    technicalProposal: '基于研究所在 R744 高压涡旋型线与动密封方面的积累，采用非对称型线与浮动背压密封，在宁波建立联合实验室完成样机试制与整车验证。',
    budgetYuan: 4_000_000,
    rdInputYuan: 10_000_000,
    leadTask: '压缩机型线设计、密封与样机试制',
    leadShareBp: 10_000,
    commitments: { cop_low_temp: 2.3, max_pressure: 15, noise: 64 },
  };
  const bid = await draftBid(ctx, challenge, rhein);
  await signAndSubmit(ctx, bid.id, rhein, 'Ich verpflichte mich, alle Zielwerte der Ausschreibung fristgerecht zu erreichen. 本人承诺按期完成全部考核指标。');
  ctx.setRef('bid:nb-heatpump:rhein', bid.id);
}

/** 编码器芯片 (集成电路): just published, no bid yet. */
export async function ningboEncoderStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  await t.at(-7);
  const challenge = await publishChallenge(ctx, await ctx.as('nb_owner'), 'ningbo', {
    needs: ['nb-encoder'],
    budgetYuan: 3_000_000,
    durationMonths: 24,
    deliverables: ['编码器信号处理芯片工程样片', '编码器样机 100 只', '计量院标定报告'],
    ipTerms: IP_TERMS,
    contact: NINGBO_CONTACT,
    deadlineDay: 60,
  });
  ctx.setRef('challenge:nb-encoder', challenge.id);
}

/** 数字孪生工业软件: bidding closed, two bids passed the formal check, the panel is half-way through scoring. */
export async function ningboTwinStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  await t.at(-95);
  const officer = await ctx.as('nb_owner');
  const challenge = await publishChallenge(ctx, officer, 'ningbo', {
    needs: ['nb-twin'],
    budgetYuan: 3_500_000,
    durationMonths: 18,
    deliverables: ['数字孪生与工艺优化软件 V1.0', '3 种国产数控系统接口', '软件著作权 3 项'],
    ipTerms: IP_TERMS,
    contact: NINGBO_CONTACT,
    deadlineDay: -55,
  });
  ctx.setRef('challenge:nb-twin', challenge.id);

  const xian: BidSpec = {
    lead: 'xa-sensor',
    staff: 'xa_bidder',
    pi: 'xa_pi',
    title: '面向五轴加工的机床数字孪生平台与工艺参数自适应优化',
    technicalProposal: '以高频采集的主轴功率、振动与刀具位姿数据驱动机床数字孪生体，在线识别颤振并优化进给与转速；已对接两种国产数控系统。',
    budgetYuan: 3_300_000,
    rdInputYuan: 5_000_000,
    leadTask: '数据采集、孪生建模与优化软件',
    leadShareBp: 10_000,
  };
  const donghai: BidSpec = {
    lead: 'donghai',
    staff: 'donghai_bidder',
    pi: 'pi_chen',
    title: '基于物理仿真与机器学习融合的切削过程数字孪生软件',
    technicalProposal: '将切削力学仿真与加工数据的机器学习模型融合，离线优化工艺参数、在线修正刀路，首件即达到合格要求。',
    budgetYuan: 3_500_000,
    rdInputYuan: 6_500_000,
    leadTask: '切削仿真内核、工艺优化算法与软件平台',
    leadShareBp: 10_000,
  };
  await t.at(-80);
  const first = await draftBid(ctx, challenge, xian);
  await signAndSubmit(ctx, first.id, xian, PLEDGE);
  await t.at(-70);
  const second = await draftBid(ctx, challenge, donghai);
  await signAndSubmit(ctx, second.id, donghai, PLEDGE);
  ctx.setRef('bid:nb-twin:xian', first.id);
  ctx.setRef('bid:nb-twin:donghai', second.id);

  await t.at(-54);
  await closeAndCheck(officer, challenge.id, [first.id, second.id]);
  await t.at(-52);
  await formPanel(ctx, officer, challenge.id, [
    ['expert_tech2', 'technical'],
    ['expert_ind2', 'industry'],
    ['expert_fin2', 'finance'],
  ]);
  await t.at(-40);
  await score(ctx, 'expert_tech2', first.id, [86, 84, 85, 82], '数据驱动方案工程化程度高，国产数控系统接口已有基础。');
  await score(ctx, 'expert_tech2', second.id, [88, 86, 84, 80], '仿真与学习融合思路新颖，需关注软件工程化进度。');
}

/** 激光焊接在线监测, in claim mode (认领制): 辽沈工业大学 claimed it; the result is in public notice now. */
export async function ningboWeldStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  await t.at(-60);
  const officer = await ctx.as('nb_owner');
  const challenge = await publishChallenge(ctx, officer, 'ningbo', {
    needs: ['nb-weld'],
    budgetYuan: 2_000_000,
    durationMonths: 12,
    deliverables: ['焊接过程在线监测系统 1 套', '连续生产验证报告'],
    ipTerms: IP_TERMS,
    contact: NINGBO_CONTACT,
    deadlineDay: -12,
    allocationMode: 'claim',
  });
  ctx.setRef('challenge:nb-weld', challenge.id);

  const claim: BidSpec = {
    lead: 'ls-univ',
    staff: 'ls_bidder',
    pi: 'ls_pi',
    title: '激光焊接熔池多传感融合在线监测系统成果转化',
    technicalProposal: '将团队已有的熔池同轴视觉 + 光致等离子体光谱 + 声发射多传感融合监测成果在电池包壳体焊接线上工程化，实现缺陷焊缝实时剔除。',
    budgetYuan: 2_000_000,
    rdInputYuan: 2_600_000,
    leadTask: '监测系统工程化、模型训练与产线部署',
    leadShareBp: 10_000,
  };
  await t.at(-40);
  const bid = await draftBid(ctx, challenge, claim);
  await signAndSubmit(ctx, bid.id, claim, PLEDGE);
  await t.at(-38);
  await officer.post(`/api/bids/${bid.id}/check-eligibility`);
  ctx.setRef('bid:nb-weld:ls-univ', bid.id);

  await t.at(-11);
  await closeAndCheck(officer, challenge.id, []);
  await t.at(-3);
  const notice = await publishNotice(officer, challenge, [bid.id], '辽沈工业大学', '经认领和形式审查');
  ctx.setRef('notice:nb-weld', notice.id);
}
