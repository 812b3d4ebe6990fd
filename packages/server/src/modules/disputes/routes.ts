// HTTP routes of the disputes module under /api/v1/disputes. Every route declares its JSON schema; the online
// application and the tracking lookup are public (no account) and rate-limited.
import type { FastifyInstance } from 'fastify';
import { divisionCodeSchema, errorResponses, paging, pagingQuery, uuidSchema } from '../../http/schemas.ts';
import { scopeOf } from '../../platform/scope.ts';
import { requirePermission } from '../../platform/context.ts';
import { DOCUMENT_KINDS, type DocumentKind } from './documents.ts';
import { disputeService, exportCsv, type ListQuery } from './service.ts';
import { ACTION_LABELS, CLAIM_LABELS, CLAIM_TYPES, LAW, STATES, STATE_LABELS, TRANSITIONS, MINIMUM_WAGE_TABLE } from './workflow.ts';
import { acceptArbitration } from './usecases/acceptArbitration.ts';
import { applyArbitration } from './usecases/applyArbitration.ts';
import { applyOnline } from './usecases/applyOnline.ts';
import { arbMediate } from './usecases/arbMediate.ts';
import { arbWithdraw } from './usecases/arbWithdraw.ts';
import { assignCase } from './usecases/assign.ts';
import { makeAward } from './usecases/award.ts';
import type { ApplicationInput } from './usecases/create.ts';
import { confirmReview, rejectReview } from './usecases/decideReview.ts';
import { extendDeadline } from './usecases/extendDeadline.ts';
import { markLapsed } from './usecases/markLapsed.ts';
import { notAccept } from './usecases/notAccept.ts';
import { recordAgreement } from './usecases/recordAgreement.ts';
import { recordFailure } from './usecases/recordFailure.ts';
import { recordSuit } from './usecases/recordSuit.ts';
import { registerWalkIn } from './usecases/registerWalkIn.ts';
import { requestReview } from './usecases/requestReview.ts';
import { scheduleSession } from './usecases/schedule.ts';
import { scheduleHearing } from './usecases/scheduleHearing.ts';
import { withdrawMediation } from './usecases/withdrawMediation.ts';
import { sweepLapsed } from './usecases/sweepLapsed.ts';
import { createOrganisation, type CreateOrganisationInput } from './usecases/createOrganisation.ts';
import { updateOrganisation, type UpdateOrganisationInput } from './usecases/updateOrganisation.ts';
import { createStaff, type CreateStaffInput } from './usecases/createStaff.ts';
import { updateStaff, type UpdateStaffInput } from './usecases/updateStaff.ts';
import { setupNetwork } from './usecases/setupNetwork.ts';
import { ORG_KINDS, ORG_LEVELS, STAFF_ROLES, STAFF_STATUSES } from './usecases/network.ts';

const dateSchema = { type: 'string', format: 'date' } as const;
const dateTimeSchema = { type: 'string', format: 'date-time' } as const;
const money = { type: 'number', minimum: 0, maximum: 100_000_000_000 } as const;
const text = (max: number) => ({ type: 'string', maxLength: max }) as const;

const applicationProps = {
  orgCode: divisionCodeSchema,
  entryPath: { type: 'string', enum: ['mediation', 'arbitration'] },
  applicantName: { type: 'string', minLength: 1, maxLength: 50 },
  applicantResidentId: { type: 'string', maxLength: 20 },
  applicantMobile: { type: ['string', 'null'], maxLength: 20 },
  respondentName: { type: 'string', minLength: 1, maxLength: 100 },
  respondentUscc: { type: 'string', maxLength: 20 },
  workerCount: { type: 'integer', minimum: 1, maximum: 100000 },
  claims: {
    type: 'array', minItems: 1, maxItems: 20,
    items: {
      type: 'object', additionalProperties: false, required: ['type'],
      properties: { type: { type: 'string', enum: [...CLAIM_TYPES] }, amount: { type: ['number', 'null'], minimum: 0, maximum: 100_000_000_000 }, note: text(200) },
    },
  },
  facts: { type: 'string', minLength: 1, maxLength: 5000 },
  disputeAroseOn: { type: ['string', 'null'], format: 'date' },
  attachments: {
    type: 'array', maxItems: 20,
    items: {
      type: 'object', additionalProperties: false, required: ['name', 'size', 'contentType'],
      properties: { name: text(200), size: { type: 'integer', minimum: 0, maximum: 50_000_000 }, contentType: text(100) },
    },
  },
} as const;
const applicationRequired = ['orgCode', 'entryPath', 'applicantName', 'applicantResidentId', 'respondentName', 'respondentUscc', 'claims', 'facts'];

const idParams = { type: 'object', properties: { id: uuidSchema }, required: ['id'] } as const;
const version = { type: 'integer', minimum: 1 } as const;

/** One route per state change: path, body schema and use case. */
const ACTION_ROUTES: {
  path: string; summary: string; props: Record<string, unknown>; required: string[];
  run: (ctx: never, id: string, body: never) => Promise<unknown>;
}[] = [
  { path: 'assign', summary: '分派调解组织和调解员', props: { organisationId: uuidSchema, mediatorId: uuidSchema }, required: ['organisationId', 'mediatorId'], run: assignCase as never },
  { path: 'schedule', summary: '预约调解', props: { sessionAt: dateTimeSchema, place: { type: 'string', minLength: 1, maxLength: 200 } }, required: ['sessionAt', 'place'], run: scheduleSession as never },
  { path: 'agree', summary: '记录调解协议（调解成功）', props: { amountAgreed: money, on: dateSchema, terms: text(2000) }, required: ['amountAgreed'], run: recordAgreement as never },
  { path: 'fail', summary: '记录调解不成', props: { on: dateSchema, note: text(2000) }, required: [], run: recordFailure as never },
  { path: 'lapse', summary: '标记15日内未达成调解协议（第十四条）', props: {}, required: [], run: markLapsed as never },
  { path: 'withdraw-mediation', summary: '撤回调解申请', props: { on: dateSchema, note: text(2000) }, required: [], run: withdrawMediation as never },
  { path: 'request-review', summary: '申请审查确认', props: { on: dateSchema }, required: [], run: requestReview as never },
  { path: 'confirm-review', summary: '审查确认', props: { on: dateSchema }, required: [], run: confirmReview as never },
  { path: 'reject-review', summary: '不予确认', props: { on: dateSchema, reason: { type: 'string', minLength: 1, maxLength: 2000 } }, required: ['reason'], run: rejectReview as never },
  { path: 'apply-arbitration', summary: '申请仲裁（调解不成转仲裁，带全部案卷）', props: { on: dateSchema, disputeAroseOn: dateSchema }, required: [], run: applyArbitration as never },
  { path: 'accept', summary: '立案受理（第二十九条）', props: { on: dateSchema, arbitratorId: uuidSchema }, required: ['arbitratorId'], run: acceptArbitration as never },
  { path: 'not-accept', summary: '不予受理（第二十九条）', props: { on: dateSchema, reason: { type: 'string', minLength: 1, maxLength: 2000 } }, required: ['reason'], run: notAccept as never },
  { path: 'schedule-hearing', summary: '排期开庭（开庭五日前通知）', props: { hearingAt: dateTimeSchema, noticeOn: dateSchema, place: { type: 'string', minLength: 1, maxLength: 200 } }, required: ['hearingAt', 'place'], run: scheduleHearing as never },
  { path: 'extend', summary: '延长审理期限（第四十三条，一次，≤15日）', props: { days: { type: 'integer' }, approvedBy: text(50), reason: text(2000) }, required: ['days', 'approvedBy'], run: extendDeadline as never },
  { path: 'award', summary: '作出裁决', props: { on: dateSchema, amountAwarded: money, summary: text(5000) }, required: ['amountAwarded'], run: makeAward as never },
  { path: 'arb-mediate', summary: '仲裁调解结案', props: { on: dateSchema, amountAgreed: money }, required: ['amountAgreed'], run: arbMediate as never },
  { path: 'arb-withdraw', summary: '撤诉结案', props: { on: dateSchema, note: text(2000) }, required: [], run: arbWithdraw as never },
  { path: 'suit', summary: '记录当事人起诉（第四十八条、第五十条）', props: { suedOn: dateSchema, suedBy: { type: 'string', enum: ['employee', 'employer'] } }, required: ['suedBy'], run: recordSuit as never },
];

export async function disputeRoutes(app: FastifyInstance) {
  const tags = ['disputes'];

  app.get('/disputes/meta', {
    config: { public: true },
    schema: { tags, summary: '状态、动作、请求事项与法定期限（表单和页面用）', response: errorResponses },
  }, async () => ({
    states: STATES.map((s) => ({ state: s, label: STATE_LABELS[s] })),
    transitions: TRANSITIONS, actionLabels: ACTION_LABELS,
    claimTypes: CLAIM_TYPES.map((t) => ({ type: t, label: CLAIM_LABELS[t] })),
    law: LAW, minimumWage: MINIMUM_WAGE_TABLE,
  }));

  app.get('/disputes/portal/townships', {
    config: { public: true },
    schema: { tags, summary: '网上申请可选的街镇（已设仲裁委员会的区）', security: [], response: errorResponses },
  }, async (req) => disputeService.portalTownships(req.ctx));

  app.post<{ Body: ApplicationInput }>('/disputes/applications', {
    config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      tags, summary: '网上申请调解或仲裁（无需账号），返回查询码', security: [],
      body: { type: 'object', additionalProperties: false, required: applicationRequired, properties: applicationProps },
      response: errorResponses,
    },
  }, async (req, reply) => reply.status(201).send(await applyOnline(req.ctx, req.body)));

  app.post<{ Body: { trackingCode: string; residentId: string } }>('/disputes/track', {
    config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: {
      tags, summary: '案件查询（查询码 + 申请人身份证号码，无需账号；限流）', security: [],
      body: {
        type: 'object', additionalProperties: false, required: ['trackingCode', 'residentId'],
        properties: { trackingCode: { type: 'string', minLength: 1, maxLength: 30 }, residentId: { type: 'string', minLength: 1, maxLength: 20 } },
      },
      response: errorResponses,
    },
  }, async (req) => disputeService.lookup(req.ctx, req.body.trackingCode, req.body.residentId));

  app.post<{ Body: ApplicationInput & { receivedOn?: string } }>('/disputes/cases', {
    schema: {
      tags, summary: '窗口登记申请',
      body: { type: 'object', additionalProperties: false, required: applicationRequired, properties: { ...applicationProps, receivedOn: dateSchema } },
      response: errorResponses,
    },
  }, async (req, reply) => reply.status(201).send(await registerWalkIn(req.ctx, req.body)));

  const listQuerystring = {
    type: 'object', additionalProperties: false,
    properties: {
      state: { type: 'array', items: { type: 'string', enum: [...STATES] }, maxItems: 20 },
      stage: { type: 'string', enum: ['mediation', 'review', 'arbitration'] },
      organisationId: uuidSchema, orgCode: divisionCodeSchema,
      deadline: { type: 'string', enum: ['overdue', 'due'] }, collective: { type: 'boolean' },
      from: dateSchema, to: dateSchema, q: { type: 'string', maxLength: 50 }, mine: { type: 'boolean' },
      ...pagingQuery,
    },
  } as const;
  type ListQs = Record<string, string | number | boolean | string[] | undefined>;
  const filtersOf = (q: ListQs): ListQuery => ({
    states: q.state as string[] | undefined, stage: q.stage as ListQuery['stage'], organisationId: q.organisationId as string | undefined,
    orgCode: q.orgCode as string | undefined, deadline: q.deadline as ListQuery['deadline'], collective: q.collective as boolean | undefined,
    from: q.from as string | undefined, to: q.to as string | undefined, q: q.q as string | undefined, mine: q.mine as boolean | undefined,
    ...paging(q as { page?: number; pageSize?: number }),
  });

  app.get<{ Querystring: ListQs }>('/disputes/cases', {
    schema: {
      tags, summary: '案件列表（筛选：状态、阶段、调解组织、街镇、期限、集体争议、日期、关键词；一页，hasMore 表示是否还有）',
      querystring: listQuerystring, response: errorResponses,
    },
  }, async (req) => disputeService.list(req.ctx, filtersOf(req.query)));

  app.get<{ Querystring: ListQs }>('/disputes/cases/summary', {
    schema: {
      tags, summary: '按同样筛选条件统计：案件数、请求金额、追回金额',
      querystring: listQuerystring, response: errorResponses,
    },
  }, async (req) => disputeService.summary(req.ctx, filtersOf(req.query)));

  app.get<{ Params: { id: string } }>('/disputes/cases/:id', {
    schema: { tags, summary: '案件详情（含时间轴与可执行动作）', params: idParams, response: errorResponses },
  }, async (req) => disputeService.get(req.ctx, req.params.id));

  for (const r of ACTION_ROUTES) {
    app.post<{ Params: { id: string }; Body: Record<string, unknown> & { version: number } }>(`/disputes/cases/:id/${r.path}`, {
      schema: {
        tags, summary: r.summary, params: idParams,
        body: { type: 'object', additionalProperties: false, required: ['version', ...r.required], properties: { version, ...r.props } },
        response: errorResponses,
      },
    }, async (req) => r.run(req.ctx as never, req.params.id, req.body as never));
  }

  app.get<{ Params: { id: string; kind: DocumentKind } }>('/disputes/cases/:id/documents/:kind', {
    schema: {
      tags, summary: '打印文书：调解协议书 / 仲裁裁决书 / 不予受理通知书 (HTML)',
      params: { type: 'object', required: ['id', 'kind'], properties: { id: uuidSchema, kind: { type: 'string', enum: [...DOCUMENT_KINDS] } } },
      response: errorResponses,
    },
  }, async (req, reply) => reply.type('text/html; charset=utf-8').send(await disputeService.document(req.ctx, req.params.id, req.params.kind)));

  app.post('/disputes/clock/lapse', {
    schema: { tags, summary: '15日调解期限届满的案件一并标记并告知可申请仲裁（第十四条）', response: errorResponses },
  }, async (req) => sweepLapsed(req.ctx));

  app.get<{ Querystring: { staffId?: string } }>('/disputes/queues', {
    schema: {
      tags, summary: '我的待办：已逾期与3日内到期（调解员/仲裁员）',
      querystring: { type: 'object', additionalProperties: false, properties: { staffId: uuidSchema } },
      response: errorResponses,
    },
  }, async (req) => disputeService.queues(req.ctx, req.query));

  app.get<{ Querystring: { kind?: string; level?: string; orgCode?: string } }>('/disputes/organisations', {
    schema: {
      tags, summary: '调解组织（区、街镇、园区楼宇行业、企业四级）与仲裁委员会',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { kind: { type: 'string', enum: ['mediation', 'arbitration'] }, level: { type: 'string', enum: ['district', 'township', 'park', 'enterprise'] }, orgCode: divisionCodeSchema },
      },
      response: errorResponses,
    },
  }, async (req) => disputeService.organisations(req.ctx, req.query));

  app.get<{ Querystring: { role?: string; organisationId?: string } }>('/disputes/staff', {
    schema: {
      tags, summary: '调解员与仲裁员（资格证号、状态）',
      querystring: { type: 'object', additionalProperties: false, properties: { role: { type: 'string', enum: ['mediator', 'arbitrator'] }, organisationId: uuidSchema } },
      response: errorResponses,
    },
  }, async (req) => disputeService.staff(req.ctx, req.query));

  // --- setting up the network (区、街镇、园区楼宇行业、企业 mediation organisations; the arbitration commission) ---------

  const orgName = { type: 'string', minLength: 1, maxLength: 100 } as const;
  const phone = { type: ['string', 'null'], maxLength: 30 } as const;
  const address = { type: ['string', 'null'], maxLength: 200 } as const;
  const personName = { type: 'string', minLength: 1, maxLength: 50 } as const;
  const certificate = { type: 'string', minLength: 1, maxLength: 50 } as const;
  const staffStatus = { type: 'string', enum: [...STAFF_STATUSES] } as const;

  app.post<{ Body: CreateOrganisationInput }>('/disputes/organisations', {
    schema: {
      tags, summary: '新建调解组织（区、街镇、园区/楼宇/行业、企业）或区仲裁委员会',
      body: {
        type: 'object', additionalProperties: false, required: ['kind', 'level', 'name', 'orgCode'],
        properties: {
          kind: { type: 'string', enum: [...ORG_KINDS] }, level: { type: 'string', enum: [...ORG_LEVELS] },
          name: orgName, orgCode: divisionCodeSchema, phone, address,
        },
      },
      response: errorResponses,
    },
  }, async (req, reply) => reply.status(201).send(await createOrganisation(req.ctx, req.body)));

  app.patch<{ Params: { id: string }; Body: UpdateOrganisationInput }>('/disputes/organisations/:id', {
    schema: {
      tags, summary: '修改调解组织（名称、电话、地址、启用/停用）', params: idParams,
      body: {
        type: 'object', additionalProperties: false, required: ['version'],
        properties: { version, name: orgName, phone, address, active: { type: 'boolean' } },
      },
      response: errorResponses,
    },
  }, async (req) => updateOrganisation(req.ctx, req.params.id, req.body));

  app.post<{ Body: CreateStaffInput }>('/disputes/staff', {
    schema: {
      tags, summary: '新增调解员或仲裁员（资格证号、状态、可关联登录账号）',
      body: {
        type: 'object', additionalProperties: false, required: ['organisationId', 'role', 'name', 'certificateNo'],
        properties: {
          organisationId: uuidSchema, role: { type: 'string', enum: [...STAFF_ROLES] }, name: personName, certificateNo: certificate,
          status: staffStatus, accountId: { anyOf: [uuidSchema, { type: 'null' }] },
        },
      },
      response: errorResponses,
    },
  }, async (req, reply) => reply.status(201).send(await createStaff(req.ctx, req.body)));

  app.patch<{ Params: { id: string }; Body: UpdateStaffInput }>('/disputes/staff/:id', {
    schema: {
      tags, summary: '修改调解员或仲裁员（状态：在岗/暂停/退出；资格证号；所属组织）', params: idParams,
      body: {
        type: 'object', additionalProperties: false, required: ['version'],
        properties: {
          version, name: personName, certificateNo: certificate, status: staffStatus, organisationId: uuidSchema,
          accountId: { anyOf: [uuidSchema, { type: 'null' }] },
        },
      },
      response: errorResponses,
    },
  }, async (req) => updateStaff(req.ctx, req.params.id, req.body));

  app.post<{ Body: { district: string } }>('/disputes/network/setup', {
    schema: {
      tags, summary: '初始化本区调解仲裁网络（仲裁委员会、区联合调解中心、各街镇调解中心；重复执行不重复新建）',
      body: { type: 'object', additionalProperties: false, required: ['district'], properties: { district: divisionCodeSchema } },
      response: errorResponses,
    },
  }, async (req) => setupNetwork(req.ctx, req.body));

  app.get('/disputes/export.csv', {
    schema: { tags, summary: '导出案件 CSV（日期、街镇、路径、结果；不含身份证号码）', response: errorResponses },
  }, async (req, reply) => {
    requirePermission(req.ctx, 'disputes.read');
    let out = '';
    for await (const chunk of exportCsv(req.ctx.db, scopeOf(req.ctx))) out += chunk;
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="disputes.csv"').send(out);
  });
}
