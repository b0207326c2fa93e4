import { z } from 'zod';
import { ASSIGNMENT_EXCLUSIONS, ASSIGNMENT_MODES, ASSIGNMENT_ROLES, ASSIGNMENT_RUN_STATUSES, INVITATION_STATUSES, PANEL_ROLES, PANEL_STATUSES } from '@jiebang/domain';
import { Actions, DateOnly, Timestamp, VersionedCommand } from './common.ts';
import { PanelQuotasSchema } from './programme.ts';

const Role = z.enum(ASSIGNMENT_ROLES);
const Affinity = z.number().min(0).max(1).describe('匹配度 0..1: 0.6 × field-code overlap + 0.4 × Chinese bigram text similarity, 6 decimals');
const RoleCounts = z.object({ technical: z.number().int(), industry: z.number().int(), finance: z.number().int(), legal: z.number().int() });

export const RunAssignmentBody = z.object({
  challengeIds: z.array(z.uuid()).min(1, 'choose at least one challenge').max(500).describe('Challenges of this programme under review whose panel is forming (or not formed yet: it is formed by the run)'),
  mode: z.enum(ASSIGNMENT_MODES).describe('optimal: maximum total affinity; random: 专家抽取, a seeded draw among eligible experts; fair: the worst-off challenge first, then the total'),
  seed: z.number().int().min(0, 'must be between 0 and 4294967295').max(4_294_967_295, 'must be between 0 and 4294967295').optional().describe('random mode: the seed of the draw; drawn by the server and recorded when omitted'),
  quotas: PanelQuotasSchema.optional().describe('Seats per role on each panel; defaults to the programme policy’s panelQuotas'),
});

export const AssignmentRunParams = z.object({ id: z.uuid().describe('Assignment run id') });

const ExpertRef = {
  expertUserId: z.uuid(),
  displayName: z.string(),
  organisationName: z.string(),
  panelRole: Role,
  affinity: Affinity,
};

export const AssignmentRunSummaryView = z.object({
  id: z.uuid(),
  mode: z.enum(ASSIGNMENT_MODES),
  seed: z.number().int().nullable(),
  status: z.enum(ASSIGNMENT_RUN_STATUSES),
  challengeCount: z.number().int(),
  seatCount: z.number().int(),
  objective: z.number(),
  shortfall: z.number().int().describe('Seats the run could not fill'),
  inputDigest: z.string().describe('SM3 of the canonical input snapshot'),
  createdAt: Timestamp,
  createdByName: z.string(),
  appliedAt: Timestamp.nullable(),
});

export const AssignmentBoardView = z
  .object({
    programme: z.object({ id: z.uuid(), name: z.string(), code: z.string() }),
    quotas: PanelQuotasSchema.describe('The programme policy’s default seats per role'),
    challenges: z
      .array(
        z.object({
          challengeId: z.uuid(),
          code: z.string(),
          title: z.string(),
          field: z.string(),
          budgetFen: z.number().int(),
          requiredTier: z.enum(['general', 'major']).describe('major: 1000万元 or more, reviewed by the major-project pool'),
          bidCount: z.number().int().describe('Live bids'),
          panelId: z.uuid().nullable(),
          panelStatus: z.enum(PANEL_STATUSES).nullable(),
          seatsHeld: RoleCounts.describe('Live seats (invited or accepted) per role'),
        }),
      )
      .describe('Challenges under review whose panel is forming or not yet formed: what a run may fill'),
    runs: z.array(AssignmentRunSummaryView).describe('Newest first'),
    actions: Actions.describe('run (the caller is an officer of the programme)'),
  })
  .meta({ id: 'AssignmentBoard' });

export const AssignmentRunView = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    mode: z.enum(ASSIGNMENT_MODES),
    seed: z.number().int().nullable(),
    status: z.enum(ASSIGNMENT_RUN_STATUSES),
    algorithmVersion: z.string(),
    inputDigest: z.string().describe('SM3 (GB/T 32905) of the canonical input snapshot'),
    objective: z.number().describe('Σ affinity of the proposed seats'),
    shortfall: z.number().int(),
    solveMs: z.number(),
    quotas: PanelQuotasSchema,
    reviewWindow: z.object({ from: DateOnly, to: DateOnly }).describe('Beijing dates; experts unavailable on any of them were not drawn'),
    panels: z.array(
      z.object({
        challengeId: z.uuid(),
        code: z.string(),
        title: z.string(),
        panelId: z.uuid(),
        demand: RoleCounts.describe('Seats the run was asked to fill per role'),
        shortfall: z.number().int(),
        seats: z.array(z.object(ExpertRef)),
        alternates: z.array(z.object({ ...ExpertRef, rank: z.number().int().min(1) })).describe('候补 per role, best first'),
      }),
    ),
    loads: z.array(z.object({ expertUserId: z.uuid(), displayName: z.string(), panelRole: Role, openSeats: z.number().int().describe('Open seats before the run'), proposed: z.number().int(), loadCap: z.number().int() })),
    exclusions: z.array(z.object({ reason: z.enum(ASSIGNMENT_EXCLUSIONS), count: z.number().int().describe('Candidate (expert, challenge) pairs left out for this reason, each counted once') })),
    expertCount: z.number().int(),
    candidatePairs: z.number().int(),
    createdAt: Timestamp,
    createdByName: z.string(),
    appliedAt: Timestamp.nullable(),
    actions: Actions.describe('apply, discard (proposed); replay'),
  })
  .meta({ id: 'AssignmentRun' });

export const AssignmentReplayView = z
  .object({
    identical: z.boolean().describe('The re-solved seats, alternates and objective equal the recorded ones'),
    digest: z.string().describe('SM3 of the stored input, recomputed'),
    digestMatches: z.boolean(),
    objective: z.number(),
    differences: z.array(z.string()).describe('Human-readable differences, empty when identical'),
  })
  .meta({ id: 'AssignmentReplay' });

export const ReplacePanelMemberBody = VersionedCommand.extend({
  reason: z.string().trim().max(2000).default('').describe('Why the seat is replaced (when it is withdrawn now)'),
});

export const PanelOverrideBody = VersionedCommand.extend({
  add: z.object({ expertUserId: z.uuid(), panelRole: Role }).optional().describe('An expert to invite onto the panel'),
  remove: z.object({ expertUserId: z.uuid() }).optional().describe('A live seat to withdraw'),
  reason: z.string().trim().min(1, 'is required').max(2000).describe('Why the officer overrides the assignment (audited)'),
});

export const PanelAssignmentView = z
  .object({
    panelId: z.uuid(),
    challengeId: z.uuid(),
    programmeId: z.uuid(),
    status: z.enum(PANEL_STATUSES),
    version: z.number().int(),
    runId: z.uuid().nullable().describe('The latest applied assignment run holding this challenge'),
    seats: z.array(
      z.object({
        expertUserId: z.uuid(),
        displayName: z.string(),
        organisationName: z.string(),
        panelRole: z.enum(PANEL_ROLES),
        invitationStatus: z.enum(INVITATION_STATUSES),
        source: z.enum(['manual', 'solver', 'alternate']),
        affinity: z.number().nullable(),
        overrideReason: z.string().nullable(),
        actions: Actions.describe('replace (候补 for a declined or withdrawn seat, or withdrawing a live one while forming), remove'),
      }),
    ),
    alternates: z.array(z.object({ ...ExpertRef, rank: z.number().int().min(1), taken: z.boolean().describe('Already on this panel') })),
    actions: Actions.describe('override (add or remove a seat with a reason; forming panels)'),
  })
  .meta({ id: 'PanelAssignment' });
