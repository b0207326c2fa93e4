import type { OrganisationSpec, ProgrammeSpec, TenantSpec, UserSpec } from '../base-data.ts';

/**
 * The demo's cast, drawn from the seed documents (/work/shared/seeds): a national cloud platform over the
 * Ningbo (研发投入 20%) and Shenyang (前资助 / 后补助) programmes and State Grid's enterprise-led 项目群.
 * Organisations and people are fictional; each USCC is well-formed with a computed check character, and the
 * region inside it is the organisation's GB/T 2260 division.
 */

export const DEMO_TENANTS: TenantSpec[] = [
  { key: 'national', code: 'national', name: '国家揭榜挂帅云平台', level: 'national', regionCode: null, parent: null },
  { key: 'zhejiang', code: 'zhejiang', name: '浙江省科学技术厅', level: 'province', regionCode: '330000', parent: 'national' },
  { key: 'ningbo', code: 'ningbo', name: '宁波市科学技术局', level: 'city', regionCode: '330200', parent: 'zhejiang' },
  { key: 'liaoning', code: 'liaoning', name: '辽宁省科学技术厅', level: 'province', regionCode: '210000', parent: 'national' },
  { key: 'shenyang', code: 'shenyang', name: '沈阳市科学技术局', level: 'city', regionCode: '210100', parent: 'liaoning' },
  { key: 'sgcc', code: 'sgcc', name: '国家电网有限公司', level: 'enterprise', regionCode: '110000', parent: 'national' },
];

export const DEMO_ORGANISATIONS: OrganisationSpec[] = [
  // Ningbo: demanders (需求方), the Donghai consortium (牵头 + 成员), testing, a guide fund.
  { key: 'nb-auto', tenant: 'ningbo', name: '宁波甬港新能源汽车部件有限公司', type: 'enterprise', usccPrefix: '91', regionCode: '330206', usccBody: 'MA2H8K3L5' },
  { key: 'nb-machine', tenant: 'ningbo', name: '宁波鄞州精密数控机床有限公司', type: 'enterprise', usccPrefix: '91', regionCode: '330212', usccBody: '144072381' },
  { key: 'donghai', tenant: 'ningbo', name: '东海理工大学', nameEn: 'Donghai University of Technology', type: 'university', usccPrefix: '12', regionCode: '330200', usccBody: '419027463' },
  { key: 'nb-imi', tenant: 'ningbo', name: '宁波智能制造产业技术研究院', type: 'new_rd_institution', usccPrefix: '52', regionCode: '330200', usccBody: 'MJ8840275' },
  { key: 'yongxin', tenant: 'ningbo', name: '浙江甬芯微电子有限公司', type: 'enterprise', usccPrefix: '91', regionCode: '330203', usccBody: 'MA2J4N7Q0' },
  { key: 'nb-testing', tenant: 'ningbo', name: '宁波检验检测认证研究院', type: 'institute', usccPrefix: '12', regionCode: '330200', usccBody: '419031552' },
  { key: 'yj-fund', tenant: 'ningbo', name: '宁波甬江科创引导基金管理有限公司', type: 'enterprise', usccPrefix: '91', regionCode: '330212', usccBody: 'MA2K1D6W9' },
  { key: 'zj-dept', tenant: 'zhejiang', name: '浙江省科学技术厅', type: 'government', usccPrefix: '11', regionCode: '330000', usccBody: '002000121' },
  // Bidders from anywhere (英雄不论出处): Xi'an, Beijing, and abroad.
  { key: 'xa-sensor', tenant: 'national', name: '西安秦川智能传感科技有限公司', type: 'enterprise', usccPrefix: '91', regionCode: '610113', usccBody: 'MA6U3R2B8' },
  { key: 'bj-sensing', tenant: 'national', name: '北京中关村先进感知技术研究院', type: 'institute', usccPrefix: '12', regionCode: '110108', usccBody: '400871936' },
  {
    key: 'de-rhein',
    tenant: 'national',
    name: '德国莱茵传感与测量技术研究所',
    nameEn: 'Rhein-Institut für Sensorik und Messtechnik e.V.',
    type: 'institute',
    countryCode: 'DE',
    foreignRegistrationNumber: 'VR 20417 (Amtsgericht Aachen)',
  },
  // Shenyang: demanders of both schemes and local bidders.
  { key: 'sy-robot', tenant: 'shenyang', name: '沈阳浑南智能机器人有限公司', type: 'enterprise', usccPrefix: '91', regionCode: '210112', usccBody: 'MA0Y7C4E2' },
  { key: 'sy-heavy', tenant: 'shenyang', name: '沈阳铁西重型装备制造有限公司', type: 'enterprise', usccPrefix: '91', regionCode: '210106', usccBody: '117780453' },
  { key: 'ls-univ', tenant: 'shenyang', name: '辽沈工业大学', nameEn: 'Liaoshen University of Technology', type: 'university', usccPrefix: '12', regionCode: '210100', usccBody: '400012987' },
  { key: 'ln-materials', tenant: 'shenyang', name: '辽宁先进材料研究所', type: 'institute', usccPrefix: '12', regionCode: '210100', usccBody: '400013640' },
  // State Grid: the issuer and its research arm (internal teams bid too).
  { key: 'sgcc', tenant: 'sgcc', name: '国家电网有限公司', type: 'enterprise', usccPrefix: '91', regionCode: '110102', usccBody: '710931234' },
  { key: 'sgcc-geiri', tenant: 'sgcc', name: '国网智能电网研究院有限公司', type: 'enterprise', usccPrefix: '91', regionCode: '110114', usccBody: '717831246' },
];

const allProgrammeTenants = ['ningbo', 'shenyang', 'sgcc'] as const;
/** Experts sit in the national pool and may be drawn for any programme's panels. */
const expertGrants = allProgrammeTenants.map((tenant) => ({ role: 'expert_reviewer' as const, tenant }));

export const DEMO_USERS: UserSpec[] = [
  // 三员分立: three administrators, none with a business role.
  { username: 'sys_admin', displayName: '王磊（系统管理员）', tenant: 'national', grants: [{ role: 'sys_admin' }] },
  { username: 'sec_admin', displayName: '刘洋（安全管理员）', tenant: 'national', grants: [{ role: 'sec_admin' }] },
  { username: 'audit_admin', displayName: '赵敏（安全审计员）', tenant: 'national', grants: [{ role: 'audit_admin' }] },
  // Ningbo programme office.
  { username: 'nb_owner', displayName: '张建国', tenant: 'ningbo', grants: [{ role: 'programme_owner' }] },
  { username: 'nb_agency', displayName: '陈静', tenant: 'ningbo', grants: [{ role: 'management_agency' }] },
  { username: 'nb_demander', displayName: '李伟', tenant: 'ningbo', organisation: 'nb-auto', grants: [{ role: 'demander', organisation: 'nb-auto' }] },
  { username: 'nb_demander2', displayName: '黄鹏', tenant: 'ningbo', organisation: 'nb-machine', grants: [{ role: 'demander', organisation: 'nb-machine' }] },
  // The Donghai consortium: lead university, its PI (挂帅人), two members.
  { username: 'donghai_bidder', displayName: '吴晓燕', tenant: 'ningbo', organisation: 'donghai', grants: [{ role: 'bidder_org', organisation: 'donghai' }] },
  { username: 'pi_chen', displayName: '陈志远', tenant: 'ningbo', organisation: 'donghai', grants: [{ role: 'principal_investigator', organisation: 'donghai' }] },
  { username: 'yongxin_member', displayName: '郭明', tenant: 'ningbo', organisation: 'yongxin', grants: [{ role: 'consortium_member', organisation: 'yongxin' }, { role: 'bidder_org', organisation: 'yongxin' }] },
  { username: 'nbimi_member', displayName: '徐丽', tenant: 'ningbo', organisation: 'nb-imi', grants: [{ role: 'consortium_member', organisation: 'nb-imi' }] },
  { username: 'nb_tester', displayName: '杨帆', tenant: 'ningbo', organisation: 'nb-testing', grants: [{ role: 'tester', organisation: 'nb-testing' }] },
  { username: 'yj_funder', displayName: '林晓', tenant: 'ningbo', organisation: 'yj-fund', grants: [{ role: 'funder', tenant: 'national', organisation: 'yj-fund' }] },
  { username: 'zj_recommender', displayName: '钱红', tenant: 'zhejiang', organisation: 'zj-dept', grants: [{ role: 'recommender', organisation: 'zj-dept' }] },
  // Bidders from other regions and from abroad.
  { username: 'xa_bidder', displayName: '韩冰', tenant: 'national', organisation: 'xa-sensor', grants: [{ role: 'bidder_org', organisation: 'xa-sensor' }] },
  { username: 'xa_pi', displayName: '高远', tenant: 'national', organisation: 'xa-sensor', grants: [{ role: 'principal_investigator', organisation: 'xa-sensor' }] },
  { username: 'bj_bidder', displayName: '沈一帆', tenant: 'national', organisation: 'bj-sensing', grants: [{ role: 'bidder_org', organisation: 'bj-sensing' }, { role: 'principal_investigator', organisation: 'bj-sensing' }] },
  { username: 'de_bidder', displayName: '安娜·施密特（Anna Schmidt）', tenant: 'national', organisation: 'de-rhein', grants: [{ role: 'bidder_org', organisation: 'de-rhein' }, { role: 'principal_investigator', organisation: 'de-rhein' }] },
  // Expert pool: technical, industry and finance experts, two of each (their profiles and eighteen more experts: demo-experts.ts).
  { username: 'expert_tech1', displayName: '周文涛（技术专家）', tenant: 'national', grants: expertGrants },
  { username: 'expert_tech2', displayName: '孙丽华（技术专家）', tenant: 'national', grants: expertGrants },
  { username: 'expert_ind1', displayName: '马国强（产业专家）', tenant: 'national', grants: expertGrants },
  { username: 'expert_ind2', displayName: '何静（产业专家）', tenant: 'national', grants: expertGrants },
  { username: 'expert_fin1', displayName: '郑凯（财务专家）', tenant: 'national', grants: expertGrants },
  { username: 'expert_fin2', displayName: '许婷（财务专家）', tenant: 'national', grants: expertGrants },
  // Shenyang programme office, demanders, bidders.
  { username: 'sy_owner', displayName: '刘振华', tenant: 'shenyang', grants: [{ role: 'programme_owner' }] },
  { username: 'sy_demander', displayName: '孙志刚', tenant: 'shenyang', organisation: 'sy-robot', grants: [{ role: 'demander', organisation: 'sy-robot' }] },
  { username: 'sy_demander2', displayName: '赵立军', tenant: 'shenyang', organisation: 'sy-heavy', grants: [{ role: 'demander', organisation: 'sy-heavy' }] },
  { username: 'ls_bidder', displayName: '王海涛', tenant: 'shenyang', organisation: 'ls-univ', grants: [{ role: 'bidder_org', organisation: 'ls-univ' }] },
  { username: 'ls_pi', displayName: '李雪', tenant: 'shenyang', organisation: 'ls-univ', grants: [{ role: 'principal_investigator', organisation: 'ls-univ' }] },
  { username: 'lnm_bidder', displayName: '曹文博', tenant: 'shenyang', organisation: 'ln-materials', grants: [{ role: 'bidder_org', organisation: 'ln-materials' }, { role: 'principal_investigator', organisation: 'ln-materials' }] },
  // State Grid: its science & technology department issues, its research arm bids.
  { username: 'sgcc_owner', displayName: '周明（国网科技部）', tenant: 'sgcc', organisation: 'sgcc', grants: [{ role: 'programme_owner' }] },
  { username: 'sgcc_demander', displayName: '张华', tenant: 'sgcc', organisation: 'sgcc', grants: [{ role: 'demander', organisation: 'sgcc' }] },
  { username: 'sgcc_bidder', displayName: '陈晨', tenant: 'sgcc', organisation: 'sgcc-geiri', grants: [{ role: 'bidder_org', organisation: 'sgcc-geiri' }] },
  { username: 'sgcc_pi', displayName: '刘一鸣', tenant: 'sgcc', organisation: 'sgcc-geiri', grants: [{ role: 'principal_investigator', organisation: 'sgcc-geiri' }] },
];

export const DEMO_PROGRAMMES: ProgrammeSpec[] = [
  {
    key: 'ningbo',
    tenant: 'ningbo',
    code: 'NB-2026-JBGS',
    name: '2026 年度宁波市科技创新“揭榜挂帅”项目',
    mode: 'government_led',
    year: 2026,
    regionCode: '330200',
    preset: 'ningbo_rd_input',
    description:
      '面向全市科技型中小企业、高新技术企业、产业技术研究院和高校院所征集技术需求，围绕新兴产业、新能源汽车、机器人与高端装备、生物医药与高性能医疗器械等 8 大重点方向凝练榜单，面向全球发布。对揭榜成功的人才团队，按研发投入的 20% 给予最高 1000 万元资助。',
  },
  {
    key: 'shenyang-common',
    tenant: 'shenyang',
    code: 'SY-2026-GXJS',
    name: '2026 年沈阳市重点技术攻关“揭榜制”项目（产业共性技术）',
    mode: 'government_industry_academia',
    year: 2026,
    regionCode: '210100',
    preset: 'shenyang_common_technology',
    description:
      '聚焦本市 12 个产业链，面向企业创新发展需要的迭代性、前沿性、空白性共性技术设计凝练榜单。市科技局对技术需求提出企业按中榜项目技术合同额的 50% 给予前资助，最高不超过 300 万元。',
  },
  {
    key: 'shenyang-key',
    tenant: 'shenyang',
    code: 'SY-2026-GJJS',
    name: '2026 年沈阳市重点技术攻关“揭榜制”项目（企业关键技术）',
    mode: 'government_industry_academia',
    year: 2026,
    regionCode: '210100',
    preset: 'shenyang_key_technology',
    description:
      '面向企业关键技术难题张榜。市科技局根据项目实施绩效，按揭榜项目实际发生技术合同成交额（不低于 100 万元）的 30% 对技术需求提出企业给予后补助，最高不超过 100 万元。',
  },
  {
    key: 'sgcc',
    tenant: 'sgcc',
    code: 'SGCC-2026-CGQ',
    name: '国家电网有限公司 2026 年度科技项目“揭榜挂帅”（电力物联网传感）',
    mode: 'enterprise_led',
    year: 2026,
    regionCode: '110000',
    preset: 'enterprise_bounty',
    description:
      '以成体系的项目群组织攻关：揭榜成功后，项目群内的细分项目连续实施，不再每年开展竞争性论证，以保持研究的连续性；揭榜团队可自行确定研究目标方案并动态调整。牵头单位提交承诺书，国网科技部记录承诺落实情况并纳入信用管理。',
  },
];

/** 项目群 of the State Grid case: five linked research directions that continue without yearly re-competition. */
export const SGCC_DIRECTIONS = ['微型电磁场传感技术与核心器件制备', '传感器低功耗安全连接技术', '传感器自取能技术', '边缘智能感知与多源数据融合', '传感器在线校准与可靠性评估'] as const;
