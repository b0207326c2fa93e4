import type { ErrorResponse } from '@jiebang/contracts';
import type { z } from 'zod';

/**
 * The one way the browser talks to the API. Types come from the server's zod contracts (type-only imports, so
 * zod never reaches the bundle); the session travels as the httpOnly `jb_session` cookie set on sign-in.
 */
type ErrorBody = z.infer<typeof ErrorResponse>['error'];
export type ApiIssue = NonNullable<ErrorBody['issues']>[number];
/** The server's codes, plus NETWORK (no answer) and BAD_RESPONSE (an answer that is not the API's JSON). */
export type ApiErrorCode = ErrorBody['code'] | 'NETWORK' | 'BAD_RESPONSE';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly rule: string | undefined;
  readonly issues: readonly ApiIssue[];

  constructor(status: number, body: { code: ApiErrorCode; message: string; rule?: string | undefined; issues?: readonly ApiIssue[] | undefined }) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.rule = body.rule;
    this.issues = body.issues ?? [];
  }

  /** Field messages of a 400, keyed by the field's path under `location` (`body.username` → `username`). */
  fieldIssues(location = 'body'): Map<string, string[]> {
    const fields = new Map<string, string[]>();
    for (const issue of this.issues) {
      const prefix = `${location}.`;
      if (!issue.path.startsWith(prefix)) continue;
      const field = issue.path.slice(prefix.length);
      fields.set(field, [...(fields.get(field) ?? []), issue.message]);
    }
    return fields;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const isErrorBody = (data: unknown): data is { error: ErrorBody } =>
  typeof data === 'object' && data !== null && 'error' in data && typeof (data as { error: unknown }).error === 'object' && typeof (data as { error: { code?: unknown } }).error?.code === 'string';

export type QueryValue = string | number | boolean | null | undefined;

/** `?a=1&b=x`, leaving out empty values so that optional filters do not reach the server as "". */
export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface RequestOptions {
  query?: Record<string, QueryValue> | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

export async function apiRequest<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: RequestOptions = {}): Promise<T> {
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(`${path}${toQueryString(options.query)}`, {
      method,
      credentials: 'same-origin',
      headers: hasBody ? { accept: 'application/json', 'content-type': 'application/json' } : { accept: 'application/json' },
      body: hasBody ? JSON.stringify(options.body) : null,
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(response.status, { code: 'BAD_RESPONSE', message: `${method} ${path} answered ${response.status} with a body that is not JSON` });
  }
  if (!response.ok) {
    if (isErrorBody(data)) throw new ApiError(response.status, data.error);
    throw new ApiError(response.status, { code: response.status >= 500 ? 'INTERNAL' : 'BAD_RESPONSE', message: `${method} ${path} answered ${response.status}` });
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('POST', path, { ...options, body: body ?? {} }),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('DELETE', path, options),
};
