import { assertIndicators, invalidField, ruleViolation, type ChangeRequestKind, type Indicator } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../../context.ts';
import { contractingRepository } from '../../repositories/contracting.repository.ts';
import { organisationRepository } from '../../repositories/organisation.repository.ts';

/** The contract columns an approved change request rewrites. */
export type ChangeEffect = { pi_user_id: string } | { lead_org_id: string } | { indicators: string } | null;

/**
 * Checks what a change request of `kind` must carry and returns the contract patch it makes once approved.
 * `mode` decides the error: at filing a bad detail is the applicant's input (400 naming the field); at approval
 * the world may have moved on (the new PI left the lead organisation), which is a refused rule (409).
 */
export async function changeEffectOf(db: DbOrTx, contract: Row<'contract'>, kind: ChangeRequestKind, details: Record<string, unknown>, mode: 'filing' | 'approval'): Promise<ChangeEffect> {
  const refuse = (field: string, message: string) => (mode === 'filing' ? invalidField(`body.details.${field}`, message) : ruleViolation(`change_request.${field}_invalid`, message));
  switch (kind) {
    case 'pi_change': {
      const newPiUserId = details.newPiUserId;
      if (typeof newPiUserId !== 'string') throw refuse('newPiUserId', 'is required for a pi_change');
      if (newPiUserId === contract.pi_user_id) throw refuse('newPiUserId', 'is already the PI');
      if (!(await contractingRepository.isUserOfOrganisation(db, newPiUserId, contract.lead_org_id))) throw refuse('newPiUserId', 'must be a user of the lead organisation');
      return { pi_user_id: newPiUserId };
    }
    case 'lead_org_change': {
      const newLeadOrgId = details.newLeadOrgId;
      if (typeof newLeadOrgId !== 'string') throw refuse('newLeadOrgId', 'is required for a lead_org_change');
      if (newLeadOrgId === contract.lead_org_id) throw refuse('newLeadOrgId', 'is already the lead organisation');
      if (!(await organisationRepository.findById(db, newLeadOrgId))) throw refuse('newLeadOrgId', 'is not a registered organisation');
      return { lead_org_id: newLeadOrgId };
    }
    case 'goal_indicator_change': {
      const indicators = details.indicators;
      if (!Array.isArray(indicators)) throw refuse('indicators', 'is required for a goal_indicator_change');
      assertIndicators(indicators as Indicator[], mode === 'filing' ? 'body.details.indicators' : 'details.indicators');
      return { indicators: JSON.stringify(indicators) };
    }
    default:
      return null;
  }
}
