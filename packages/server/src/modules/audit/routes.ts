import type { FastifyInstance } from 'fastify';
import { errorResponses, paging, pagingQuery } from '../../http/schemas.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { auditService } from './service.ts';

interface AuditQuery { actor?: string; entity?: string; entityId?: string; action?: string; from?: string; to?: string; page?: number; pageSize?: number }

function parseDay(value: string | undefined, field: string, endOfDay = false): Date | undefined {
  if (!value) return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value);
  if (Number.isNaN(d.getTime())) throw invalid(field, { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'expected a date YYYY-MM-DD' });
  if (endOfDay && /^\d{4}-\d{2}-\d{2}$/.test(value)) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

export async function auditRoutes(app: FastifyInstance) {
  app.get<{ Querystring: AuditQuery }>('/audit', {
    schema: {
      tags: ['audit'], summary: '审计日志查询 — search the audit trail by person, record and date',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          actor: { type: 'string', maxLength: 50 }, entity: { type: 'string', maxLength: 50 }, entityId: { type: 'string', maxLength: 80 },
          action: { type: 'string', maxLength: 50 }, from: { type: 'string', maxLength: 30 }, to: { type: 'string', maxLength: 30 }, ...pagingQuery,
        },
      },
      response: errorResponses,
    },
  }, async (req) => {
    const q = req.query;
    return auditService.search(req.ctx, {
      actor: q.actor, entity: q.entity, entityId: q.entityId, action: q.action,
      from: parseDay(q.from, 'from'), to: parseDay(q.to, 'to', true), ...paging(q),
    });
  });

  // The trail is append-only. These answer explicitly so nobody mistakes a missing route for a missing feature.
  for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
    app.route({
      method, url: '/audit/:id',
      schema: { tags: ['audit'], summary: '审计日志不可修改或删除 (always refused)', response: errorResponses },
      handler: async () => { throw new AppError('AUDIT_IMMUTABLE'); },
    });
  }
}
