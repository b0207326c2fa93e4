import { Validator } from '@seriousme/openapi-schema-validator';
import { openTestApp, type TestApp } from '@jiebang/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('OpenAPI document', () => {
  let t: TestApp;
  let document: Record<string, any>;

  beforeAll(async () => {
    t = await openTestApp();
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json();
  });
  afterAll(() => t.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents the key paths with their methods', () => {
    const expected: [string, string][] = [
      ['/api/auth/sign-in', 'post'],
      ['/api/auth/me', 'get'],
      ['/api/programmes/{id}/needs', 'post'],
      ['/api/needs/{id}', 'get'],
      ['/api/needs/{id}/pool', 'post'],
      ['/api/audit-events', 'get'],
      ['/api/audit-events/verify', 'get'],
    ];
    for (const [path, method] of expected) expect(document.paths?.[path]?.[method], `${method.toUpperCase()} ${path}`).toBeDefined();
  });

  it('names the shared views as components and declares both ways to authenticate', () => {
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(expect.arrayContaining(['ErrorResponse', 'Need', 'AuditEvent', 'AuditVerification']));
    expect(Object.keys(document.components?.securitySchemes ?? {})).toEqual(expect.arrayContaining(['bearer', 'cookie']));
  });

  it('documents the 400/403/409 error shape on a state-changing route', () => {
    const responses = document.paths['/api/needs/{id}/pool'].post.responses;
    for (const status of ['200', '400', '401', '403', '404', '409']) expect(responses[status], status).toBeDefined();
  });

  it('serves the interactive docs as HTML at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    const page = response.statusCode === 302 ? await t.app.inject({ method: 'GET', url: response.headers.location as string }) : response;
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toMatch(/swagger-ui/i);
  });
});
