import {
  allocationIssues,
  assertIndicators,
  canOnProgramme,
  continuingWinnerOf,
  decideGroupAllocation,
  invalidField,
  isProgrammeOfficer,
  ruleViolation,
  type GroupAllocationDecision,
} from '@jiebang/domain';
import type { Tx } from '../../context.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { challengeGroupRepository, challengeRepository } from '../../repositories/challenge.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { programmeSubject } from '../programme/load-programme.ts';
import { audit, authorise, notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { challengeColumns, type ChallengeFieldsInput } from './challenge-input.ts';
import { throwIfInvalid } from './invalid-fields.ts';

export interface CreateChallengeInput extends ChallengeFieldsInput {
  programmeId: string;
  needIds: string[];
  groupId: string | null;
}

/**
 * An officer drafts a 榜单 from pooled needs of an active programme. Appending to a 项目群 takes the next
 * sequence number and, for a continuous group whose previous challenge was won, assigns it to that winner.
 * The programme row is locked so challenge codes (programme code + sequence) are handed out one at a time.
 */
export async function createChallenge(ctx: UseCaseContext, input: CreateChallengeInput): Promise<string> {
  const actor = requireActor(ctx);
  assertIndicators(input.indicators, 'body.indicators');
  return inTransaction(ctx.deps, async (trx) => {
    const programme = await programmeRepository.findByIdForUpdate(trx, input.programmeId);
    if (!programme || !canOnProgramme(actor, 'view', programmeSubject(programme))) throw notFound('programme', input.programmeId);
    authorise(isProgrammeOfficer(actor, { id: programme.id, tenantId: programme.tenant_id }), 'challenge.create');
    if (programme.status !== 'active') throw ruleViolation('programme.not_active', `Programme is ${programme.status}; challenges are created only while it is active`);

    const needs = await lockPooledNeeds(trx, programme.id, input.needIds);
    const allocation = await decideAllocation(trx, programme.id, input);
    throwIfInvalid(allocationIssues(allocation, programmeRepository.policyOf(programme).selection), 'body.');
    if (allocation.designatedOrgId && !(await organisationRepository.findById(trx, allocation.designatedOrgId))) {
      throw invalidField('body.designatedOrgId', 'is not a registered organisation');
    }

    const id = ctx.deps.newId();
    const now = ctx.deps.now();
    const code = `${programme.code}-${String((await challengeRepository.codesUsedInProgramme(trx, programme.id)) + 1).padStart(3, '0')}`;
    await trx
      .insertInto('challenge')
      .values({
        id,
        tenant_id: programme.tenant_id,
        programme_id: programme.id,
        code,
        ...challengeColumns({ ...input, ...allocation }),
        demander_org_id: needs[0]?.demander_org_id ?? null,
        group_id: input.groupId,
        group_sequence: allocation.groupSequence,
        version_no: 1,
        previous_version_id: null,
        status: 'drafting',
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (needs.length) await trx.insertInto('challenge_need').values(needs.map((need) => ({ challenge_id: id, need_id: need.id }))).execute();
    await audit(trx, ctx, {
      tenantId: programme.tenant_id,
      type: 'challenge.created',
      aggregateType: 'challenge',
      aggregateId: id,
      payload: { code, title: input.title, needIds: needs.map((need) => need.id), groupId: input.groupId, groupSequence: allocation.groupSequence, allocationMode: allocation.allocationMode, continuedFrom: allocation.continuedFrom },
    });
    return id;
  });
}

/** Every need must be pooled (入库) in this programme; they are locked so none is merged away meanwhile. */
async function lockPooledNeeds(trx: Tx, programmeId: string, needIds: readonly string[]) {
  const unique = [...new Set(needIds)];
  const rows = unique.length ? await trx.selectFrom('need').select(['id', 'programme_id', 'status', 'demander_org_id']).where('id', 'in', unique).orderBy('id').forUpdate().execute() : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const needId of unique) {
    const need = byId.get(needId);
    if (!need || need.programme_id !== programmeId || need.status !== 'pooled') {
      throw ruleViolation('challenge.need_not_pooled', `Need ${needId} is not a pooled need of this programme`, { needId, status: need?.programme_id === programmeId ? need.status : null });
    }
  }
  // Keep the caller's order: the first need names the demander.
  return unique.map((needId) => byId.get(needId)!);
}

async function decideAllocation(trx: Tx, programmeId: string, input: CreateChallengeInput): Promise<GroupAllocationDecision & { groupSequence: number | null }> {
  const requested = { allocationMode: input.allocationMode, designatedOrgId: input.designatedOrgId, maxWinners: input.maxWinners };
  if (!input.groupId) return { ...requested, continuedFrom: null, groupSequence: null };
  const group = await challengeGroupRepository.findByIdForUpdate(trx, input.groupId);
  if (!group || group.programme_id !== programmeId) throw invalidField('body.groupId', 'is not a challenge group of this programme');
  const previousSequence = await challengeRepository.maxGroupSequence(trx, group.id);
  const awards = previousSequence === null ? [] : await challengeRepository.awardsAtGroupSequence(trx, group.id, previousSequence);
  const winner = continuingWinnerOf(awards.map((award) => ({ leadOrgId: award.lead_org_id, rank: award.rank, status: award.status, challengeId: award.challenge_id })));
  const decision = decideGroupAllocation({ continuity: group.continuity, previousWinner: winner && { challengeId: winner.challengeId, leadOrgId: winner.leadOrgId }, requested });
  return { ...decision, groupSequence: (previousSequence ?? 0) + 1 };
}
