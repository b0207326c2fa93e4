import { DomainError, isDomainError, type DomainErrorCode } from '@jiebang/domain';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

const STATUS_BY_KIND = { validation: 400, unauthenticated: 401, forbidden: 403, not_found: 404, conflict: 409, too_large: 413 } as const;

interface ErrorBody {
  error: { code: DomainErrorCode | 'INTERNAL'; message: string; rule?: string; issues?: { path: string; message: string }[]; details?: Record<string, unknown> };
}

/** The one place where domain error codes become HTTP status codes. */
export function mapError(error: unknown, request: FastifyRequest): { status: number; body: ErrorBody } {
  if (isDomainError(error)) {
    const { rule, issues, ...details } = error.details;
    return {
      status: STATUS_BY_KIND[error.kind],
      body: { error: { code: error.code, message: error.message, ...(rule ? { rule } : {}), ...(issues ? { issues } : {}), ...(Object.keys(details).length ? { details } : {}) } },
    };
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const location = fastifyError.validationContext ?? 'body';
    const issues = fastifyError.validation.map((issue) => ({
      path: [location, ...String(issue.instancePath).split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'is invalid',
    }));
    return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues } } };
  }
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const limit = request.routeOptions.bodyLimit;
    const size = limit >= 1024 * 1024 ? `${Math.round((limit / 1024 / 1024) * 10) / 10} MB` : `${Math.round(limit / 1024)} KB`;
    return mapError(new DomainError('PAYLOAD_TOO_LARGE', `The request body exceeds the ${size} limit`, { issues: [{ path: 'body', message: `must be at most ${size}` }] }), request);
  }
  if (fastifyError.statusCode === 400 || fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: fastifyError.message, issues: [{ path: 'body', message: fastifyError.message }] } } };
  }
  if (fastifyError.statusCode === 404) {
    return { status: 404, body: { error: { code: 'NOT_FOUND', message: `Route ${request.method} ${request.url} not found` } } };
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500 && !isResponseSerializationError(fastifyError)) {
    return { status: fastifyError.statusCode, body: { error: { code: 'VALIDATION_FAILED', message: fastifyError.message } } };
  }
  request.log.error({ err: error }, 'unhandled error');
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'Internal error; it has been logged with request id ' + request.id } } };
}

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const { status, body } = mapError(error, request);
  return reply.status(status).send(body);
}
