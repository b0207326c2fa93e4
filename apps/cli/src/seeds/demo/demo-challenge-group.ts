import type { SeedStep } from '../seed-context.ts';
import { SGCC_DIRECTIONS } from './demo-data.ts';

/** The State Grid 项目群: once won, its linked challenges continue without yearly re-competition. */
export const challengeGroupStep: SeedStep = {
  name: 'challenge group: 国家电网项目群',
  async run(ctx) {
    const owner = await ctx.as('sgcc_owner');
    const group = await owner.post(`/api/programmes/${ctx.ref('programme:sgcc')}/challenge-groups`, {
      name: '电力物联网传感技术项目群',
      description: `由 ${SGCC_DIRECTIONS.length} 个相互衔接的研究方向组成：${SGCC_DIRECTIONS.join('、')}。只要揭榜成功，项目群中的细分项目连续实施，不再每年开展竞争性论证，以保持研究的连续性。`,
      continuity: true,
    });
    ctx.setRef('group:sgcc', group.id);
  },
};
