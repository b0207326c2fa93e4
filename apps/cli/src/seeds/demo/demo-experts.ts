import type { UserSpec } from '../base-data.ts';
import type { SeedContext, SeedStep } from '../seed-context.ts';

/**
 * The demo's expert pool (专家库): the six experts of the earlier stories plus eighteen more, technical, industry,
 * finance and legal, general and major-project pool, from several regions. A few work for organisations that bid
 * in the current Ningbo round (东海理工大学, 浙江甬芯, 宁波智能制造研究院, 辽沈工业大学, 辽宁先进材料研究所), so an
 * assignment run must leave them out (回避); two declared relations add a relative and a collaboration. One
 * self-registration waits for the Ningbo office's decision.
 */

interface ProfileSpec {
  username: string;
  /** The pool that owns the profile (its tenant-wide officers manage it). */
  pool: 'ningbo' | 'shenyang' | 'sgcc';
  panelRole: 'technical' | 'industry' | 'finance' | 'legal';
  tier: 'general' | 'major';
  fieldCodes: string[];
  expertise: string;
  title: string;
  /** A registered organisation's key (links it for recusal) or a unit's name only. */
  organisation?: string;
  organisationName?: string;
  regionCode: string;
  loadCap?: number;
  rating?: number;
  /** Days from the real now (Beijing dates) the expert cannot review. */
  unavailableDays?: [number, number];
}

const grantsIn = (...tenants: string[]) => tenants.map((tenant) => ({ role: 'expert_reviewer' as const, tenant }));

/** The eighteen experts added for the pool; the first six are in DEMO_USERS. */
export const DEMO_POOL_USERS: UserSpec[] = [
  { username: 'expert_tech3', displayName: '陈立群', tenant: 'ningbo', organisation: 'donghai', grants: grantsIn('ningbo') },
  { username: 'expert_tech4', displayName: '罗海峰', tenant: 'ningbo', organisation: 'yongxin', grants: grantsIn('ningbo') },
  { username: 'expert_tech5', displayName: '叶文清', tenant: 'ningbo', organisation: 'nb-imi', grants: grantsIn('ningbo') },
  { username: 'expert_tech6', displayName: '梁志斌', tenant: 'ningbo', grants: grantsIn('ningbo', 'shenyang') },
  { username: 'expert_tech7', displayName: '范雨婷', tenant: 'ningbo', grants: grantsIn('ningbo') },
  { username: 'expert_tech8', displayName: '谢宏伟', tenant: 'ningbo', grants: grantsIn('ningbo', 'shenyang') },
  { username: 'expert_tech9', displayName: '蔡明', tenant: 'ningbo', grants: grantsIn('ningbo') },
  { username: 'expert_ind3', displayName: '邓建华', tenant: 'ningbo', grants: grantsIn('ningbo') },
  { username: 'expert_ind4', displayName: '潘玉兰', tenant: 'ningbo', grants: grantsIn('ningbo') },
  { username: 'expert_fin3', displayName: '韩雪梅', tenant: 'ningbo', organisation: 'yj-fund', grants: grantsIn('ningbo') },
  { username: 'expert_fin4', displayName: '贾志远', tenant: 'ningbo', grants: grantsIn('ningbo') },
  { username: 'expert_law1', displayName: '董倩', tenant: 'ningbo', grants: grantsIn('ningbo') },
  { username: 'expert_tech10', displayName: '王德明', tenant: 'shenyang', organisation: 'ls-univ', grants: grantsIn('shenyang', 'ningbo') },
  { username: 'expert_tech11', displayName: '付晓东', tenant: 'shenyang', organisation: 'ln-materials', grants: grantsIn('shenyang', 'ningbo') },
  { username: 'expert_ind5', displayName: '孟庆国', tenant: 'shenyang', grants: grantsIn('shenyang') },
  { username: 'expert_law2', displayName: '曲婉清', tenant: 'shenyang', grants: grantsIn('shenyang') },
  { username: 'expert_tech12', displayName: '赵振宇', tenant: 'sgcc', organisation: 'sgcc-geiri', grants: grantsIn('sgcc') },
  { username: 'expert_fin5', displayName: '朱晓峰', tenant: 'sgcc', grants: grantsIn('sgcc', 'ningbo') },
];

const PROFILES: ProfileSpec[] = [
  // The six of the earlier stories: the Ningbo office keeps them; every programme may draw them.
  { username: 'expert_tech1', pool: 'ningbo', panelRole: 'technical', tier: 'major', fieldCodes: ['C40', 'C39', 'I65'], expertise: '机器视觉检测、智能传感与嵌入式系统', title: '教授', organisationName: '浙江工业大学', regionCode: '330100', rating: 90 },
  { username: 'expert_tech2', pool: 'ningbo', panelRole: 'technical', tier: 'major', fieldCodes: ['C34', 'C35', 'I65'], expertise: '数控机床精度补偿、数字孪生与工业软件', title: '教授', organisationName: '大连理工大学', regionCode: '210200', rating: 88 },
  { username: 'expert_ind1', pool: 'ningbo', panelRole: 'industry', tier: 'general', fieldCodes: ['C34', 'C36', 'C38'], expertise: '装备制造产业化与供应链', title: '正高级工程师', organisationName: '中国机械工业联合会', regionCode: '110102' },
  { username: 'expert_ind2', pool: 'ningbo', panelRole: 'industry', tier: 'major', fieldCodes: ['C36', 'C38', 'C40'], expertise: '新能源汽车电驱系统与零部件产业化', title: '正高级工程师', organisationName: '上海汽车工业研究院', regionCode: '310115' },
  { username: 'expert_fin1', pool: 'ningbo', panelRole: 'finance', tier: 'general', fieldCodes: ['J67', 'M75'], expertise: '科技项目经费审计与绩效评价', title: '注册会计师', organisationName: '立信会计师事务所宁波分所', regionCode: '330203' },
  { username: 'expert_fin2', pool: 'ningbo', panelRole: 'finance', tier: 'major', fieldCodes: ['J66', 'J67'], expertise: '产业基金投资与重大项目财务评估', title: '高级经济师', organisationName: '沈阳产业投资基金管理有限公司', regionCode: '210102' },
  // Ningbo's own pool.
  { username: 'expert_tech3', pool: 'ningbo', panelRole: 'technical', tier: 'general', fieldCodes: ['C34', 'C35'], expertise: '工业机器人视觉抓取与运动规划', title: '教授', organisation: 'donghai', regionCode: '330200' },
  { username: 'expert_tech4', pool: 'ningbo', panelRole: 'technical', tier: 'major', fieldCodes: ['C36', 'C38', 'C39'], expertise: '碳化硅功率模块与电驱控制器', title: '正高级工程师', organisation: 'yongxin', regionCode: '330203' },
  { username: 'expert_tech5', pool: 'ningbo', panelRole: 'technical', tier: 'general', fieldCodes: ['C40', 'I65'], expertise: '三维视觉测量与缺陷检测算法', title: '研究员', organisation: 'nb-imi', regionCode: '330200' },
  { username: 'expert_tech6', pool: 'ningbo', panelRole: 'technical', tier: 'major', fieldCodes: ['C39', 'C36'], expertise: '宽禁带功率半导体器件与封装可靠性', title: '研究员', organisationName: '中国科学院微电子研究所', regionCode: '110108', unavailableDays: [2, 12] },
  { username: 'expert_tech7', pool: 'ningbo', panelRole: 'technical', tier: 'general', fieldCodes: ['I65', 'C34'], expertise: '工业软件、数字孪生与产线仿真', title: '副教授', organisationName: '华中科技大学', regionCode: '420111' },
  { username: 'expert_tech8', pool: 'ningbo', panelRole: 'technical', tier: 'major', fieldCodes: ['C35', 'C34', 'C40'], expertise: '智能装备设计与柔性抓取末端执行器', title: '教授', organisationName: '哈尔滨工业大学', regionCode: '230103', loadCap: 3 },
  { username: 'expert_tech9', pool: 'ningbo', panelRole: 'technical', tier: 'general', fieldCodes: ['C32', 'C30', 'C26'], expertise: '高导热封装材料与先进陶瓷', title: '研究员', organisationName: '宁波新材料测试评价中心', regionCode: '330211' },
  { username: 'expert_ind3', pool: 'ningbo', panelRole: 'industry', tier: 'general', fieldCodes: ['C34', 'C35'], expertise: '机器人系统集成与工厂自动化改造', title: '高级工程师', organisationName: '宁波市机器人产业协会', regionCode: '330200' },
  { username: 'expert_ind4', pool: 'ningbo', panelRole: 'industry', tier: 'major', fieldCodes: ['C36', 'C38'], expertise: '整车电驱平台开发与量产导入', title: '正高级工程师', organisationName: '深圳新能源汽车产业研究院', regionCode: '440300', rating: 92 },
  { username: 'expert_fin3', pool: 'ningbo', panelRole: 'finance', tier: 'general', fieldCodes: ['J67', 'M75'], expertise: '科技成果转化投融资', title: '高级经济师', organisation: 'yj-fund', regionCode: '330212' },
  { username: 'expert_fin4', pool: 'ningbo', panelRole: 'finance', tier: 'major', fieldCodes: ['J66', 'J67', 'L72'], expertise: '重大项目预算评审与审计', title: '注册会计师', organisationName: '天健会计师事务所', regionCode: '330106' },
  { username: 'expert_law1', pool: 'ningbo', panelRole: 'legal', tier: 'general', fieldCodes: ['L72'], expertise: '技术合同、知识产权归属与联合体协议', title: '律师', organisationName: '浙江甬泰律师事务所', regionCode: '330203' },
  // Shenyang's pool; its technical experts may also be drawn for Ningbo.
  { username: 'expert_tech10', pool: 'shenyang', panelRole: 'technical', tier: 'general', fieldCodes: ['C34', 'C33'], expertise: '重型装备结构与精密成形', title: '教授', organisation: 'ls-univ', regionCode: '210100' },
  { username: 'expert_tech11', pool: 'shenyang', panelRole: 'technical', tier: 'major', fieldCodes: ['C32', 'C26', 'C36'], expertise: '功率器件封装散热材料', title: '研究员', organisation: 'ln-materials', regionCode: '210100' },
  { username: 'expert_ind5', pool: 'shenyang', panelRole: 'industry', tier: 'general', fieldCodes: ['C34', 'C35'], expertise: '数控机床产业链与国产化替代', title: '正高级工程师', organisationName: '沈阳机床行业协会', regionCode: '210106' },
  { username: 'expert_law2', pool: 'shenyang', panelRole: 'legal', tier: 'general', fieldCodes: ['L72'], expertise: '科技成果权属与政府资助合同', title: '律师', organisationName: '辽宁恒信律师事务所', regionCode: '210102' },
  // State Grid's pool.
  { username: 'expert_tech12', pool: 'sgcc', panelRole: 'technical', tier: 'major', fieldCodes: ['D44', 'C38', 'C40'], expertise: '电力物联网传感与配电自动化', title: '正高级工程师', organisation: 'sgcc-geiri', regionCode: '110114' },
  { username: 'expert_fin5', pool: 'sgcc', panelRole: 'finance', tier: 'general', fieldCodes: ['J67', 'D44'], expertise: '能源项目投资评估', title: '高级会计师', organisationName: '北京能源投资咨询有限公司', regionCode: '110102' },
];

/** A Beijing calendar date `day` days from the real now. */
const beijingDate = (ctx: SeedContext, day: number) => new Date(ctx.clock.at(day).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Base data: every profile written directly with a system audit event, like the accounts it belongs to. */
export const expertPoolStep: SeedStep = {
  name: 'expert pool',
  run: (ctx) =>
    ctx.deps.db.transaction().execute(async (trx) => {
      for (const spec of PROFILES) {
        const userId = ctx.ref(`user:${spec.username}`);
        const tenantId = ctx.ref(`tenant:${spec.pool}`);
        const organisation = spec.organisation ? await trx.selectFrom('organisation').select(['id', 'name']).where('id', '=', ctx.ref(`org:${spec.organisation}`)).executeTakeFirstOrThrow() : null;
        const unavailable = spec.unavailableDays ? [{ from: beijingDate(ctx, spec.unavailableDays[0]), to: beijingDate(ctx, spec.unavailableDays[1]) }] : [];
        const profile = {
          panelRole: spec.panelRole,
          tier: spec.tier,
          fieldCodes: spec.fieldCodes,
          organisationId: organisation?.id ?? null,
          organisationName: organisation?.name ?? spec.organisationName ?? '',
          regionCode: spec.regionCode,
          loadCap: spec.loadCap ?? 5,
          rating: spec.rating ?? 85,
        };
        await trx
          .insertInto('expert_profile')
          .values({
            user_id: userId,
            tenant_id: tenantId,
            status: 'active',
            panel_role: profile.panelRole,
            tier: profile.tier,
            field_codes: JSON.stringify(profile.fieldCodes),
            expertise: spec.expertise,
            professional_title: spec.title,
            organisation_id: profile.organisationId,
            organisation_name: profile.organisationName,
            region_code: profile.regionCode,
            load_cap: profile.loadCap,
            rating: profile.rating,
            unavailable: JSON.stringify(unavailable),
            created_at: ctx.deps.now(),
            updated_at: ctx.deps.now(),
          })
          .execute();
        await ctx.auditSystem(trx, { tenantId, type: 'expert_profile.created', aggregateType: 'expert_profile', aggregateId: userId, payload: { username: spec.username, status: 'active', ...profile } });
      }
    }),
};

/**
 * The pool's recent upkeep, through the API on the seed clock's last days: two declared relations (a relative who
 * leads a bid, a recent collaboration), an officer's edit in the history, and a fresh self-registration waiting
 * for approval.
 */
export const expertPoolUpkeepStep: SeedStep = {
  name: 'expert pool: relations, edits and an application',
  async run(ctx) {
    // Wherever the stories left the clock (it only moves forward), the upkeep happens in the last days.
    const today = (ctx.clock.now().getTime() - ctx.clock.at(0).getTime()) / 86_400_000;
    ctx.clock.travelTo(Math.max(today, -3));
    await (await ctx.as('expert_ind3')).post('/api/experts/me/relations', { kind: 'relative', personName: '陈志远', note: '表兄弟' });
    await (await ctx.as('expert_tech7')).post('/api/experts/me/relations', { kind: 'collaboration', organisationId: ctx.ref('org:xa-sensor'), year: 2025, note: '合作承担陕西省重点研发计划课题' });
    const officer = await ctx.as('nb_owner');
    const fin1 = await officer.get(`/api/experts/${ctx.ref('user:expert_fin1')}`);
    await officer.patch(`/api/experts/${fin1.userId}`, { version: fin1.version, rating: 93, loadCap: 6 });
    ctx.clock.travelTo(Math.max(today, -1));
    await ctx.anonymous().post('/api/expert-registrations', {
      tenantCode: 'ningbo',
      username: 'expert_applicant',
      password: 'Apply#Expert2026',
      displayName: '黎明轩',
      phone: '13805740000',
      email: 'limx@demo.jiebang.example',
      panelRole: 'industry',
      fieldCodes: ['C36', 'C38'],
      expertise: '新能源汽车热管理系统与零部件产业化',
      professionalTitle: '高级工程师',
      organisationName: '宁波均胜汽车电子研究院',
      regionCode: '330212',
      applicationNote: '从事汽车零部件研发 15 年，曾参加省级科技项目评审。',
    });
  },
};
