import { canOnProgramme, PUBLIC_CHALLENGE_STATUSES } from '@jiebang/domain';
import { challengeRepository } from '../../repositories/challenge.repository.ts';
import { loadProgrammeFor, programmeSubject } from '../programme/load-programme.ts';
import type { UseCaseContext } from '../use-case-context.ts';

/** Officers see every challenge of the programme in every status; everyone else only the public ones. */
export async function listProgrammeChallenges(ctx: UseCaseContext, programmeId: string, filter: { status?: string | undefined }) {
  const programme = await loadProgrammeFor(ctx.deps.db, ctx, programmeId, 'view');
  const seesAll = canOnProgramme(ctx.actor, 'view_all_challenges', programmeSubject(programme));
  const rows = await challengeRepository.listByProgramme(ctx.deps.db, programme.id, { status: filter.status, statuses: seesAll ? undefined : PUBLIC_CHALLENGE_STATUSES });
  return { programme, rows };
}
