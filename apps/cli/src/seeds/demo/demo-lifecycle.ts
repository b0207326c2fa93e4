import type { SeedStep } from '../seed-context.ts';

/**
 * ─── LIFECYCLE STEPS: APPEND HERE ───────────────────────────────────────────────────────────────────────────
 *
 * The demo so far holds the base data, needs in every status and the State Grid 项目群. The rest of the
 * lifecycle is added here, one named step per stage, each calling the HTTP API in-process as a seeded user:
 *
 *   const session = await ctx.as('nb_owner');
 *   const challenge = await session.post(`/api/programmes/${ctx.ref('programme:ningbo')}/challenges`, { …, needIds: [ctx.ref('need:nb-vision')] });
 *   ctx.setRef('challenge:nb-vision', challenge.id);
 *
 * Planned, in order (what each stage's demo data should show):
 *   1. challenges   publish 榜单 from the pooled needs (nb-vision, nb-thermal, sy-torque, sy-hydraulic) and the
 *                   five State Grid directions as the group's challenges (ref `group:sgcc`)
 *   2. bids         Donghai consortium on nb-vision (donghai lead, pi_chen, yongxin + nb-imi members),
 *                   competing bids from xa_bidder (Xi'an) and de_bidder (the foreign institute), ls_bidder on
 *                   sy-torque, sgcc_bidder/sgcc_pi on the first group direction
 *   3. review       panels of expert_tech1/2, expert_ind1/2, expert_fin1/2; scores; shortlist
 *   4. notice       公示 with one objection filed by the public and ruled on
 *   5. awards       award and contract with tranches and milestones (Ningbo: rd-input subsidy; Shenyang: both schemes)
 *   6. supervision  a milestone report, a filed route adjustment, an expense approved by the PI
 *   7. acceptance   verdict per indicator (nb_tester), results-based payout; one diligent failure review
 *
 * Keys in use: tenant:<key>, org:<key>, user:<username>, programme:<ningbo|shenyang-common|shenyang-key|sgcc>,
 * need:<key> (see demo-needs.ts), group:sgcc.
 */
export const DEMO_LIFECYCLE_STEPS: SeedStep[] = [];
