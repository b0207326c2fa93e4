import { z } from 'zod';

/** Common building blocks for every request and response schema. Descriptions flow into the OpenAPI document. */
export const Uuid = z.uuid();
export const IdParams = z.object({ id: z.uuid().describe('Resource id (UUID)') });

/** Money is an integer number of fen (分); ¥1 = 100. */
export const Fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('Amount in fen (分, 1/100 yuan), an integer');
export const BasisPoints = z.number().int().min(0).max(10_000).describe('Basis points: 10000 = 100%');
export const RegionCode = z.string().regex(/^[1-8]\d{5}$/, 'must be a 6-digit GB/T 2260 division code');
export const Timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 instant (stored in UTC)');
export const DateOnly = z.iso
  .date()
  .refine((value) => value >= '1900-01-01' && value <= '2999-12-31', 'must be between 1900-01-01 and 2999-12-31')
  .describe('Calendar date YYYY-MM-DD (Asia/Shanghai)');
export const NonEmpty = (max = 500) => z.string().trim().min(1, 'is required').max(max);

/** Optimistic concurrency: pass the version you read; a stale one answers 409 STALE_VERSION. */
export const VersionedCommand = z.object({
  version: z.number().int().min(1).max(2_147_483_647).optional().describe('The version you read; omitted = act on whatever is current'),
});
export const ReasonedCommand = VersionedCommand.extend({ reason: z.string().trim().max(2000).default('') });

/** What the caller may do next with this object; the UI renders buttons from it. */
export const Actions = z.array(z.string()).describe('Actions the caller may take on this object now');

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN_TRANSITION', 'STALE_VERSION', 'RULE_VIOLATION', 'DUPLICATE', 'INVALID_CREDENTIALS', 'PAYLOAD_TOO_LARGE', 'INTERNAL']),
      message: z.string(),
      rule: z.string().optional().describe('Stable id of the refused rule or transition, e.g. challenge.award'),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional().describe('Failing fields (400)'),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'ErrorResponse' });

export const errorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
} as const;

export const Page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const AuditTrailEntry = z.object({
  seq: z.number().int(),
  type: z.string(),
  occurredAt: Timestamp,
  actorName: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
});
