import type { NeedCategory } from '@jiebang/domain';
import type { AppDeps } from '@jiebang/server';
import { sampleIndicators } from './factories.ts';

let serial = 1;

export interface PooledNeedInput {
  programmeId: string;
  demanderOrgId: string;
  /** The user recorded as the need's author (any user of the demander). */
  createdBy: string;
  title?: string;
  category?: NeedCategory;
  field?: string;
  status?: 'draft' | 'submitted' | 'screening' | 'vetting' | 'pooled' | 'returned' | 'rejected' | 'merged';
}

/** A need already vetted into the pool (入库), ready to become a challenge; skips the need API for brevity. */
export async function createPooledNeed(deps: AppDeps, input: PooledNeedInput) {
  const programme = await deps.db.selectFrom('programme').select('tenant_id').where('id', '=', input.programmeId).executeTakeFirstOrThrow();
  const id = deps.newId();
  await deps.db
    .insertInto('need')
    .values({
      id,
      tenant_id: programme.tenant_id,
      programme_id: input.programmeId,
      demander_org_id: input.demanderOrgId,
      title: input.title ?? `汽车零部件表面缺陷在线检测需求${serial++}`,
      category: input.category ?? 'key_core_technology',
      field: input.field ?? '智能制造',
      industrial_chain: '新能源汽车',
      problem_statement: '压铸件表面气孔、裂纹依赖人工目检，漏检率约 3%，需要在线自动识别。',
      application_scenario: '宁波某汽车零部件企业压铸车间三条产线',
      indicators: JSON.stringify(sampleIndicators()),
      co_funding_fen: 100_000_000,
      is_basic_research: false,
      status: input.status ?? 'pooled',
      created_by: input.createdBy,
      submitted_at: deps.now(),
      created_at: deps.now(),
      updated_at: deps.now(),
    })
    .execute();
  return id;
}

export interface ChallengeWinnerInput {
  challengeId: string;
  leadOrgId: string;
  /** PI of the winning bid; also recorded as the bid's author. */
  piUserId: string;
  /** The officer recorded as awarding it. */
  awardedBy: string;
  status?: 'awarded' | 'contracted' | 'negotiation_failed';
  rank?: number;
}

/**
 * A selected bid and its award row, as the award use case leaves them, and the challenge marked `awarded`:
 * what the 项目群 continuity rule looks at when the next challenge of a group is drafted.
 */
export async function recordChallengeWinner(deps: AppDeps, input: ChallengeWinnerInput) {
  const challenge = await deps.db.selectFrom('challenge').select(['tenant_id', 'programme_id', 'budget_fen']).where('id', '=', input.challengeId).executeTakeFirstOrThrow();
  const bidId = deps.newId();
  const awardId = deps.newId();
  const now = deps.now();
  await deps.db
    .insertInto('bid')
    .values({
      id: bidId,
      tenant_id: challenge.tenant_id,
      challenge_id: input.challengeId,
      programme_id: challenge.programme_id,
      lead_org_id: input.leadOrgId,
      pi_user_id: input.piUserId,
      title: '揭榜方案',
      technical_proposal: '采用宽频测量与深度学习融合的技术路线。',
      indicator_commitments: JSON.stringify([]),
      budget_fen: challenge.budget_fen,
      status: 'selected',
      rank: input.rank ?? 1,
      created_by: input.piUserId,
      submitted_at: now,
    })
    .execute();
  await deps.db
    .insertInto('award')
    .values({ id: awardId, tenant_id: challenge.tenant_id, challenge_id: input.challengeId, bid_id: bidId, lead_org_id: input.leadOrgId, rank: input.rank ?? 1, status: input.status ?? 'awarded', awarded_by: input.awardedBy, awarded_at: now })
    .execute();
  await deps.db.updateTable('challenge').set((eb) => ({ status: 'awarded', updated_at: now, version: eb('version', '+', 1) })).where('id', '=', input.challengeId).execute();
  return { bidId, awardId };
}
