import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, renderMessage } from '../platform/errors.ts';
import { languageOf } from './context.ts';

/** Turns every failure into { code, message, field? } in the request's language; 5xx details stay in the log. */
export const errorPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    const lang = request.ctx?.lang ?? languageOf(request.headers['accept-language']);
    if (error instanceof AppError) {
      if (error.code === 'LOGIN_THROTTLED' || error.code === 'RATE_LIMITED') reply.header('retry-after', 900);
      return reply.status(error.status).send(error.toBody(lang));
    }
    const fe = error as FastifyError;
    if (fe.validation) {
      const first = fe.validation[0]!;
      const missing = (first.params as { missingProperty?: string })?.missingProperty;
      const path = (first.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
      const field = missing ? (path ? `${path}.${missing}` : missing) : path || fe.validationContext || 'body';
      const code = missing ? 'FIELD_REQUIRED' : 'VALIDATION_FAILED';
      return reply.status(400).send({
        code,
        message: renderMessage(code, lang, { field, detail: first.message ?? '' }),
        field,
      });
    }
    if (fe.statusCode === 429) {
      return reply.status(429).send({ code: 'RATE_LIMITED', message: renderMessage('RATE_LIMITED', lang, {}) });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const code = fe.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : fe.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
      const message = lang === 'en' ? fe.message : `请求不正确（${fe.statusCode}）`;
      return reply.status(fe.statusCode).send({ code, message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ code: 'INTERNAL', message: renderMessage('INTERNAL', lang, {}) });
  });
}, { name: 'renshe-errors' });
