import type { FastifyInstance } from 'fastify';
import { divisionCodeSchema, errorResponses } from '../../http/schemas.ts';
import { orgService } from './service.ts';
import { ORG_SOURCE } from './source.ts';

const levels = { type: 'string', enum: ['province', 'city', 'county', 'township', 'village'] } as const;

export async function orgRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { under?: string; level?: string[] } }>('/orgs', {
    schema: {
      tags: ['orgs'], summary: '组织机构列表 — org units visible to the account',
      querystring: { type: 'object', properties: { under: divisionCodeSchema, level: { type: 'array', items: levels } }, additionalProperties: false },
      response: errorResponses,
    },
  }, async (req) => ({ items: await orgService.list(req.ctx, { under: req.query.under, levels: req.query.level }), source: ORG_SOURCE }));

  app.get<{ Querystring: { level?: string[] } }>('/orgs/tree', {
    schema: {
      tags: ['orgs'], summary: '组织机构树 — tree of the visible org units',
      querystring: { type: 'object', properties: { level: { type: 'array', items: levels } }, additionalProperties: false },
      response: errorResponses,
    },
  }, async (req) => ({ items: await orgService.tree(req.ctx, { levels: req.query.level ?? ['province', 'city', 'county', 'township'] }) }));

  app.get<{ Params: { code: string } }>('/orgs/:code', {
    schema: { tags: ['orgs'], summary: '组织机构详情', params: { type: 'object', properties: { code: divisionCodeSchema }, required: ['code'] }, response: errorResponses },
  }, async (req) => orgService.get(req.ctx, req.params.code));
}
