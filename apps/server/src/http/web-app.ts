import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Serves the built web app (apps/web/dist) from the API's own port: files as they are (pre-compressed .br/.gz
 * when the browser accepts them), and index.html for every other GET outside /api so that client-side routes
 * such as /challenges/:id survive a reload. Unknown /api paths and missing files keep the API's JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string | undefined): Promise<void> {
  if (!distDir) return;
  const built = existsSync(join(distDir, 'index.html'));
  // Encapsulated, so the sendFile decorator does not clash with the one @fastify/swagger-ui registers.
  await app.register(async (scope) => {
    if (!built) {
      scope.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(notBuiltPage(distDir)));
      return;
    }
    await scope.register(fastifyStatic, { root: distDir, serve: false, preCompressed: true, cacheControl: false, setHeaders: cacheHeaders });
    scope.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const pathname = request.url.split('?')[0] ?? '/';
      if (pathname === '/api' || pathname.startsWith('/api/')) return reply.callNotFound();
      // A path naming a file is served or missing (404); anything else is a page of the app.
      if (/\.[^/]+$/.test(pathname)) {
        const file = safeDecode(pathname.slice(1));
        return file === null ? reply.callNotFound() : reply.sendFile(file);
      }
      return reply.sendFile('index.html');
    });
  });
}

/** Hashed build assets never change; index.html must be revalidated so a new deploy is picked up. */
function cacheHeaders(reply: FastifyReply, path: string): void {
  reply.header('cache-control', path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

const notBuiltPage = (distDir: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>揭榜 Jiebang</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.6">
<h1>揭榜 Jiebang</h1>
<p>The API is running, but the web app has not been built (no index.html in <code>${escapeHtml(distDir)}</code>).
Run <code>npm run build</code>, or start with <code>npm start</code>, which builds it first.</p>
<p>API 已启动，但网页端尚未构建：请运行 <code>npm run build</code>，或使用 <code>npm start</code> 启动。</p>
<p><a href="/api/docs">API docs</a> · <a href="/api/openapi.json">OpenAPI</a></p>
</body></html>
`;

const safeDecode = (text: string): string | null => {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
};

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
