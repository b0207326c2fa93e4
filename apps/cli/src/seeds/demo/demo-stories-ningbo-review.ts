import type { Timeline } from './demo-timeline.ts';
import { closeAndCheck, draftBid, PLEDGE, publishChallenge, signAndSubmit, type BidSpec } from './demo-lifecycle-kit.ts';

/**
 * 宁波, the review round waiting for its experts: two 榜单 whose bidding closed a week ago, every bid through the
 * formal check, review started and no panel yet. This is where the programme officer runs the expert assignment
 * (专家遴选), answers declines with alternates, opens scoring and takes the review to a shortlist and a defence
 * round — the demo's review journey. 碳化硅电驱 is a major project (≥ 1000 万元), so only major-pool experts fit.
 */

const NINGBO_CONTACT = '宁波市科学技术局 重大专项处 0574-89180000';
const IP_TERMS = '知识产权归揭榜方所有，需求方享有优先受让权和在本企业内的免费实施权。';

/** 无序分拣视觉抓取 (智能制造): three bids, one of them the Donghai consortium. */
export async function ningboGraspStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  await t.at(-40);
  const officer = await ctx.as('nb_owner');
  const challenge = await publishChallenge(ctx, officer, 'ningbo', {
    needs: ['nb-grasp'],
    budgetYuan: 3_000_000,
    durationMonths: 18,
    deliverables: ['三维视觉引导抓取系统 1 套', '12 台加工中心上下料示范应用', '发明专利申请 2 项'],
    ipTerms: IP_TERMS,
    contact: NINGBO_CONTACT,
    deadlineDay: -9,
  });
  ctx.setRef('challenge:nb-grasp', challenge.id);

  const bids: [string, BidSpec][] = [
    [
      'donghai',
      {
        lead: 'donghai',
        staff: 'donghai_bidder',
        pi: 'pi_chen',
        title: '基于结构光与深度学习的反光金属件无序分拣系统',
        technicalProposal: '采用多频相移结构光获取反光金属件点云，以实例分割网络识别堆叠工件位姿，结合碰撞检测的抓取规划在 1 秒内完成识别与规划。',
        budgetYuan: 2_900_000,
        rdInputYuan: 4_200_000,
        leadTask: '三维视觉算法与抓取规划',
        leadShareBp: 7_000,
        members: [{ org: 'nb-imi', task: '上下料单元集成与产线验证', shareBp: 3_000 }],
      },
    ],
    [
      'xian',
      {
        lead: 'xa-sensor',
        staff: 'xa_bidder',
        pi: 'xa_pi',
        title: '多视角激光三维传感与工件位姿估计一体化方案',
        technicalProposal: '自研抗反光激光线扫三维传感器，多视角融合消除遮挡，几何特征匹配与学习方法结合估计位姿，已在两条汽车零部件产线试用。',
        budgetYuan: 2_600_000,
        rdInputYuan: 3_500_000,
        leadTask: '三维传感器、位姿估计与系统集成',
        leadShareBp: 10_000,
      },
    ],
    [
      'ln-materials',
      {
        lead: 'ln-materials',
        staff: 'lnm_bidder',
        pi: 'lnm_bidder',
        title: '偏振结构光抗反光三维成像与柔性抓取系统',
        technicalProposal: '以偏振结构光抑制金属表面高光，配合自适应曝光获取完整点云；抓取端采用柔性夹爪与力控插补，兼容多品种毛坯件。',
        budgetYuan: 3_000_000,
        rdInputYuan: 3_800_000,
        leadTask: '偏振三维成像、柔性夹爪与系统集成',
        leadShareBp: 10_000,
      },
    ],
  ];
  const ids: string[] = [];
  for (const [index, [key, spec]] of bids.entries()) {
    await t.at(-30 + index * 4);
    const bid = await draftBid(ctx, challenge, spec);
    await signAndSubmit(ctx, bid.id, spec, PLEDGE);
    ctx.setRef(`bid:nb-grasp:${key}`, bid.id);
    ids.push(bid.id);
  }
  await t.at(-8);
  await closeAndCheck(officer, challenge.id, ids);
}

/** 800 V 碳化硅电驱 (新能源汽车, major project): two consortium bids. */
export async function ningboSicStory(t: Timeline): Promise<void> {
  const { ctx } = t;
  await t.at(-39);
  const officer = await ctx.as('nb_owner');
  const challenge = await publishChallenge(ctx, officer, 'ningbo', {
    needs: ['nb-sic'],
    budgetYuan: 12_000_000,
    durationMonths: 24,
    deliverables: ['800 V SiC 电机控制器工程样机 10 套', '台架与整车搭载测试报告', '发明专利申请 3 项'],
    ipTerms: IP_TERMS,
    contact: NINGBO_CONTACT,
    deadlineDay: -9,
  });
  ctx.setRef('challenge:nb-sic', challenge.id);

  const bids: [string, BidSpec][] = [
    [
      'ls-univ',
      {
        lead: 'ls-univ',
        staff: 'ls_bidder',
        pi: 'ls_pi',
        title: '高功率密度 SiC 电驱控制器拓扑与集成化设计',
        technicalProposal: '采用双面散热 SiC 模块与叠层母排降低杂散电感，有源门极驱动抑制开关振荡，薄膜电容与控制板一体化封装提升功率密度。',
        budgetYuan: 11_500_000,
        rdInputYuan: 15_000_000,
        leadTask: '拓扑设计、门极驱动与控制软件',
        leadShareBp: 8_000,
        members: [{ org: 'ln-materials', task: '高导热封装与散热材料', shareBp: 2_000 }],
      },
    ],
    [
      'donghai',
      {
        lead: 'donghai',
        staff: 'donghai_bidder',
        pi: 'pi_chen',
        title: '800 V 碳化硅电驱控制器国产驱动芯片与集成化设计',
        technicalProposal: '采用国产 SiC 功率模块与自研隔离驱动芯片，多目标优化逆变器拓扑与母线电容，集成共模滤波器满足 GB/T 18655 5 级。',
        budgetYuan: 12_000_000,
        rdInputYuan: 16_000_000,
        leadTask: '逆变器设计、控制软件与整车验证',
        leadShareBp: 7_000,
        members: [{ org: 'yongxin', task: '隔离驱动芯片设计与流片', shareBp: 3_000 }],
      },
    ],
  ];
  const ids: string[] = [];
  for (const [index, [key, spec]] of bids.entries()) {
    await t.at(-28 + index * 5);
    const bid = await draftBid(ctx, challenge, spec);
    await signAndSubmit(ctx, bid.id, spec, PLEDGE);
    ctx.setRef(`bid:nb-sic:${key}`, bid.id);
    ids.push(bid.id);
  }
  await t.at(-8);
  await closeAndCheck(officer, challenge.id, ids);
}
