import { actsForOrganisation, ROLES, type Caller, type OrganisationType } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentTrail } from '../repositories/audit.repository.ts';

/**
 * The public profile: never staff, contacts or accounts. The trail (it names the staff who acted) is shown
 * only to the organisation's own people.
 */
export async function presentOrganisation(db: DbOrTx, actor: Caller, organisation: Row<'organisation'>) {
  const isStaff = actsForOrganisation(actor, organisation.id, ROLES);
  return {
    id: organisation.id,
    name: organisation.name,
    nameEn: organisation.name_en,
    type: organisation.type as OrganisationType,
    regionCode: organisation.region_code,
    countryCode: organisation.country_code,
    isLegalEntity: organisation.is_legal_entity,
    actions: [] as string[],
    timeline: isStaff ? presentTrail(await auditRepository.trailOf(db, 'organisation', organisation.id)) : [],
  };
}

export const presentOrganisationSearchItem = (row: { id: string; name: string; name_en: string | null; type: string; uscc: string | null; region_code: string | null; country_code: string }) => ({
  id: row.id,
  name: row.name,
  nameEn: row.name_en,
  type: row.type as OrganisationType,
  uscc: row.uscc,
  regionCode: row.region_code,
  countryCode: row.country_code,
});
