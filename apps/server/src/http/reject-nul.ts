import { invalidField } from '@jiebang/domain';

/**
 * PostgreSQL text and jsonb cannot hold U+0000, so a NUL anywhere in the input would surface as a 500 from the
 * driver. Refusing it at the edge gives the 400 naming the field that every other bad input gets.
 */
export function findNulPath(value: unknown, path: string): string | null {
  // A raw upload (an attachment's bytes) is not text: NUL bytes are content, and it is not stored as text.
  if (value instanceof Uint8Array) return null;
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulPath(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNulPath(key, `${path}.${key}`) ?? findNulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

export function rejectNulCharacters(request: { body?: unknown; query?: unknown; params?: unknown }): void {
  for (const [location, value] of [['body', request.body], ['querystring', request.query], ['params', request.params]] as const) {
    const path = findNulPath(value, location);
    if (path) throw invalidField(path, 'must not contain the NUL character (U+0000)');
  }
}
