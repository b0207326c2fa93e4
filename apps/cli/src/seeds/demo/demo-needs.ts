import type { Indicator, NeedCategory, NeedStatus } from '@jiebang/domain';
import type { SeedContext, SeedStep } from '../seed-context.ts';
import { SGCC_DIRECTIONS } from './demo-data.ts';

/** A need and the status the demo leaves it in; the seed walks it there through the needs API. */
export interface DemoNeed {
  key: string;
  programme: string;
  demander: string;
  /** The demander staff account that drafts and submits it. */
  author: string;
  /** The programme officer who screens, vets and decides. */
  officer: string;
  title: string;
  category: NeedCategory;
  field: string;
  industrialChain: string;
  problemStatement: string;
  applicationScenario: string;
  indicators: Indicator[];
  coFundingYuan: number;
  isBasicResearch?: boolean;
  target: NeedStatus;
  /** For `returned` / `rejected`: why; for `pooled`: the vetting opinion. */
  reason?: string;
  /** For `merged`: the key of the need it is merged into (seeded earlier). */
  mergeInto?: string;
}

export const higher = 'higher_is_better' as const;
export const lower = 'lower_is_better' as const;

/** One 考核指标, positional for compact seed tables. */
export const indicator = (key: string, name: string, unit: string, baseline: number | null, target: number, threshold: number | null, weightBp: number, direction: Indicator['direction'], testMethod: string): Indicator => ({
  key,
  name,
  unit,
  baseline,
  target,
  threshold,
  weightBp,
  direction,
  testMethod,
});

const ningbo = { programme: 'ningbo', officer: 'nb_owner' } as const;
const autoNeed = { ...ningbo, demander: 'nb-auto', author: 'nb_demander' } as const;
const machineNeed = { ...ningbo, demander: 'nb-machine', author: 'nb_demander2' } as const;

const NINGBO_NEEDS: DemoNeed[] = [
  {
    ...autoNeed,
    key: 'nb-vision',
    title: '新能源汽车电驱壳体铸造缺陷在线视觉检测系统',
    category: 'key_core_technology',
    field: '智能制造',
    industrialChain: '新能源汽车',
    problemStatement: '电驱壳体高压铸造后的气孔、冷隔、裂纹等缺陷目前依赖人工目检，漏检率约 3%，且跟不上 60 秒/件的产线节拍；进口检测设备对内腔与密封面覆盖不全、价格高。需要一套可在产线部署的在线视觉检测系统。',
    applicationScenario: '北仑工厂压铸车间 4 条产线，年产电驱壳体 40 万件。',
    indicators: [
      indicator('defect_recall', '缺陷检出率', '%', 97, 99.5, 99, 5000, higher, '第三方检测机构按 1 万件含缺陷样本抽检'),
      indicator('cycle_time', '单件检测节拍', 's', 90, 45, 55, 3000, lower, '产线连续运行 72 小时统计'),
      indicator('false_reject', '误判率', '%', 5, 1, 2, 2000, lower, '需求方质量部门按月统计'),
    ],
    coFundingYuan: 3_000_000,
    target: 'pooled',
    reason: '问题真实、指标可考核，需求方配套资金落实，建议入库并凝练为榜单。',
  },
  {
    ...machineNeed,
    key: 'nb-thermal',
    title: '五轴联动数控机床高精度热误差补偿技术',
    category: 'key_core_technology',
    field: '高端装备',
    industrialChain: '机器人与高端装备',
    problemStatement: '主轴与进给系统热伸长导致连续加工 4 小时后定位误差超过 15 μm，进口数控系统的热补偿功能封闭、无法适配国产机型，制约高端模具与航空结构件加工。',
    applicationScenario: '五轴加工中心批量加工航空铝合金结构件。',
    indicators: [
      indicator('thermal_error', '连续加工 8 小时热误差', 'μm', 15, 3, 5, 6000, lower, '按 GB/T 17421.3 在恒温车间检测'),
      indicator('models_supported', '补偿模型适配机型', '种', 0, 3, 2, 4000, higher, '需求方现场验证'),
    ],
    coFundingYuan: 1_500_000,
    target: 'pooled',
    reason: '属于高端装备“卡脖子”环节，指标明确，建议入库。',
  },
  {
    ...autoNeed,
    key: 'nb-sintering',
    title: '车规级功率模块银烧结封装工艺',
    category: 'key_core_technology',
    field: '新材料',
    industrialChain: '新能源汽车',
    problemStatement: 'SiC 功率模块的焊料层在 175 ℃ 以上工况下易疲劳开裂，需要国产化的低压银烧结工艺与配套设备。',
    applicationScenario: '800 V 电驱逆变器功率模块封装线。',
    indicators: [
      indicator('shear_strength', '烧结层剪切强度', 'MPa', 25, 40, 35, 5000, higher, '按 JESD22-B117 测试'),
      indicator('thermal_cycles', '温度循环寿命（−40~175 ℃）', '次', 1000, 3000, 2500, 5000, higher, '第三方可靠性实验室测试'),
    ],
    coFundingYuan: 2_000_000,
    target: 'vetting',
  },
  {
    ...machineNeed,
    key: 'nb-reducer',
    title: '工业机器人精密减速器寿命加速试验方法',
    category: 'industry_common_technology',
    field: '高端装备',
    industrialChain: '机器人与高端装备',
    problemStatement: '国产 RV 减速器缺少公认的加速寿命试验方法，整机厂验证周期长达 6 个月。',
    applicationScenario: '区域内减速器与机器人整机企业共用的检测平台。',
    indicators: [
      indicator('test_days', '寿命验证周期', '天', 180, 30, 45, 6000, lower, '对比实际工况寿命数据'),
      indicator('prediction_error', '寿命预测误差', '%', 40, 10, 15, 4000, lower, '与 10 台样机实测寿命比对'),
    ],
    coFundingYuan: 800_000,
    target: 'screening',
  },
  {
    ...autoNeed,
    key: 'nb-battery',
    title: '动力电池包热失控早期预警传感器',
    category: 'key_core_technology',
    field: '电子信息',
    industrialChain: '新能源汽车',
    problemStatement: '现有电池管理系统仅靠电压和温度判断，热失控预警提前量不足 1 分钟。需要气体、压力多参量融合的早期预警传感器。',
    applicationScenario: '乘用车动力电池包。',
    indicators: [
      indicator('lead_time', '热失控预警提前量', 'min', 1, 10, 5, 7000, higher, '按 GB 38031 热扩散试验'),
      indicator('sensor_cost', '单包传感器成本', '元', 600, 200, 300, 3000, lower, '需求方采购核价'),
    ],
    coFundingYuan: 1_000_000,
    target: 'submitted',
  },
  {
    ...machineNeed,
    key: 'nb-bearing',
    title: '高端轴承钢冶炼纯净度控制',
    category: 'industry_common_technology',
    field: '新材料',
    industrialChain: '机器人与高端装备',
    problemStatement: '高端机床主轴轴承依赖进口，国产轴承钢夹杂物控制不稳定。',
    applicationScenario: '机床主轴轴承。',
    indicators: [indicator('oxygen', '钢中氧含量', 'ppm', 12, 5, 6, 10_000, lower, '按 GB/T 11261 检测')],
    coFundingYuan: 500_000,
    target: 'returned',
    reason: '请补充夹杂物尺寸与疲劳寿命指标、说明需求方承担的验证条件后重新提交。',
  },
  {
    ...autoNeed,
    key: 'nb-electrolyte',
    title: '固态电解质锂离子输运机理研究',
    category: 'key_core_technology',
    field: '新能源',
    industrialChain: '新能源汽车',
    problemStatement: '探索硫化物固态电解质中锂离子输运的微观机理。',
    applicationScenario: '面向下一代固态电池的理论研究。',
    indicators: [indicator('papers', '机理模型', '项', 0, 1, null, 10_000, higher, '同行评议')],
    coFundingYuan: 0,
    isBasicResearch: true,
    target: 'rejected',
    reason: '属于基础研究，不在“揭榜挂帅”适用边界内，建议转报自然科学基金等基础研究渠道。',
  },
  {
    ...machineNeed,
    key: 'nb-thermal-dup',
    title: '数控机床主轴热变形补偿',
    category: 'key_core_technology',
    field: '高端装备',
    industrialChain: '机器人与高端装备',
    problemStatement: '主轴热变形导致加工精度下降，希望开发补偿技术。',
    applicationScenario: '数控加工中心。',
    indicators: [indicator('thermal_error', '热误差', 'μm', 15, 5, 8, 10_000, lower, '现场检测')],
    coFundingYuan: 300_000,
    target: 'merged',
    mergeInto: 'nb-thermal',
  },
  {
    ...autoNeed,
    key: 'nb-casting',
    title: '一体化压铸免热处理铝合金材料开发',
    category: 'key_core_technology',
    field: '新材料',
    industrialChain: '新能源汽车',
    problemStatement: '大型一体化压铸后地板需要免热处理、高延伸率的铝合金材料（草稿，指标待补充）。',
    applicationScenario: '一体化压铸车身结构件。',
    indicators: [indicator('elongation', '铸态延伸率', '%', 6, 12, 10, 10_000, higher, '按 GB/T 228.1 拉伸试验')],
    coFundingYuan: 2_500_000,
    target: 'draft',
  },
];

const SHENYANG_NEEDS: DemoNeed[] = [
  {
    programme: 'shenyang-common',
    officer: 'sy_owner',
    demander: 'sy-robot',
    author: 'sy_demander',
    key: 'sy-torque',
    title: '协作机器人关节高精度力矩传感器国产化',
    category: 'industry_common_technology',
    field: '智能制造',
    industrialChain: '机器人',
    problemStatement: '协作机器人关节力矩传感器依赖进口，价格占整机成本 20% 以上，供货周期长。需要可批量生产的国产传感器。',
    applicationScenario: '六轴协作机器人关节模组，年需求 2 万只。',
    indicators: [
      indicator('accuracy', '综合精度', '%FS', 1, 0.1, 0.2, 5000, lower, '国家级计量院标定'),
      indicator('unit_cost', '单只成本', '元', 3000, 800, 1200, 3000, lower, '批量 1000 只核价'),
      indicator('mtbf', '平均无故障时间', 'h', 20_000, 50_000, 40_000, 2000, higher, '加速寿命试验'),
    ],
    coFundingYuan: 2_000_000,
    target: 'pooled',
    reason: '属于全市机器人产业链共性技术短板，多家企业有同类需求，建议入库。',
  },
  {
    programme: 'shenyang-common',
    officer: 'sy_owner',
    demander: 'sy-heavy',
    author: 'sy_demander2',
    key: 'sy-ndt',
    title: '大型铸锻件相控阵超声无损检测共性技术',
    category: 'industry_common_technology',
    field: '高端装备',
    industrialChain: '重大装备',
    problemStatement: '大型铸锻件内部缺陷检测依赖人工超声，效率低、结果难追溯。',
    applicationScenario: '重型装备铸锻件出厂检验。',
    indicators: [
      indicator('min_defect', '可检出最小缺陷当量', 'mm', 3, 1, 2, 6000, lower, '对比试块检测'),
      indicator('efficiency', '检测效率提升', '倍', 1, 5, 3, 4000, higher, '现场对比测试'),
    ],
    coFundingYuan: 1_200_000,
    target: 'vetting',
  },
  {
    programme: 'shenyang-key',
    officer: 'sy_owner',
    demander: 'sy-heavy',
    author: 'sy_demander2',
    key: 'sy-hydraulic',
    title: '大型矿山装备液压系统智能故障诊断',
    category: 'key_core_technology',
    field: '智能制造',
    industrialChain: '重大装备',
    problemStatement: '矿山装备液压系统故障停机损失大，现有诊断依赖进口软件和专家经验，故障定位平均耗时 6 小时。',
    applicationScenario: '露天矿用液压挖掘机，在役 300 台。',
    indicators: [
      indicator('diagnosis_accuracy', '故障诊断准确率', '%', 70, 95, 90, 6000, higher, '历史故障数据回放 + 现场验证'),
      indicator('locate_time', '故障定位时间', 'min', 360, 30, 60, 4000, lower, '现场统计'),
    ],
    coFundingYuan: 1_500_000,
    target: 'pooled',
    reason: '企业关键技术需求明确，技术合同额预计不低于 100 万元，符合后补助条件，建议入库。',
  },
  {
    programme: 'shenyang-key',
    officer: 'sy_owner',
    demander: 'sy-robot',
    author: 'sy_demander',
    key: 'sy-slam',
    title: '移动机器人复杂工业场景高精度定位导航',
    category: 'results_transformation',
    field: '智能制造',
    industrialChain: '机器人',
    problemStatement: '高校已有激光视觉融合定位成果，需要在强反光、动态遮挡的车间环境完成工程化验证。',
    applicationScenario: '汽车总装车间物流 AMR。',
    indicators: [indicator('position_error', '重复定位误差', 'mm', 50, 10, 20, 10_000, lower, '现场 1000 次重复定位测试')],
    coFundingYuan: 600_000,
    target: 'submitted',
  },
];

const SGCC_NEED_DETAILS: { key: string; problem: string; indicators: Indicator[] }[] = [
  {
    key: 'sgcc-emf',
    problem: '研制可嵌入一次设备的微型电磁场传感器及其核心敏感芯片，替代体积大、依赖进口的传统互感测量器件。',
    indicators: [
      indicator('sensor_volume', '传感器体积', 'cm³', 50, 1, 2, 4000, lower, '实物测量'),
      indicator('field_accuracy', '电场测量精度', '%', 5, 1, 2, 6000, lower, '国家高电压计量站标定'),
    ],
  },
  {
    key: 'sgcc-link',
    problem: '面向海量电力物联网传感终端，研究低功耗、可认证、抗攻击的安全连接协议与芯片级实现。',
    indicators: [
      indicator('power', '平均通信功耗', 'μW', 500, 50, 100, 5000, lower, '第三方实验室测试'),
      indicator('auth_time', '接入认证时延', 'ms', 800, 100, 200, 5000, lower, '现场组网测试'),
    ],
  },
  {
    key: 'sgcc-harvest',
    problem: '研究输电线路与变电设备上的感应取能、温差取能技术，使传感器免更换电池长期运行。',
    indicators: [
      indicator('harvest_power', '最小启动取能电流下输出功率', 'mW', 1, 10, 5, 6000, higher, '实验室模拟线路测试'),
      indicator('lifetime', '免维护运行寿命', '年', 2, 10, 8, 4000, higher, '加速老化试验'),
    ],
  },
  {
    key: 'sgcc-edge',
    problem: '在边缘侧融合多源传感数据，实现设备状态的就地智能感知与异常识别，降低主站数据压力。',
    indicators: [
      indicator('detection_rate', '异常识别准确率', '%', 80, 95, 92, 6000, higher, '历史数据回放'),
      indicator('bandwidth', '上送数据量压缩比', '倍', 1, 20, 10, 4000, higher, '现场统计'),
    ],
  },
  {
    key: 'sgcc-calibration',
    problem: '建立传感器在线校准与可靠性评估方法，解决大规模部署后精度漂移无法及时发现的问题。',
    indicators: [
      indicator('drift_detection', '精度漂移发现时间', '天', 180, 7, 14, 5000, lower, '现场对比'),
      indicator('assessment_coverage', '可靠性评估覆盖率', '%', 20, 95, 90, 5000, higher, '抽样核查'),
    ],
  },
];

/** One pooled need per research direction of the State Grid 项目群, ready to become the group's challenges. */
const SGCC_NEEDS: DemoNeed[] = SGCC_DIRECTIONS.map((direction, index) => {
  const details = SGCC_NEED_DETAILS[index]!;
  return {
    programme: 'sgcc',
    officer: 'sgcc_owner',
    demander: 'sgcc',
    author: 'sgcc_demander',
    key: details.key,
    title: direction,
    category: 'key_core_technology',
    field: '电力物联网',
    industrialChain: '新型电力系统',
    problemStatement: details.problem,
    applicationScenario: '国家电网输变电设备状态感知与配电物联网。',
    indicators: details.indicators,
    coFundingYuan: 0,
    target: 'pooled',
    reason: '纳入电力物联网传感技术项目群，揭榜成功后连续实施。',
  };
});

export const DEMO_NEEDS: DemoNeed[] = [...NINGBO_NEEDS, ...SHENYANG_NEEDS, ...SGCC_NEEDS];

type Op = 'submit' | 'start-screening' | 'start-vetting' | 'pool' | 'return' | 'reject' | 'merge';

/** The API calls that take a new draft to `target`. */
const PATHS: Record<NeedStatus, Op[]> = {
  draft: [],
  submitted: ['submit'],
  screening: ['submit', 'start-screening'],
  vetting: ['submit', 'start-screening', 'start-vetting'],
  pooled: ['submit', 'start-screening', 'start-vetting', 'pool'],
  returned: ['submit', 'start-screening', 'return'],
  rejected: ['submit', 'start-screening', 'start-vetting', 'reject'],
  merged: ['submit', 'start-screening', 'merge'],
};

async function seedNeed(ctx: SeedContext, need: DemoNeed): Promise<void> {
  const author = await ctx.as(need.author);
  const officer = await ctx.as(need.officer);
  const created = await author.post(`/api/programmes/${ctx.ref(`programme:${need.programme}`)}/needs`, {
    demanderOrgId: ctx.ref(`org:${need.demander}`),
    title: need.title,
    category: need.category,
    field: need.field,
    industrialChain: need.industrialChain,
    problemStatement: need.problemStatement,
    applicationScenario: need.applicationScenario,
    indicators: need.indicators,
    coFundingFen: need.coFundingYuan * 100,
    isBasicResearch: need.isBasicResearch ?? false,
  });
  const id = ctx.setRef(`need:${need.key}`, created.id);
  for (const op of PATHS[need.target]) {
    if (op === 'submit') await author.post(`/api/needs/${id}/submit`);
    else if (op === 'merge') await officer.post(`/api/needs/${id}/merge`, { targetNeedId: ctx.ref(`need:${need.mergeInto}`) });
    else if (op === 'pool') await officer.post(`/api/needs/${id}/pool`, { opinion: need.reason ?? '' });
    else await officer.post(`/api/needs/${id}/${op}`, { reason: op === 'return' || op === 'reject' ? (need.reason ?? '') : '' });
  }
}

export const needsStep = (label: string, needs: readonly DemoNeed[]): SeedStep => ({
  name: `needs: ${label}`,
  async run(ctx) {
    for (const need of needs) await seedNeed(ctx, need);
  },
});

export const DEMO_NEED_STEPS: SeedStep[] = [needsStep('宁波', NINGBO_NEEDS), needsStep('沈阳', SHENYANG_NEEDS), needsStep('国家电网项目群', SGCC_NEEDS)];
