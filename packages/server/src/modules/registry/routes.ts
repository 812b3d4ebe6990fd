import type { FastifyInstance } from 'fastify';
import { divisionCodeSchema, errorResponses, paging, pagingQuery, uuidSchema } from '../../http/schemas.ts';
import { EMPLOYMENT_STATUSES, KEY_GROUPS, registryService, type PersonInput, type PersonPatch } from './service.ts';

const personProps = {
  orgCode: divisionCodeSchema,
  name: { type: 'string', minLength: 1, maxLength: 50 },
  mobile: { type: ['string', 'null'], maxLength: 20 },
  address: { type: ['string', 'null'], maxLength: 200 },
  localHukou: { type: 'boolean' },
  employmentStatus: { type: 'string', enum: [...EMPLOYMENT_STATUSES] },
  keyGroups: { type: 'array', items: { type: 'string', enum: [...KEY_GROUPS] }, maxItems: 10, uniqueItems: true },
} as const;
const idParams = { type: 'object', properties: { id: uuidSchema }, required: ['id'] } as const;

export async function registryRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { q?: string; orgCode?: string; keyGroup?: string; employmentStatus?: string; page?: number; pageSize?: number } }>('/persons', {
    schema: {
      tags: ['registry'], summary: '实名制人员列表 (scoped to the account\'s org unit)',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { q: { type: 'string', maxLength: 50 }, orgCode: divisionCodeSchema, keyGroup: { type: 'string', enum: [...KEY_GROUPS] }, employmentStatus: { type: 'string', enum: [...EMPLOYMENT_STATUSES] }, ...pagingQuery },
      },
      response: errorResponses,
    },
  }, async (req) => registryService.list(req.ctx, { ...req.query, ...paging(req.query) }));

  app.get<{ Params: { id: string } }>('/persons/:id', {
    schema: { tags: ['registry'], summary: '人员详情', params: idParams, response: errorResponses },
  }, async (req) => registryService.get(req.ctx, req.params.id));

  app.post<{ Body: PersonInput }>('/persons', {
    schema: {
      tags: ['registry'], summary: '登记人员',
      body: { type: 'object', additionalProperties: false, required: ['orgCode', 'name', 'residentId'], properties: { ...personProps, residentId: { type: 'string', maxLength: 20 } } },
      response: errorResponses,
    },
  }, async (req, reply) => reply.status(201).send(await registryService.create(req.ctx, req.body)));

  app.patch<{ Params: { id: string }; Body: PersonPatch }>('/persons/:id', {
    schema: {
      tags: ['registry'], summary: '修改人员信息', params: idParams,
      body: { type: 'object', additionalProperties: false, required: ['version'], properties: { ...personProps, version: { type: 'integer', minimum: 1 } } },
      response: errorResponses,
    },
  }, async (req) => registryService.update(req.ctx, req.params.id, req.body));
}
