import { ApiError, toQueryString, type QueryValue } from './api-client';

/**
 * Sends one file as the raw request body with XMLHttpRequest, because fetch reports no upload progress. Answers
 * and errors like `api`: the parsed JSON on success, an `ApiError` (server codes and field issues, NETWORK,
 * BAD_RESPONSE) on failure, and an `AbortError` DOMException when `signal` aborts.
 */
export interface UploadOptions {
  query?: Record<string, QueryValue> | undefined;
  /** Upload progress, 0–100. */
  onProgress?: ((percent: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

export function uploadFile<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const url = `${path}${toQueryString(options.query)}`;
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      try {
        resolve(answerOf<T>(xhr.status, xhr.responseText, url));
      } catch (error) {
        reject(error as Error);
      }
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'NETWORK', message: `POST ${url} failed: no answer from the server` }));
    xhr.onabort = () => reject(new DOMException('The upload was aborted', 'AbortError'));
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new DOMException('The upload was aborted', 'AbortError'));
        return;
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}

function answerOf<T>(status: number, text: string, url: string): T {
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's own page (e.g. nginx "413 Request Entity Too Large") is not the API's JSON.
    if (status === 413) throw new ApiError(413, { code: 'PAYLOAD_TOO_LARGE', message: 'The file is too large', issues: [{ path: 'body', message: 'is too large' }] });
    throw new ApiError(status, { code: 'BAD_RESPONSE', message: `POST ${url} answered ${status} with a body that is not JSON` });
  }
  if (status >= 200 && status < 300) return data as T;
  const error = typeof data === 'object' && data !== null ? (data as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') throw new ApiError(status, error as ConstructorParameters<typeof ApiError>[1]);
  throw new ApiError(status, { code: status >= 500 ? 'INTERNAL' : 'BAD_RESPONSE', message: `POST ${url} answered ${status}` });
}

/** 1.5 MB, 320 KB, 12 B: binary units, as file managers show them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
