import { payoutTimingOf, programmeActions, type Caller, type Fen, type FundingOutcome, type FundingScheme, type ProgrammeMode, type ProgrammeStatus } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentTrail } from '../repositories/audit.repository.ts';
import { programmeRepository } from '../repositories/programme.repository.ts';
import { programmeSubject } from '../use-cases/programme/load-programme.ts';

type ProgrammeRow = Row<'programme'> & { tenant_name: string };

export function presentProgrammeSummary(actor: Caller, programme: ProgrammeRow) {
  return {
    id: programme.id,
    tenantId: programme.tenant_id,
    tenantName: programme.tenant_name,
    code: programme.code,
    name: programme.name,
    mode: programme.mode as ProgrammeMode,
    year: programme.year,
    regionCode: programme.region_code,
    presetId: programme.policy_preset,
    status: programme.status as ProgrammeStatus,
    createdAt: programme.created_at.toISOString(),
    updatedAt: programme.updated_at.toISOString(),
    version: programme.version,
    actions: programmeActions(actor, programmeSubject(programme)),
  };
}

export async function presentProgramme(db: DbOrTx, actor: Caller, programme: Row<'programme'>) {
  const [tenantName, trail] = await Promise.all([programmeRepository.tenantName(db, programme.tenant_id), auditRepository.trailOf(db, 'programme', programme.id)]);
  return {
    ...presentProgrammeSummary(actor, { ...programme, tenant_name: tenantName }),
    description: programme.description,
    policy: programmeRepository.policyOf(programme),
    timeline: presentTrail(trail),
  };
}

/** One flat shape for both outcomes of `computeFunding`, so clients need not switch on `eligible`. */
export function presentFundingOutcome(scheme: FundingScheme, outcome: FundingOutcome) {
  const payoutTiming = payoutTimingOf(scheme.kind);
  const zero: Fen = 0;
  return outcome.eligible
    ? { eligible: true, amountFen: outcome.amountFen, uncappedFen: outcome.uncappedFen, capped: outcome.capped, recipient: outcome.recipient, base: outcome.base, payoutTiming, reason: null, minimumBaseFen: scheme.minimumBaseFen }
    : { eligible: false, amountFen: zero, uncappedFen: zero, capped: false, recipient: outcome.recipient, base: outcome.base, payoutTiming, reason: outcome.reason, minimumBaseFen: outcome.minimumBaseFen };
}
