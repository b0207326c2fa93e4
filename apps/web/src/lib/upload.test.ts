import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '@/testing/fake-xhr';
import { ApiError } from './api-client';
import { uploadFile } from './upload';

describe('uploadFile', () => {
  beforeEach(() => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());

  const file = () => new File(['%PDF-1.7'], '揭榜申报书.pdf', { type: 'application/pdf' });

  it('sends the raw file with its name in the query string, reports progress and answers the parsed JSON', async () => {
    const progress: number[] = [];
    const sent = file();
    const done = uploadFile<{ id: string }>('/api/bids/b1/attachments', sent, { query: { fileName: '揭榜申报书.pdf' }, onProgress: (percent) => progress.push(percent) });
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`/api/bids/b1/attachments?fileName=${encodeURIComponent('揭榜申报书.pdf')}`);
    expect(xhr.headers['content-type']).toBe('application/pdf');
    expect(xhr.body).toBe(sent);
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 25, total: 100 });
    xhr.upload.onprogress?.({ lengthComputable: false, loaded: 50, total: 0 });
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
    xhr.answer(201, { id: 'a1' });
    await expect(done).resolves.toEqual({ id: 'a1' });
    expect(progress).toEqual([25, 100]);
  });

  it('sends a file of unknown type as application/octet-stream', () => {
    void uploadFile('/api/x', new Blob(['x']));
    expect(FakeXhr.last.headers['content-type']).toBe('application/octet-stream');
  });

  it('maps the server’s error to an ApiError with its code, rule and field issues', async () => {
    const done = uploadFile('/api/bids/b1/attachments', file());
    FakeXhr.last.answer(400, { error: { code: 'VALIDATION_FAILED', message: 'querystring.fileName: file type not allowed', issues: [{ path: 'querystring.fileName', message: 'file type not allowed' }] } });
    const error = await done.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: 'querystring.fileName: file type not allowed' });
    expect((error as ApiError).fieldIssues('querystring').get('fileName')).toEqual(['file type not allowed']);

    const conflict = uploadFile('/api/bids/b1/attachments', file());
    FakeXhr.last.answer(409, { error: { code: 'RULE_VIOLATION', message: 'The bid is submitted', rule: 'bid.attachments_frozen' } });
    await expect(conflict).rejects.toMatchObject({ status: 409, code: 'RULE_VIOLATION', rule: 'bid.attachments_frozen' });
  });

  it('answers PAYLOAD_TOO_LARGE for a proxy’s 413 page, NETWORK without an answer, and AbortError when aborted', async () => {
    const tooLarge = uploadFile('/api/x', file());
    FakeXhr.last.answer(413, '<html>413 Request Entity Too Large</html>');
    await expect(tooLarge).rejects.toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });

    const offline = uploadFile('/api/x', file());
    FakeXhr.last.onerror?.();
    await expect(offline).rejects.toMatchObject({ status: 0, code: 'NETWORK' });

    const controller = new AbortController();
    const aborted = uploadFile('/api/x', file(), { signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });

    const broken = uploadFile('/api/x', file());
    FakeXhr.last.answer(502, 'Bad Gateway');
    await expect(broken).rejects.toMatchObject({ status: 502, code: 'BAD_RESPONSE' });
  });
});
