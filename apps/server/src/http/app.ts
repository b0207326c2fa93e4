import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Caller } from '@jiebang/domain';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawReplyDefaultExpression, type RawRequestDefaultExpression, type RawServerDefault } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/env.ts';
import type { AppDeps, RequestMeta } from '../context.ts';
import { resolveSession, type SessionPolicy } from '../auth/sessions.ts';
import type { UseCaseContext } from '../use-cases/use-case-context.ts';
import { sendError } from './error-mapper.ts';
import { rejectNulCharacters } from './reject-nul.ts';
import { registerRoutes } from './routes/index.ts';
import { registerWebApp } from './web-app.ts';

export const SESSION_COOKIE = 'jb_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Caller;
    sessionToken: string | null;
  }
}

export type App = FastifyInstance;
export type RouteServer = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface AppOptions {
  deps: AppDeps;
  config: Pick<Config, 'SESSION_IDLE_MINUTES' | 'SESSION_MAX_HOURS' | 'COOKIE_SECURE' | 'LOG_LEVEL'> & Partial<Pick<Config, 'WEB_DIST_DIR'>>;
}

/** Builds the HTTP app: zod-validated routes, OpenAPI 3.1 at /api/openapi.json, docs at /api/docs. */
export async function buildApp({ deps, config }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    genReqId: () => deps.newId(),
    ajv: undefined,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) => sendError({ statusCode: 404 }, request, reply));

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jiebang 揭榜 API',
        version: '0.1.0',
        description:
          'The HTTP API of Jiebang, a platform for 揭榜挂帅 programmes. Authenticate with `POST /api/auth/sign-in`, then send the token as `Authorization: Bearer <token>` (or rely on the `jb_session` cookie). Money is integer fen; times are UTC ISO 8601. Errors: 400 names the failing fields, 401 sign in, 403 not allowed, 404 not found, 409 a forbidden transition (`FORBIDDEN_TRANSITION`), a stale version (`STALE_VERSION`) or a refused rule (`RULE_VIOLATION`, `DUPLICATE`).',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const sessionPolicy: SessionPolicy = { idleMinutes: config.SESSION_IDLE_MINUTES, maxHours: config.SESSION_MAX_HOURS };
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    // Static assets of the web app need no actor; skipping them spares a session query per file.
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : (request.cookies[SESSION_COOKIE] ?? null);
    request.sessionToken = token || null;
    request.actor = token ? await resolveSession(deps.db, token, deps.now(), sessionPolicy) : null;
  });

  app.addHook('preValidation', async (request) => rejectNulCharacters(request));

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  const server = app.withTypeProvider<ZodTypeProvider>();
  await registerRoutes(server, {
    deps,
    sessionPolicy,
    cookieSecure: config.COOKIE_SECURE,
    context: (request) => ({ deps, actor: request.actor, request: requestMeta(request) }),
  });
  await registerWebApp(app, config.WEB_DIST_DIR);
  return app;
}

export interface RouteDeps {
  deps: AppDeps;
  sessionPolicy: SessionPolicy;
  cookieSecure: boolean;
  context: (request: { actor: Caller; ip: string; id: string }) => UseCaseContext;
}

export const requestMeta = (request: { ip: string; id: string }): RequestMeta => ({ ip: request.ip, requestId: String(request.id) });
