// Per-request context: language, session, CSRF. Services get `request.ctx` and never look at HTTP themselves.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Lang } from '@renshe/shared';
import type { Db } from '../db/client.ts';
import type { Ctx } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { authService, type SessionInfo } from '../modules/auth/service.ts';

export const SESSION_COOKIE = 'renshe_sid';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
    session: SessionInfo | null;
  }
  interface FastifyContextConfig {
    /** Routes a visitor without a session may call and that need no CSRF token (login, public portal). */
    public?: boolean;
  }
}

export function languageOf(header: string | undefined): Lang {
  if (!header) return 'zh-CN';
  const first = header.split(',')[0]!.trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const contextPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.decorateRequest('ctx', null as never);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const lang = languageOf(request.headers['accept-language']);
    request.ctx = { db: opts.db, actor: null, lang, ip: request.ip };
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies?.[SESSION_COOKIE];
    const session = token ? await authService.resolve(opts.db, token) : null;
    request.session = session;
    if (session) request.ctx.actor = session.actor;
    const isPublic = request.routeOptions.config?.public === true;
    if (UNSAFE.has(request.method) && session && !isPublic) {
      const header = request.headers['x-csrf-token'];
      if (!authService.csrfMatches(session, typeof header === 'string' ? header : undefined)) throw new AppError('CSRF_FAILED');
    }
  });
}, { name: 'renshe-context', dependencies: ['@fastify/cookie'] });
