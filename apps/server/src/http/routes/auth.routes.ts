import { MeView, SignInBody, SignInResponse, errorResponses } from '@jiebang/contracts';
import { z } from 'zod';
import { deleteSession } from '../../auth/sessions.ts';
import { presentMe } from '../../presenters/me.presenter.ts';
import { signIn } from '../../use-cases/auth/sign-in.ts';
import { requireActor } from '../../use-cases/use-case-context.ts';
import { SESSION_COOKIE, type RouteDeps, type RouteServer } from '../app.ts';

const tags = ['Auth'];

export function registerAuthRoutes(app: RouteServer, r: RouteDeps) {
  app.post('/api/auth/sign-in', { schema: { tags, summary: 'Sign in with username and password', body: SignInBody, response: { 200: SignInResponse, ...errorResponses } } }, async (request, reply) => {
    const result = await signIn(r.context(request), r.sessionPolicy, request.body);
    reply.setCookie(SESSION_COOKIE, result.token, { path: '/', httpOnly: true, sameSite: 'lax', secure: r.cookieSecure, expires: result.expiresAt });
    return { token: result.token, expiresAt: result.expiresAt.toISOString(), me: presentMe(result.actor) };
  });

  app.post('/api/auth/sign-out', { schema: { tags, summary: 'End the current session', response: { 204: z.null(), ...errorResponses } } }, async (request, reply) => {
    if (request.sessionToken) await deleteSession(r.deps.db, request.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/auth/me', { schema: { tags, summary: 'The signed-in user and their role grants', response: { 200: MeView, ...errorResponses } } }, async (request) =>
    presentMe(requireActor(r.context(request))),
  );
}
