import { needActions, type Caller, type Indicator, type NeedCategory, type NeedStatus } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentTrail } from '../repositories/audit.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';

export async function presentNeed(db: DbOrTx, actor: Caller, need: Row<'need'>, programme: Row<'programme'>) {
  const [names, trail] = await Promise.all([organisationRepository.namesById(db, [need.demander_org_id]), auditRepository.trailOf(db, 'need', need.id)]);
  const status = need.status as NeedStatus;
  return {
    id: need.id,
    programmeId: need.programme_id,
    demanderOrgId: need.demander_org_id,
    demanderOrgName: names.get(need.demander_org_id) ?? '',
    title: need.title,
    category: need.category as NeedCategory,
    field: need.field,
    industrialChain: need.industrial_chain,
    problemStatement: need.problem_statement,
    applicationScenario: need.application_scenario,
    indicators: need.indicators as Indicator[],
    coFundingFen: need.co_funding_fen,
    isBasicResearch: need.is_basic_research,
    status,
    mergedIntoId: need.merged_into_id,
    vettingOpinion: need.vetting_opinion,
    submittedAt: need.submitted_at?.toISOString() ?? null,
    createdAt: need.created_at.toISOString(),
    version: need.version,
    actions: needActions(actor, { status, demanderOrgId: need.demander_org_id, programme: { id: programme.id, tenantId: programme.tenant_id } }),
    timeline: presentTrail(trail),
  };
}
