import { z } from 'zod';
import { assertOrganisationIdentity, isDomainError, ORGANISATION_TYPES } from '@jiebang/domain';
import { Actions, AuditTrailEntry, NonEmpty, PageQuery, RegionCode } from './common.ts';

export const OrganisationType = z.enum(ORGANISATION_TYPES).describe('enterprise | university | institute | new_rd_institution 新型研发机构 | government');

export const OrganisationInput = z
  .object({
    name: NonEmpty(200),
    nameEn: z.string().trim().max(300).nullable().default(null),
    type: OrganisationType,
    uscc: z.string().trim().toUpperCase().nullable().default(null).describe('统一社会信用代码 (GB 32100-2015), required for organisations registered in China'),
    regionCode: RegionCode.nullable().default(null).describe('GB/T 2260 division of registration, required in China'),
    countryCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').default('CN'),
    foreignRegistrationNumber: z.string().trim().max(100).nullable().default(null).describe('Registration number abroad, required outside China'),
    isLegalEntity: z.boolean().describe('An independent legal entity (独立法人)'),
  })
  .superRefine((organisation, ctx) => {
    // The identity rule (USCC check character, foreign registration) is the domain's; report it on its field.
    try {
      assertOrganisationIdentity(organisation);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      for (const issue of error.details.issues ?? []) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    }
  });

export const RegisterOrganisationBody = z.object({
  tenantCode: z.string().trim().min(1, 'is required').max(100).describe('The platform tenant (programme office) to register under, e.g. ningbo-kjj'),
  organisation: OrganisationInput,
  account: z.object({
    username: z.string().trim().regex(/^[A-Za-z0-9_.-]{3,50}$/, 'must be 3–50 letters, digits, dot, hyphen or underscore'),
    displayName: NonEmpty(100),
    password: z.string().min(1, 'is required').max(200).describe('At least 8 characters with three of upper-case, lower-case, digit, symbol'),
  }),
});

export const OrganisationView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameEn: z.string().nullable(),
    type: OrganisationType,
    regionCode: z.string().nullable(),
    countryCode: z.string(),
    isLegalEntity: z.boolean(),
    actions: Actions,
    timeline: z.array(AuditTrailEntry).describe('Only for the organisation’s own staff; empty for everyone else'),
  })
  .meta({ id: 'Organisation' });

export const OrganisationSearchItem = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameEn: z.string().nullable(),
    type: OrganisationType,
    uscc: z.string().nullable(),
    regionCode: z.string().nullable(),
    countryCode: z.string(),
  })
  .meta({ id: 'OrganisationSearchItem' });

export const OrganisationSearchQuery = PageQuery.extend({
  q: z.string().trim().max(100).default('').describe('Part of the name (Chinese or English) or of the USCC'),
});

export const RegisteredAccountView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
});

export const RegisterOrganisationResponse = z
  .object({ organisation: OrganisationView, account: RegisteredAccountView })
  .meta({ id: 'OrganisationRegistration' });

export const OrganisationMemberView = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    roles: z.array(z.string()).describe('The roles the user holds for this organisation'),
  })
  .meta({ id: 'OrganisationMember' });

export const OrganisationMemberList = z.object({ items: z.array(OrganisationMemberView) });
