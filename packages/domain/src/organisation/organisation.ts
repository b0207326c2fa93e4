import { invalidField } from '../shared/domain-error.ts';
import { checkUscc } from './uscc.ts';

export const ORGANISATION_TYPES = ['enterprise', 'university', 'institute', 'new_rd_institution', 'government'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/**
 * A GB/T 2260 administrative division code: 6 digits, province (2) + prefecture (2) + county (2).
 * `regionWithin('330200', '330000')` is true: Ningbo lies in Zhejiang.
 */
export const REGION_CODE_PATTERN = /^[1-8]\d{5}$/;

export const provinceOf = (regionCode: string): string => `${regionCode.slice(0, 2)}0000`;
export const prefectureOf = (regionCode: string): string => `${regionCode.slice(0, 4)}00`;

/** Whether `regionCode` lies inside `scope` (a province `xx0000`, a prefecture `xxxx00` or a county). */
export function regionWithin(regionCode: string, scope: string): boolean {
  if (scope.endsWith('0000')) return regionCode.startsWith(scope.slice(0, 2));
  if (scope.endsWith('00')) return regionCode.startsWith(scope.slice(0, 4));
  return regionCode === scope;
}

export interface OrganisationIdentity {
  /** Domestic organisations: 统一社会信用代码. */
  uscc?: string | null;
  /** Foreign organisations: ISO 3166-1 alpha-2 country and the registration number there. */
  countryCode?: string | null;
  foreignRegistrationNumber?: string | null;
  regionCode?: string | null;
}

/** Checks that an organisation is identified either as domestic (USCC + region) or as foreign (country + number). */
export function assertOrganisationIdentity(identity: OrganisationIdentity): void {
  const isForeign = identity.countryCode != null && identity.countryCode !== 'CN';
  if (isForeign) {
    if (!identity.foreignRegistrationNumber?.trim()) {
      throw invalidField('foreignRegistrationNumber', 'is required for an organisation registered outside China');
    }
    return;
  }
  if (!identity.uscc) throw invalidField('uscc', 'is required for an organisation registered in China');
  const problem = checkUscc(identity.uscc);
  if (problem === 'length') throw invalidField('uscc', 'must be 18 characters (GB 32100-2015)');
  if (problem === 'alphabet') throw invalidField('uscc', 'may only contain digits and capitals other than I, O, S, V, Z');
  if (problem === 'check_character') throw invalidField('uscc', 'check character is wrong (GB 32100-2015)');
  if (!identity.regionCode || !REGION_CODE_PATTERN.test(identity.regionCode)) {
    throw invalidField('regionCode', 'must be a 6-digit GB/T 2260 division code');
  }
}
