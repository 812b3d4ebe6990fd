import type { FastifyInstance } from 'fastify';
import { divisionCodeSchema, errorResponses } from '../../http/schemas.ts';
import { plansService, type ValueInput } from './service.ts';
import { planWorkbook } from './xlsx.ts';

const planIdSchema = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 60 } as const;
const planParams = { type: 'object', properties: { planId: planIdSchema }, required: ['planId'] } as const;
const indicatorParams = {
  type: 'object', properties: { planId: planIdSchema, indicatorId: planIdSchema }, required: ['planId', 'indicatorId'],
} as const;
const unitYearQuery = {
  type: 'object', additionalProperties: false,
  properties: { org: divisionCodeSchema, year: { type: 'integer', minimum: 1949, maximum: 2100 } },
} as const;

type UnitYear = { org?: string; year?: number };

export async function plansRoutes(app: FastifyInstance) {
  app.get('/plans', {
    schema: { tags: ['plans'], summary: '规划列表 (plans visible to the account)', response: errorResponses },
  }, async (req) => ({ items: plansService.list(req.ctx) }));

  app.get<{ Params: { planId: string }; Querystring: UnitYear }>('/plans/:planId', {
    schema: {
      tags: ['plans'], summary: '规划监测：每个指标的当前值、进度与判定 (for one unit; default the account\'s unit or the region)',
      params: planParams, querystring: unitYearQuery, response: errorResponses,
    },
  }, async (req) => plansService.detail(req.ctx, req.params.planId, req.query));

  app.get<{ Params: { planId: string } }>('/plans/:planId/definition', {
    schema: { tags: ['plans'], summary: '规划文件（as loaded）', params: planParams, response: errorResponses },
  }, async (req) => plansService.definition(req.ctx, req.params.planId));

  app.get<{ Params: { planId: string }; Querystring: UnitYear }>('/plans/:planId/export.xlsx', {
    schema: { tags: ['plans'], summary: '导出规划监测表 (.xlsx)', params: planParams, querystring: unitYearQuery, response: errorResponses },
  }, async (req, reply) => {
    const d = await plansService.detail(req.ctx, req.params.planId, req.query);
    const buf = await planWorkbook(d);
    const name = `${d.plan.id}-${d.unit.code}-${d.year}.xlsx`;
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`${d.plan.title}-${d.unit.name}-${d.year}.xlsx`)}`)
      .send(buf);
  });

  app.get<{ Params: { planId: string; indicatorId: string }; Querystring: UnitYear }>('/plans/:planId/indicators/:indicatorId', {
    schema: {
      tags: ['plans'], summary: '指标详情：公式、计量值、分街镇数值、逐年序列与填报记录',
      params: indicatorParams, querystring: unitYearQuery, response: errorResponses,
    },
  }, async (req) => plansService.indicator(req.ctx, req.params.planId, req.params.indicatorId, req.query));

  app.post<{ Params: { planId: string; indicatorId: string }; Body: ValueInput }>('/plans/:planId/indicators/:indicatorId/values', {
    schema: {
      tags: ['plans'], summary: '手工填报指标数值（带依据；须带当前版本号以修改已有数值）',
      params: indicatorParams,
      body: {
        type: 'object', additionalProperties: false, required: ['orgCode', 'year', 'evidence'],
        properties: {
          orgCode: divisionCodeSchema,
          year: { type: 'integer', minimum: 1949, maximum: 2100 },
          value: { type: ['number', 'null'] },
          met: { type: ['boolean', 'null'] },
          evidence: { type: 'string', maxLength: 500 },
          version: { type: ['integer', 'null'], minimum: 1 },
        },
      },
      response: errorResponses,
    },
  }, async (req, reply) => reply.status(201).send(await plansService.enter(req.ctx, req.params.planId, req.params.indicatorId, req.body)));
}
