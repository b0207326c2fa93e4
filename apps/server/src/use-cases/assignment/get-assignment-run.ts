import { ASSIGNMENT_EXCLUSIONS, assignmentRunActions, type AssignmentModeName, type AssignmentRole } from '@jiebang/domain';
import { assignmentRepository } from '../../repositories/assignment.repository.ts';
import { evaluationChallengeRepository } from '../../repositories/bid.repository.ts';
import { requireActor, type UseCaseContext } from '../use-case-context.ts';
import { loadRunFor } from './assignment-facts.ts';

/**
 * One run for the officer: the proposed panel of each challenge with names, roles, affinity and units, the
 * alternates, each seated expert's load against their cap, why pairs were left out, and the record that makes
 * it checkable (mode, seed, algorithm, SM3 digest).
 */
export async function getAssignmentRun(ctx: UseCaseContext, runId: string) {
  requireActor(ctx);
  const db = ctx.deps.db;
  const { run, status, programmeRef, snapshot, result } = await loadRunFor(db, ctx, runId, 'view');
  const seatedIds = result.panels.flatMap((panel) => [...panel.seats, ...panel.alternates].map((seat) => seat.expertUserId));
  const [names, challenges] = await Promise.all([
    assignmentRepository.expertNames(db, [...seatedIds, run.created_by]),
    evaluationChallengeRepository.findMany(db, result.panels.map((panel) => panel.challengeId)),
  ]);
  const challengeOf = new Map(challenges.map((challenge) => [challenge.id, challenge]));
  const named = <T extends { expertUserId: string }>(seat: T) => ({ ...seat, displayName: names.get(seat.expertUserId)?.displayName ?? '', organisationName: names.get(seat.expertUserId)?.organisationName ?? '' });

  const proposed = new Map<string, number>();
  for (const panel of result.panels) for (const seat of panel.seats) proposed.set(seat.expertUserId, (proposed.get(seat.expertUserId) ?? 0) + 1);
  const loads = snapshot.experts
    .filter((expert) => proposed.has(expert.userId))
    .map((expert) => ({ expertUserId: expert.userId, displayName: names.get(expert.userId)?.displayName ?? '', panelRole: expert.role, openSeats: expert.openSeats, proposed: proposed.get(expert.userId)!, loadCap: expert.loadCap }));

  return {
    id: run.id,
    programmeId: run.programme_id,
    mode: run.mode as AssignmentModeName,
    seed: run.seed,
    status,
    algorithmVersion: run.algorithm_version,
    inputDigest: run.input_digest,
    objective: run.objective,
    shortfall: run.shortfall,
    solveMs: run.solve_ms,
    quotas: snapshot.quotas,
    reviewWindow: snapshot.reviewWindow,
    panels: result.panels.map((panel) => {
      const item = snapshot.items.find((entry) => entry.challengeId === panel.challengeId);
      const challenge = challengeOf.get(panel.challengeId);
      return {
        challengeId: panel.challengeId,
        code: challenge?.code ?? '',
        title: challenge?.title ?? '',
        panelId: panel.panelId,
        demand: item?.demand ?? ({ technical: 0, industry: 0, finance: 0, legal: 0 } satisfies Record<AssignmentRole, number>),
        shortfall: panel.shortfall,
        seats: panel.seats.map(named),
        alternates: panel.alternates.map(named),
      };
    }),
    loads,
    exclusions: ASSIGNMENT_EXCLUSIONS.map((reason) => ({ reason, count: snapshot.exclusions[reason] ?? 0 })),
    expertCount: snapshot.experts.length,
    candidatePairs: snapshot.items.reduce((sum, item) => sum + item.candidates.length, 0),
    createdAt: run.created_at.toISOString(),
    createdByName: names.get(run.created_by)?.displayName ?? '',
    appliedAt: run.applied_at?.toISOString() ?? null,
    actions: assignmentRunActions(ctx.actor, { status, programme: programmeRef }),
  };
}
