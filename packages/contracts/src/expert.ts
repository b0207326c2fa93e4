import { z } from 'zod';
import { EXPERT_PANEL_ROLES, EXPERT_PROFILE_STATUSES, EXPERT_RELATION_KINDS, EXPERT_TIERS, EXPERT_USERNAME_PATTERN, isCalendarDate, isExpertFieldCode } from '@jiebang/domain';
import { Actions, NonEmpty, PageQuery, RegionCode, Timestamp, VersionedCommand } from './common.ts';

/** 专家库: the expert pool's profiles, their edit history, self-registration, roster import and declared relations. */

const PanelRole = z.enum(EXPERT_PANEL_ROLES).describe('technical 技术 | industry 产业 | finance 财务 | legal 法律');
const Tier = z.enum(EXPERT_TIERS).describe('general 一般库 | major 重大项目库 (projects ≥ 1000万元 need a major-pool expert)');
const FieldCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isExpertFieldCode, 'is not a field code of the catalogue (GB/T 4754-2017 division, e.g. C36)')
  .describe('GB/T 4754-2017 division code, e.g. C36 汽车制造业');
const FieldCodes = z
  .array(FieldCode)
  .max(20)
  .refine((codes) => new Set(codes).size === codes.length, 'lists a code twice');
const BeijingDate = z.string().refine(isCalendarDate, 'must be a date YYYY-MM-DD');
const UnavailableWindow = z
  .object({ from: BeijingDate, to: BeijingDate })
  .refine((window) => window.from <= window.to, { message: 'must not be before the start of the window', path: ['to'] })
  .describe('Beijing dates, both inclusive');
const Unavailable = z.array(UnavailableWindow).max(50);
const LoadCap = z.number().int().min(0).max(100).describe('At most this many open panel seats at once');
const Rating = z.number().int().min(0).max(100).describe('Performance / credit rating 0–100');
const Phone = z.string().trim().regex(/^\+?[\d\s-]{6,20}$/, 'must be a phone number');
const Email = z.email('must be an e-mail address').max(200);
const Username = z.string().trim().regex(EXPERT_USERNAME_PATTERN, 'must be 3–50 letters, digits, dot, hyphen or underscore');
const Text = (max: number) => z.string().trim().max(max);

export const ExpertProfileView = z
  .object({
    userId: z.uuid(),
    displayName: z.string(),
    status: z.enum(EXPERT_PROFILE_STATUSES),
    panelRole: PanelRole,
    tier: Tier,
    fieldCodes: z.array(z.string()),
    expertise: z.string(),
    professionalTitle: z.string(),
    organisationId: z.uuid().nullable(),
    organisationName: z.string().describe('The expert’s unit (the linked organisation’s name, or as entered); empty if none'),
    regionCode: z.string().nullable(),
    loadCap: z.number().int(),
    currentLoad: z.number().int().describe('Seats on panels that are forming or scoring, not declined or withdrawn'),
    rating: z.number().int(),
    unavailable: z.array(z.object({ from: z.string(), to: z.string() })),
    applicationNote: z.string().describe('The applicant’s note to the pool; empty unless the profile is yours or you manage its pool'),
    rejectionReason: z.string().nullable().describe('Null unless refused, and unless the profile is yours or you manage its pool'),
    tenantId: z.uuid().describe('The pool that owns the profile'),
    version: z.number().int(),
    actions: Actions,
  })
  .meta({ id: 'ExpertProfile' });

export const ExpertRelationView = z
  .object({
    id: z.uuid(),
    kind: z.enum(EXPERT_RELATION_KINDS),
    personName: z.string(),
    organisationId: z.uuid().nullable(),
    organisationName: z.string(),
    year: z.number().int().nullable(),
    note: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'ExpertRelation' });

/**
 * One profile. Its personal data — login name, phone, e-mail, declared relations — goes to the expert themself and
 * to the officers managing the owning pool only (PIPL, minimum necessary); an officer who may only draw the expert
 * gets what a draw needs: `personalData` false and those fields null.
 */
export const ExpertProfileDetail = ExpertProfileView.extend({
  personalData: z.boolean().describe('Whether the login name, phone, e-mail and relations are yours to see (the expert, the owning pool’s officers)'),
  username: z.string().nullable().describe('Null unless personalData'),
  phone: z.string().nullable().describe('Null when not given, or unless personalData'),
  email: z.string().nullable().describe('Null when not given, or unless personalData'),
  relations: z.array(ExpertRelationView).nullable().describe('Declared relations (回避); null unless personalData'),
}).meta({ id: 'ExpertProfileDetail' });

export const ExpertListQuery = PageQuery.extend({
  q: z.string().trim().max(100).default('').describe('Part of the name, research direction, title or unit'),
  panelRole: PanelRole.optional(),
  tier: Tier.optional(),
  status: z.enum(EXPERT_PROFILE_STATUSES).optional(),
  fieldCode: FieldCode.optional(),
  regionCode: RegionCode.optional().describe('A province (xx0000) or prefecture (xxxx00) matches every region inside it'),
});

export const ExpertUserParams = z.object({ userId: z.uuid().describe('The expert’s user id') });

export const CreateExpertBody = z.object({
  tenantId: z.uuid().optional().describe('The pool to add to; needed only when you manage several'),
  username: Username,
  displayName: NonEmpty(100),
  phone: Phone.nullable().default(null),
  email: Email.nullable().default(null),
  initialPassword: z.string().min(1).max(200).optional().describe('Omit to create the account without a usable password'),
  panelRole: PanelRole,
  tier: Tier.default('general'),
  fieldCodes: FieldCodes.min(1, 'name at least one field'),
  expertise: Text(2000).default(''),
  professionalTitle: Text(100).default(''),
  organisationId: z.uuid().nullable().default(null),
  organisationName: Text(200).default(''),
  regionCode: RegionCode.nullable().default(null),
  loadCap: LoadCap.default(5),
  rating: Rating.default(80),
  unavailable: Unavailable.default([]),
});

/** An officer's edit: any field given is set, the others stay. Status changes go through approve/suspend/… */
export const UpdateExpertBody = VersionedCommand.extend({
  displayName: NonEmpty(100).optional(),
  phone: Phone.nullable().optional(),
  email: Email.nullable().optional(),
  panelRole: PanelRole.optional(),
  tier: Tier.optional(),
  fieldCodes: FieldCodes.min(1, 'name at least one field').optional(),
  expertise: Text(2000).optional(),
  professionalTitle: Text(100).optional(),
  organisationId: z.uuid().nullable().optional().describe('Link to a registered organisation (recusal matches on it)'),
  organisationName: Text(200).optional(),
  regionCode: RegionCode.nullable().optional(),
  loadCap: LoadCap.optional(),
  rating: Rating.optional(),
  unavailable: Unavailable.optional(),
});

export const RegisterExpertBody = z
  .object({
    tenantCode: z.string().trim().min(1, 'is required').max(100).describe('The pool (programme office) to apply to, as /api/tenants lists it'),
    username: Username,
    password: z.string().min(1, 'is required').max(200).describe('At least 8 characters with three of upper-case, lower-case, digit, symbol'),
    displayName: NonEmpty(100),
    phone: Phone.nullable().default(null),
    email: Email.nullable().default(null),
    panelRole: PanelRole,
    fieldCodes: FieldCodes.min(1, 'name at least one field'),
    expertise: NonEmpty(2000),
    professionalTitle: Text(100).default(''),
    organisationName: NonEmpty(200),
    regionCode: RegionCode.nullable().default(null),
    applicationNote: Text(2000).default('').describe('Anything the office should know: qualifications, past reviews'),
  })
  .superRefine((body, ctx) => {
    if (!body.phone && !body.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'give a phone number or an e-mail address' });
  });

export const ExpertRegistrationView = z
  .object({ userId: z.uuid(), username: z.string(), status: z.enum(EXPERT_PROFILE_STATUSES), tenantName: z.string() })
  .meta({ id: 'ExpertRegistration' });

export const RejectExpertBody = VersionedCommand.extend({ reason: NonEmpty(2000).describe('Why the application is refused; the applicant sees it') });
export const ExpertReasonBody = VersionedCommand.extend({ reason: Text(2000).default('') });

export const ExpertImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true')
    .describe('true (default): only check and report; false: save every row, or nothing if any row is wrong'),
  tenantId: z.uuid().optional().describe('The pool to import into; needed only when you manage several'),
});

export const ExpertImportError = z.object({
  row: z.number().int().describe('Row number in the spreadsheet (the header is row 1)'),
  column: z.string().describe('Column header, e.g. 领域代码'),
  field: z.string().describe('Profile field, e.g. fieldCodes.1'),
  message: z.string(),
});

export const ExpertImportResult = z
  .object({
    dryRun: z.boolean(),
    rowCount: z.number().int().describe('Data rows read (empty rows skipped)'),
    created: z.number().int().describe('Experts saved (0 on a dry run or when any row is wrong)'),
    errors: z.array(ExpertImportError),
    experts: z.array(z.object({ row: z.number().int(), userId: z.uuid(), username: z.string(), displayName: z.string() })),
    passwordNotice: z.string().describe('Imported accounts have no usable password until one is set'),
  })
  .meta({ id: 'ExpertImportResult' });

export const ExpertHistoryEntry = z
  .object({
    seq: z.number().int(),
    type: z.string().describe('expert_profile.<event>, e.g. expert_profile.updated, expert_profile.approve'),
    occurredAt: Timestamp,
    actorName: z.string().nullable(),
    changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })).describe('Field changes (updates) or the status change (transitions)'),
    reason: z.string().nullable(),
  })
  .meta({ id: 'ExpertHistoryEntry' });

export const ExpertHistory = z.object({ items: z.array(ExpertHistoryEntry) });

export const DeclareRelationBody = z
  .object({
    kind: z.enum(EXPERT_RELATION_KINDS).describe('relative 近亲属 | collaboration 合作 | mentorship 师生 | other'),
    personName: Text(100).default(''),
    organisationId: z.uuid().nullable().default(null),
    organisationName: Text(200).default(''),
    year: z.number().int().min(1950).max(2100).nullable().default(null).describe('Year of the collaboration or mentorship (recusal counts recent years)'),
    note: Text(500).default(''),
  })
  .superRefine((body, ctx) => {
    if (!body.personName && !body.organisationName && !body.organisationId) ctx.addIssue({ code: 'custom', path: ['personName'], message: 'name the person or the organisation' });
    if (body.kind === 'relative' && !body.personName) ctx.addIssue({ code: 'custom', path: ['personName'], message: 'name the relative' });
  });

export const ExpertRelationList = z.object({ items: z.array(ExpertRelationView) });
export const RelationParams = z.object({ id: z.uuid() });

export const ExpertFieldView = z.object({ code: z.string(), label: z.string(), aliases: z.array(z.string()) }).meta({ id: 'ExpertField' });
export const ExpertFieldList = z.object({ items: z.array(ExpertFieldView) });
