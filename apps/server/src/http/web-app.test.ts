import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendError } from './error-mapper.ts';
import { registerWebApp } from './web-app.ts';

/** The app's not-found handling around the web app, without a database: what buildApp wires up. */
async function appServing(distDir: string | undefined): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.setNotFoundHandler((request, reply) => sendError({ statusCode: 404 }, request, reply));
  app.get('/api/health', async () => ({ status: 'ok' }));
  await registerWebApp(app, distDir);
  await app.ready();
  return app;
}

const INDEX = '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

describe('the web app on the API port', () => {
  let dist: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'jiebang-web-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), INDEX);
    await writeFile(join(dist, 'assets/index-abc123.js'), SCRIPT);
    await writeFile(join(dist, 'assets/index-abc123.js.br'), brotliCompressSync(SCRIPT));
    app = await appServing(dist);
  });

  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and for client-side routes, revalidated on every visit', async () => {
    for (const url of ['/', '/hall', '/challenges/10223dae-e32f-4cd3-a9c8-b9368ed09372', '/hall?status=published']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toBe(INDEX);
    }
  });

  it('serves hashed assets as immutable, brotli-compressed when accepted', async () => {
    const plain = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toMatch(/javascript/);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.body).toBe(SCRIPT);

    const compressed = await app.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(compressed.statusCode).toBe(200);
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.rawPayload.length).toBeLessThan(SCRIPT.length);
  });

  it('keeps JSON 404s for unknown API paths and missing files', async () => {
    for (const url of ['/api/nothing-here', '/api', '/assets/gone-123.js', '/favicon.ico']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    expect((await app.inject({ method: 'POST', url: '/hall' })).statusCode).toBe(404);
  });

  it('does not serve files outside the build directory', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/../../etc/passwd.txt' });
    expect([403, 404]).toContain(response.statusCode);
    expect(response.body).not.toContain('root:');
  });

  it('still answers the API', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
  });
});

describe('without a built web app', () => {
  it('answers / with how to build it, and the API keeps working', async () => {
    const app = await appServing(join(tmpdir(), 'jiebang-web-missing-dist'));
    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.body).toContain('npm run build');
    expect((await app.inject({ method: 'GET', url: '/hall' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    await app.close();
  });

  it('serves nothing when no directory is configured (the test apps)', async () => {
    const app = await appServing(undefined);
    expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(404);
    await app.close();
  });
});
