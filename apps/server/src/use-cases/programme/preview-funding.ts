import { computeFunding, type Fen } from '@jiebang/domain';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadProgrammeFor } from './load-programme.ts';

/** What the programme's funding scheme would pay for a base amount: lets bidders and demanders plan before bidding. */
export async function previewFunding(ctx: UseCaseContext, programmeId: string, baseFen: Fen) {
  const programme = await loadProgrammeFor(ctx.deps.db, ctx, programmeId, 'view');
  const scheme = programmeRepository.policyOf(programme).funding;
  return { scheme, outcome: computeFunding(scheme, baseFen) };
}
