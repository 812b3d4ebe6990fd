import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../../http/context.ts';
import { errorResponses } from '../../http/schemas.ts';
import { AppError } from '../../platform/errors.ts';
import { authService, SESSION_HOURS } from './service.ts';

export async function authRoutes(app: FastifyInstance, opts: { secureCookies: boolean }) {
  app.post<{ Body: { username: string; password: string } }>('/auth/login', {
    config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'], summary: '登录 — sign in; sets an httpOnly SameSite=Strict session cookie',
      body: {
        type: 'object', additionalProperties: false, required: ['username', 'password'],
        properties: { username: { type: 'string', maxLength: 40 }, password: { type: 'string', maxLength: 200 } },
      },
      response: errorResponses,
    },
  }, async (req, reply) => {
    const result = await authService.login(req.ctx.db, { ...req.body, ip: req.ip, lang: req.ctx.lang });
    reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true, sameSite: 'strict', secure: opts.secureCookies, path: '/', maxAge: SESSION_HOURS * 3600,
    });
    return authService.me(req.ctx.db, { actor: result.actor, csrfToken: result.csrfToken, tokenHash: '' });
  });

  app.post('/auth/logout', {
    schema: { tags: ['auth'], summary: '退出登录', response: { ...errorResponses, 204: { type: 'null' } } },
  }, async (req, reply) => {
    if (req.session) await authService.logout(req.ctx.db, req.session, req.ip);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/auth/session', {
    schema: { tags: ['auth'], summary: '当前登录信息，含 CSRF token', response: errorResponses },
  }, async (req) => {
    if (!req.session) throw new AppError('UNAUTHENTICATED');
    return authService.me(req.ctx.db, req.session);
  });
}
