import type { SeedStep } from '../seed-context.ts';
import { indicator, needsStep, type DemoNeed } from './demo-needs.ts';

/**
 * More pooled needs, so each challenge of the lifecycle stories stands on a need of its own (a 榜单 is 凝练
 * from the needs a demander raised): the current Ningbo round, the projects that failed, and a second Shenyang
 * key-technology need.
 */


const ningboAuto = { programme: 'ningbo', officer: 'nb_owner', demander: 'nb-auto', author: 'nb_demander', target: 'pooled' } as const;
const ningboMachine = { programme: 'ningbo', officer: 'nb_owner', demander: 'nb-machine', author: 'nb_demander2', target: 'pooled' } as const;

export const LIFECYCLE_NEEDS: DemoNeed[] = [
  {
    ...ningboAuto,
    key: 'nb-heatpump',
    title: '新能源汽车 CO₂ 热泵空调电动压缩机关键技术',
    category: 'key_core_technology',
    field: '新能源汽车',
    industrialChain: '新能源汽车',
    problemStatement:
      '冬季低温工况下纯电动汽车续航衰减可达 30% 以上。CO₂（R744）热泵在 −20 ℃ 仍能高效制热，但其电动压缩机需承受 10 MPa 以上的排气压力，涡旋型线设计、高压动密封与耐压壳体等核心技术仍依赖国外供应商。',
    applicationScenario: '800 V 平台纯电动乘用车热管理系统，预计年配套 10 万台。',
    indicators: [
      indicator('cop_low_temp', '−20 ℃ 制热能效比（COP）', '', 1.5, 2.2, 2, 4000, 'higher_is_better', '按 GB/T 21361 在焓差实验室测试'),
      indicator('max_pressure', '最高排气压力', 'MPa', 10, 15, 14, 3000, 'higher_is_better', '第三方耐压与爆破试验'),
      indicator('noise', '额定工况噪声', 'dB(A)', 72, 65, 68, 3000, 'lower_is_better', '半消声室测试'),
    ],
    coFundingYuan: 2_000_000,
    reason: '冬季续航是新能源汽车产业链的共性痛点，需求方配套资金落实，建议入库并面向全球发榜。',
  },
  {
    ...ningboMachine,
    key: 'nb-encoder',
    title: '高精度伺服电机绝对式编码器芯片国产化',
    category: 'key_core_technology',
    field: '集成电路',
    industrialChain: '机器人与高端装备',
    problemStatement: '高档数控机床与工业机器人伺服电机所用 23 位以上绝对式编码器及其信号处理芯片几乎全部进口，交期长达 6 个月，已成为整机交付的瓶颈。',
    applicationScenario: '五轴加工中心进给轴与主轴伺服电机，年需求 3 万只。',
    indicators: [
      indicator('resolution', '单圈分辨率', 'bit', 20, 24, 23, 4000, 'higher_is_better', '按 JB/T 10425 测试'),
      indicator('angle_accuracy', '角度精度', '″', 60, 20, 30, 4000, 'lower_is_better', '国家级计量院标定'),
      indicator('max_temperature', '工作温度上限', '℃', 85, 120, 105, 2000, 'higher_is_better', '高低温循环试验'),
    ],
    coFundingYuan: 1_000_000,
    reason: '编码器芯片是高端装备产业链“卡脖子”环节，指标明确可考核，建议入库。',
  },
  {
    ...ningboMachine,
    key: 'nb-twin',
    title: '数控机床加工过程数字孪生与工艺参数优化软件',
    category: 'industry_common_technology',
    field: '工业软件',
    industrialChain: '机器人与高端装备',
    problemStatement: '航空结构件五轴加工依赖工艺人员经验试切，首件合格率不足 80%，CAM 编程与机床实时数据相互割裂；国外数字孪生软件价格高，且难以接入国产数控系统。',
    applicationScenario: '需求方 20 台五轴加工中心组成的柔性生产线。',
    indicators: [
      indicator('first_pass', '首件合格率', '%', 80, 98, 95, 5000, 'higher_is_better', '连续 3 个月生产统计'),
      indicator('cycle_reduction', '加工节拍缩短', '%', 0, 20, 15, 3000, 'higher_is_better', '与基线工艺对比测试'),
      indicator('cnc_models', '接入国产数控系统型号', '种', 0, 3, 2, 2000, 'higher_is_better', '现场验证'),
    ],
    coFundingYuan: 1_200_000,
    reason: '工业软件是全市高端装备企业的共性短板，建议入库。',
  },
  {
    ...ningboAuto,
    key: 'nb-weld',
    title: '动力电池包壳体激光焊接质量在线监测',
    category: 'results_transformation',
    field: '智能检测',
    industrialChain: '新能源汽车',
    problemStatement: '电池包铝合金壳体激光焊缝的气孔、未熔合缺陷目前依靠离线 X 射线抽检，抽检率仅 5%，漏检会导致电池包气密失效。需要在焊接过程中在线监测并实时剔除不良品。',
    applicationScenario: '电池包壳体焊接线 6 条，节拍 90 秒/件。',
    indicators: [
      indicator('weld_recall', '焊缝缺陷检出率', '%', 90, 99, 98, 6000, 'higher_is_better', '与 X 射线检测结果比对 5000 件'),
      indicator('false_alarm', '误报率', '%', 8, 2, 3, 4000, 'lower_is_better', '连续生产统计'),
    ],
    coFundingYuan: 800_000,
    reason: '高校已有成熟的焊接过程监测成果，适合以认领方式转化落地，建议入库。',
  },
  {
    ...ningboAuto,
    key: 'nb-mems',
    title: '车规级高精度 MEMS 惯性测量单元',
    category: 'key_core_technology',
    field: '电子信息',
    industrialChain: '新能源汽车',
    problemStatement: '智能驾驶组合导航所需的车规级 MEMS 惯性测量单元被国外厂商垄断，零偏稳定性 1°/h 以内的产品单价超过 3000 元，供货受限。',
    applicationScenario: 'L2+ 级智能驾驶域控制器组合导航模块。',
    indicators: [
      indicator('bias_stability', '零偏稳定性', '°/h', 3, 0.8, 1, 6000, 'lower_is_better', '按 GB/T 35009 测试'),
      indicator('aec_q100', '车规可靠性认证', '项', 0, 1, 1, 4000, 'higher_is_better', 'AEC-Q100 认证报告'),
    ],
    coFundingYuan: 1_000_000,
    reason: '智能驾驶关键器件，需求方已明确装车验证条件，建议入库。',
  },
  {
    ...ningboMachine,
    key: 'nb-grasp',
    title: '工业机器人无序分拣三维视觉引导抓取系统',
    category: 'key_core_technology',
    field: '智能制造',
    industrialChain: '机器人与高端装备',
    problemStatement: '机加工车间的毛坯件和反光金属件堆叠无序，现有二维视觉无法可靠识别位姿，上下料仍靠人工。需要国产三维视觉与抓取规划系统，实现反光、遮挡条件下的稳定无序分拣。',
    applicationScenario: '需求方 12 台加工中心的自动上下料单元，24 小时连续生产。',
    indicators: [
      indicator('grasp_success', '无序抓取成功率', '%', 85, 99.5, 99, 5000, 'higher_is_better', '连续 10000 次抓取统计'),
      indicator('cycle_time', '单次识别与规划时间', 's', 3, 1, 1.5, 3000, 'lower_is_better', '现场计时测定'),
      indicator('pose_error', '位姿识别误差', 'mm', 1.5, 0.3, 0.5, 2000, 'lower_is_better', '三坐标测量比对'),
    ],
    coFundingYuan: 900_000,
    reason: '机器人上下料是区域机加工企业的普遍需求，指标可在产线直接考核，建议入库。',
  },
  {
    ...ningboAuto,
    key: 'nb-sic',
    title: '800 V 碳化硅电驱控制器高功率密度设计',
    category: 'key_core_technology',
    field: '新能源汽车',
    industrialChain: '新能源汽车',
    problemStatement: '800 V 高压平台需要碳化硅（SiC）功率器件的电机控制器，国产方案功率密度低、开关振荡和电磁干扰突出，核心驱动芯片与母线电容依赖进口。',
    applicationScenario: '需求方新一代 800 V 平台电驱总成，预计年配套 8 万套。',
    indicators: [
      indicator('power_density', '控制器功率密度', 'kW/L', 30, 50, 45, 4000, 'higher_is_better', '第三方台架测试'),
      indicator('efficiency', 'CLTC 工况综合效率', '%', 97, 99, 98.5, 4000, 'higher_is_better', '按 GB/T 18488 测试'),
      indicator('emc_level', '传导与辐射骚扰等级', '级', 3, 5, 4, 2000, 'higher_is_better', '按 GB/T 18655 测试'),
    ],
    coFundingYuan: 2_500_000,
    reason: '800 V 电驱是新能源汽车产业链升级的关键环节，需求方配套资金落实，建议入库。',
  },
  {
    programme: 'shenyang-key',
    officer: 'sy_owner',
    demander: 'sy-heavy',
    author: 'sy_demander2',
    target: 'pooled',
    key: 'sy-coating',
    title: '液压支架立柱激光熔覆耐蚀涂层工艺',
    category: 'key_core_technology',
    field: '新材料',
    industrialChain: '重大装备',
    problemStatement: '煤矿液压支架立柱的镀铬层在酸性矿井水中 6–12 个月即出现点蚀，返修成本高，电镀工艺又面临环保限制。需要开发可替代电镀的激光熔覆耐蚀涂层工艺。',
    applicationScenario: '综采工作面液压支架立柱，年维修量 4000 根。',
    indicators: [
      indicator('salt_spray', '中性盐雾试验耐蚀时间', 'h', 96, 1000, 720, 6000, 'higher_is_better', '按 GB/T 10125 测试'),
      indicator('cladding_rate', '熔覆效率', 'm²/h', 0.2, 1, 0.8, 4000, 'higher_is_better', '现场计时测定'),
    ],
    coFundingYuan: 600_000,
    reason: '企业关键技术需求明确，技术合同额预计 180 万元，符合后补助条件，建议入库。',
  },
];

export const lifecycleNeedsStep: SeedStep = needsStep('宁波、沈阳榜单储备', LIFECYCLE_NEEDS);
