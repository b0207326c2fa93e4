/**
 * 专家库学科/行业领域: the pool classifies expertise by GB/T 4754-2017 (国民经济行业分类) division codes, the
 * classification Shenzhen's expert pool and most provincial pools use, so an expert's fields and a challenge's
 * 领域 can be compared code to code. Aliases are the everyday words challenges and résumés use (新能源汽车, 集成电路,
 * 工业软件 …); several codes may share an alias when the word spans industries (新材料, 高端装备).
 */
export interface ExpertField {
  code: string;
  label: string;
  aliases: readonly string[];
}

export const EXPERT_FIELDS: readonly ExpertField[] = [
  { code: 'A01', label: '农业', aliases: ['种植', '智慧农业', '育种'] },
  { code: 'C13', label: '农副食品加工业', aliases: ['食品加工'] },
  { code: 'C26', label: '化学原料和化学制品制造业', aliases: ['化工', '新材料', '精细化工', '电池材料'] },
  { code: 'C27', label: '医药制造业', aliases: ['生物医药', '医药', '创新药'] },
  { code: 'C28', label: '化学纤维制造业', aliases: ['化纤', '碳纤维'] },
  { code: 'C29', label: '橡胶和塑料制品业', aliases: ['高分子材料', '塑料'] },
  { code: 'C30', label: '非金属矿物制品业', aliases: ['新材料', '先进陶瓷', '玻璃'] },
  { code: 'C31', label: '黑色金属冶炼和压延加工业', aliases: ['钢铁', '特种钢'] },
  { code: 'C32', label: '有色金属冶炼和压延加工业', aliases: ['新材料', '有色金属', '铝合金', '稀土'] },
  { code: 'C33', label: '金属制品业', aliases: ['铸造', '精密成形', '金属加工'] },
  { code: 'C34', label: '通用设备制造业', aliases: ['智能制造', '高端装备', '工业机器人', '数控机床', '轴承'] },
  { code: 'C35', label: '专用设备制造业', aliases: ['智能制造', '高端装备', '半导体设备', '医疗器械'] },
  { code: 'C36', label: '汽车制造业', aliases: ['新能源汽车', '汽车', '智能网联汽车', '电驱'] },
  { code: 'C37', label: '铁路、船舶、航空航天和其他运输设备制造业', aliases: ['高端装备', '航空航天', '轨道交通', '船舶', '无人机'] },
  { code: 'C38', label: '电气机械和器材制造业', aliases: ['电力装备', '电机', '储能', '动力电池', '光伏'] },
  { code: 'C39', label: '计算机、通信和其他电子设备制造业', aliases: ['电子信息', '集成电路', '芯片', '半导体', '通信设备', '传感器'] },
  { code: 'C40', label: '仪器仪表制造业', aliases: ['智能检测', '仪器仪表', '检测仪器', '机器视觉', '计量'] },
  { code: 'D44', label: '电力、热力生产和供应业', aliases: ['新能源', '电力物联网', '电网', '发电', '综合能源'] },
  { code: 'D45', label: '燃气生产和供应业', aliases: ['燃气', '氢能'] },
  { code: 'E48', label: '土木工程建筑业', aliases: ['土木工程', '建筑工程'] },
  { code: 'G54', label: '道路运输业', aliases: ['智慧交通', '物流运输'] },
  { code: 'I63', label: '电信、广播电视和卫星传输服务', aliases: ['5G', '卫星通信', '物联网'] },
  { code: 'I64', label: '互联网和相关服务', aliases: ['互联网', '工业互联网', '云计算'] },
  { code: 'I65', label: '软件和信息技术服务业', aliases: ['工业软件', '软件', '人工智能', '大数据', '信息技术', '数字孪生'] },
  { code: 'J66', label: '货币金融服务', aliases: ['银行', '科技金融'] },
  { code: 'J67', label: '资本市场服务', aliases: ['投资', '风险投资', '股权投资', '资本市场'] },
  { code: 'L72', label: '商务服务业', aliases: ['法律服务', '知识产权', '会计', '审计', '咨询'] },
  { code: 'M73', label: '研究和试验发展', aliases: ['研发', '基础研究', '试验发展'] },
  { code: 'M74', label: '专业技术服务业', aliases: ['检验检测', '工程技术', '标准化', '认证'] },
  { code: 'M75', label: '科技推广和应用服务业', aliases: ['技术转移', '成果转化', '科技服务'] },
  { code: 'N77', label: '生态保护和环境治理业', aliases: ['环保', '节能环保', '环境治理', '碳中和'] },
  { code: 'Q84', label: '卫生', aliases: ['医疗', '医疗卫生', '健康'] },
];

const BY_CODE = new Map(EXPERT_FIELDS.map((field) => [field.code, field]));

export function isExpertFieldCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function expertField(code: string): ExpertField | undefined {
  return BY_CODE.get(code);
}

interface Term {
  term: string;
  codes: string[];
}

/** Every label and alias once, with the codes it names, longest first so the longest reading of a span wins. */
const TERMS: readonly Term[] = (() => {
  const byTerm = new Map<string, string[]>();
  for (const field of EXPERT_FIELDS) {
    for (const word of [field.label, ...field.aliases]) {
      const key = word.toLowerCase();
      const codes = byTerm.get(key) ?? [];
      if (!codes.includes(field.code)) codes.push(field.code);
      byTerm.set(key, codes);
    }
  }
  return [...byTerm.entries()].map(([term, codes]) => ({ term, codes })).sort((a, b) => b.term.length - a.term.length);
})();

/**
 * The codes whose label or alias occurs in `text`, in catalogue order. A shorter word inside a longer matched one
 * does not count: "新能源汽车" is 汽车制造 (C36), not also 电力 (D44) through "新能源".
 */
export function fieldCodesForText(text: string): string[] {
  const haystack = text.toLowerCase();
  const taken: boolean[] = new Array<boolean>(haystack.length).fill(false);
  const found = new Set<string>();
  for (const { term, codes } of TERMS) {
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(term, from);
      if (at < 0) break;
      from = at + 1;
      const span = taken.slice(at, at + term.length);
      if (span.some(Boolean)) continue;
      for (let i = at; i < at + term.length; i += 1) taken[i] = true;
      for (const code of codes) found.add(code);
    }
  }
  return EXPERT_FIELDS.filter((field) => found.has(field.code)).map((field) => field.code);
}
