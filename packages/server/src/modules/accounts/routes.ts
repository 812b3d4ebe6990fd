import type { FastifyInstance } from 'fastify';
import { ROLES } from '@renshe/shared';
import { divisionCodeSchema, errorResponses, paging, pagingQuery, uuidSchema } from '../../http/schemas.ts';
import { accountService, type CreateAccountInput, type UpdateAccountInput } from './service.ts';

const idParams = { type: 'object', properties: { id: uuidSchema }, required: ['id'] } as const;

export async function accountRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { q?: string; role?: string; orgCode?: string; disabled?: boolean; page?: number; pageSize?: number } }>('/accounts', {
    schema: {
      tags: ['accounts'], summary: '账号列表 (系统管理员)',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { q: { type: 'string', maxLength: 50 }, role: { type: 'string', enum: [...ROLES] }, orgCode: divisionCodeSchema, disabled: { type: 'boolean' }, ...pagingQuery },
      },
      response: errorResponses,
    },
  }, async (req) => accountService.list(req.ctx, { ...req.query, ...paging(req.query) }));

  app.get<{ Params: { id: string } }>('/accounts/:id', {
    schema: { tags: ['accounts'], summary: '账号详情', params: idParams, response: errorResponses },
  }, async (req) => accountService.get(req.ctx, req.params.id));

  app.post<{ Body: CreateAccountInput }>('/accounts', {
    schema: {
      tags: ['accounts'], summary: '新建账号',
      body: {
        type: 'object', additionalProperties: false,
        required: ['username', 'displayName', 'role', 'orgCode', 'password'],
        properties: {
          username: { type: 'string', maxLength: 40 }, displayName: { type: 'string', minLength: 1, maxLength: 50 },
          role: { type: 'string', enum: [...ROLES] }, orgCode: divisionCodeSchema, password: { type: 'string', maxLength: 200 },
          mobile: { type: ['string', 'null'], maxLength: 20 }, enterpriseCode: { type: ['string', 'null'], maxLength: 18 },
        },
      },
      response: errorResponses,
    },
  }, async (req, reply) => reply.status(201).send(await accountService.create(req.ctx, req.body)));

  app.patch<{ Params: { id: string }; Body: UpdateAccountInput }>('/accounts/:id', {
    schema: {
      tags: ['accounts'], summary: '修改账号：停用/启用、调整所属机构（re-scope）、角色',
      params: idParams,
      body: {
        type: 'object', additionalProperties: false, required: ['version'],
        properties: {
          displayName: { type: 'string', maxLength: 50 }, role: { type: 'string', enum: [...ROLES] }, orgCode: divisionCodeSchema,
          disabled: { type: 'boolean' }, mobile: { type: ['string', 'null'], maxLength: 20 }, version: { type: 'integer', minimum: 1 },
        },
      },
      response: errorResponses,
    },
  }, async (req) => accountService.update(req.ctx, req.params.id, req.body));

  app.post<{ Params: { id: string }; Body: { password: string } }>('/accounts/:id/password', {
    schema: {
      tags: ['accounts'], summary: '重置密码', params: idParams,
      body: { type: 'object', additionalProperties: false, required: ['password'], properties: { password: { type: 'string', maxLength: 200 } } },
      response: { ...errorResponses, 204: { type: 'null' } },
    },
  }, async (req, reply) => {
    await accountService.resetPassword(req.ctx, req.params.id, req.body.password);
    return reply.status(204).send();
  });
}
