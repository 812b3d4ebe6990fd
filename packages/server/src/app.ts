// Builds the Fastify application: JSON API under /api/v1, OpenAPI at /api/docs, the built web UI at /.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Database } from './db/client.ts';
import { contextPlugin } from './http/context.ts';
import { errorPlugin } from './http/errors.ts';
import { renderMessage } from './platform/errors.ts';
import { apiModules } from './modules/index.ts';

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface AppOptions {
  database: Database;
  logger?: boolean;
  /** Where the request log goes (default stdout); tests pass a stream to read it. */
  logStream?: NodeJS.WritableStream;
  /** Serve the built web UI (production); tests of the API alone may leave it out. */
  serveWeb?: boolean;
  secureCookies?: boolean;
  demoMode?: boolean;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? {
      level: process.env.LOG_LEVEL ?? 'info',
      // Query strings may carry personal data (names, ID numbers): log the path only.
      serializers: { req: (req) => ({ method: req.method, url: req.url.split('?')[0], remoteAddress: req.ip }) },
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    } : false,
    trustProxy: process.env.TRUST_PROXY === '1',
    bodyLimit: 5 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  });

  await app.register(errorPlugin);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(contextPlugin, { db: opts.database.db });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: '人社通 Renshe API', version: '0.1.0', description: '就业和社会保障业务平台 — employment and social-security platform API' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'renshe_sid' } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/health', {
    config: { public: true },
    schema: {
      tags: ['system'], summary: '健康检查',
      response: { 200: { type: 'object', properties: { status: { type: 'string' }, db: { type: 'string', enum: ['pglite', 'postgres'] } }, required: ['status', 'db'] } },
    },
  }, async () => {
    await opts.database.query('select 1');
    return { status: 'ok', db: opts.database.kind };
  });

  await app.register(async (api) => {
    for (const mod of apiModules) await api.register(mod.routes, { secureCookies: !!opts.secureCookies, database: opts.database, demoMode: !!opts.demoMode });
  }, { prefix: '/api/v1' });

  const serveWeb = opts.serveWeb ?? true;
  if (serveWeb && existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !serveWeb || !existsSync(path.join(webDist, 'index.html'))) {
      const lang = request.ctx?.lang ?? 'zh-CN';
      return reply.status(404).send({ code: 'ROUTE_NOT_FOUND', message: renderMessage('ROUTE_NOT_FOUND', lang, {}) });
    }
    // Client-side routes of the single-page app.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
