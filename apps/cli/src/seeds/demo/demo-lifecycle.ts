import type { SeedStep } from '../seed-context.ts';
import { lifecycleNeedsStep } from './demo-lifecycle-needs.ts';
import { ningboFlagshipStory } from './demo-story-ningbo-flagship.ts';
import { shenyangCoatingStory, ningboMemsStory } from './demo-stories-failures.ts';
import { ningboEncoderStory, ningboHeatPumpStory, ningboThermalStory, ningboTwinStory, ningboWeldStory } from './demo-stories-ningbo-current.ts';
import { ningboGraspStory, ningboSicStory } from './demo-stories-ningbo-review.ts';
import { sgccGroupStory, shenyangHydraulicStory, shenyangTorqueStory } from './demo-stories-shenyang-sgcc.ts';
import { timelineSteps, type Story } from './demo-timeline.ts';

/**
 * The lifecycle after the needs: a year of the platform's history, seeded through the HTTP API as the demo's
 * users on the seed clock (the scenario starts `historyDays` before the real now and ends at it).
 *
 * Round one (about eleven months ago) and what became of it:
 *   nb-vision       宁波 flagship: two bids (one a consortium), formal check, 3-expert panel, shortlist, 公示 with an
 *                   objection ruled out, award, contract (3 tranches, 2 milestones), route adjustment, expense
 *                   approved by the PI, acceptance on every indicator, 20% R&D-input payout, closed
 *   sy-torque       沈阳 industry-common: reviewed, awarded, signed with 50% upfront funding paid to the demander
 *   sy-hydraulic    沈阳 key technology, claimed: accepted, 30% post-completion subsidy paid to the demander
 *   sgcc-emf        State Grid 项目群 phase 1 awarded and under way; phase 2 (sgcc-link) assigned directly to the winner
 *   sy-coating      failed at acceptance, judged a diligent failure (no integrity record)
 *   nb-mems         terminated at a milestone for fabricated data, judged misconduct (records for org and PI)
 * The round under way now (宁波): nb-thermal, nb-heatpump, nb-encoder open for bids; nb-twin under review with
 * the panel scoring; nb-weld claimed, its result in public notice; nb-grasp and nb-sic (a major project) reviewed
 * with no panel yet, waiting for the officer's expert assignment.
 *
 * Keys set for later steps and tests: challenge:<need key>, bid:<need key>:<bidder>, contract:<need key>,
 * notice:nb-weld (besides tenant:, org:, user:, programme:, need:, group:sgcc of the earlier steps).
 */
const STORIES: Record<string, Story> = {
  'nb-vision': ningboFlagshipStory,
  'sy-torque': shenyangTorqueStory,
  'sy-hydraulic': shenyangHydraulicStory,
  'sgcc-group': sgccGroupStory,
  'sy-coating': shenyangCoatingStory,
  'nb-mems': ningboMemsStory,
  'nb-twin': ningboTwinStory,
  'nb-weld': ningboWeldStory,
  'nb-thermal': ningboThermalStory,
  'nb-heatpump': ningboHeatPumpStory,
  'nb-encoder': ningboEncoderStory,
  'nb-grasp': ningboGraspStory,
  'nb-sic': ningboSicStory,
};

/** Days of history the demo seeds: the needs are raised a year before the real now. */
export const DEMO_HISTORY_DAYS = 360;

export const DEMO_LIFECYCLE_STEPS: SeedStep[] = [
  lifecycleNeedsStep,
  ...timelineSteps(STORIES, [
    { name: 'lifecycle: 发榜与揭榜 (round one published and bid)', untilDay: -309 },
    { name: 'lifecycle: 评审、公示与揭榜成功 (panels, notices, awards)', untilDay: -292 },
    { name: 'lifecycle: 任务书与实施 (contracts, milestones, changes, a termination)', untilDay: -160 },
    { name: 'lifecycle: 验收与成果兑现 (acceptance, payouts, failure reviews)', untilDay: -100 },
    { name: 'lifecycle: 当前一轮 (open challenges, scoring, public notice)', untilDay: 0 },
  ]),
];
