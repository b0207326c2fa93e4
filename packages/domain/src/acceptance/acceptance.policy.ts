import type { Caller } from '../access/roles.ts';
import { judgeIndicator, type Indicator } from '../challenge/indicator.ts';
import { isContractOfficer, type ContractSubject } from '../contract/contract.policy.ts';
import type { MilestoneStatus } from '../contract/contract-lifecycle.ts';
import { invalidField, ruleViolation } from '../shared/domain-error.ts';
import { acceptanceLifecycle, type AcceptanceStatus, type AcceptanceVerdict } from './acceptance.ts';

/** An accredited testing agency (第三方测评) of the programme's tenant records measured values at acceptance. */
export function isTesterFor(actor: Caller, programme: { id: string; tenantId: string }): boolean {
  return (
    actor?.grants.some((grant) => grant.role === 'tester' && grant.tenantId === programme.tenantId && (grant.programmeId === null || grant.programmeId === programme.id)) ??
    false
  );
}

/** Only an accredited testing agency has a testing worklist (待检测验收); anyone else is refused it. */
export function canListTesterAcceptances(actor: Caller): boolean {
  return actor?.grants.some((grant) => grant.role === 'tester') ?? false;
}

export type AcceptanceAction = 'view' | 'record_verdict' | 'conclude';

/** Everyone who follows the contract may read its acceptance; testers too, since they measure the indicators. */
export function canOnAcceptance(actor: Caller, action: AcceptanceAction, contract: ContractSubject, canViewContract: boolean): boolean {
  const officer = isContractOfficer(actor, contract);
  const tester = isTesterFor(actor, contract.programme);
  switch (action) {
    case 'view':
      return canViewContract || tester;
    case 'record_verdict':
      return officer || tester;
    case 'conclude':
      return officer;
  }
}

export function acceptanceActions(actor: Caller, contract: ContractSubject, acceptance: { status: AcceptanceStatus }): AcceptanceAction[] {
  if (acceptance.status !== 'open') return [];
  const actions: AcceptanceAction[] = [];
  if (canOnAcceptance(actor, 'record_verdict', contract, false)) actions.push('record_verdict');
  if (canOnAcceptance(actor, 'conclude', contract, false) && acceptanceLifecycle.next(acceptance.status, 'conclude') !== undefined) actions.push('conclude');
  return actions;
}

/** The PI may ask for acceptance only once every milestone has passed its review. */
export function assertMilestonesPassed(milestones: readonly { sequence: number; status: MilestoneStatus }[]): void {
  const open = milestones.filter((milestone) => milestone.status !== 'passed').map((milestone) => milestone.sequence);
  if (open.length > 0) throw ruleViolation('acceptance.milestones_open', `Milestones ${open.join(', ')} have not passed yet`, { openMilestones: open });
}

export function assertAcceptanceOpen(acceptance: { status: AcceptanceStatus }): void {
  if (acceptance.status !== 'open') throw ruleViolation('acceptance.not_open', 'This acceptance is concluded; verdicts can no longer change');
}

export interface ResolvedVerdict {
  /** What the measured value earns against the indicator. */
  judged: AcceptanceVerdict;
  /** What is recorded: the judged verdict, or the panel's explicit one. */
  verdict: AcceptanceVerdict;
  conditionNote: string | null;
}

/**
 * The verdict for one indicator: by default what the measured value earns (`judgeIndicator`). The panel may
 * decide otherwise (e.g. pass with conditions despite a marginal miss), but must say why in a condition note,
 * so an override is never silent.
 */
export function resolveVerdict(indicator: Indicator, measured: number, explicit: AcceptanceVerdict | undefined, conditionNote: string | undefined, prefix = ''): ResolvedVerdict {
  if (!Number.isFinite(measured)) throw invalidField(`${prefix}measuredValue`, 'must be a finite number');
  const judged = judgeIndicator(indicator, measured);
  const verdict = explicit ?? judged;
  const note = conditionNote?.trim() ? conditionNote.trim() : null;
  if (verdict !== judged && note === null) {
    throw invalidField(`${prefix}conditionNote`, `is required to record "${verdict}" when the measured value earns "${judged}"`);
  }
  return { judged, verdict, conditionNote: note };
}

/** Acceptance passes the contract unless the outcome is failed. */
export const acceptancePassed = (outcome: AcceptanceVerdict): boolean => outcome !== 'failed';
