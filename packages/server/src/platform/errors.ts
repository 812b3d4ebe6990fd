// One error shape for the whole API: { code, message, field? }. Each code is stable and has a status and a message
// in zh-CN and English; `{name}` placeholders are filled from params.
import type { Lang } from '@renshe/shared';

interface ErrorDef { status: number; 'zh-CN': string; en: string }

export const ERRORS = {
  VALIDATION_FAILED: { status: 400, 'zh-CN': '字段“{field}”不正确：{detail}', en: 'Field "{field}" is invalid: {detail}' },
  FIELD_REQUIRED: { status: 400, 'zh-CN': '请填写“{field}”', en: 'Field "{field}" is required' },
  INVALID_RESIDENT_ID: { status: 400, 'zh-CN': '身份证号码不正确：{detail}', en: 'Invalid resident ID: {detail}' },
  INVALID_CREDIT_CODE: { status: 400, 'zh-CN': '统一社会信用代码不正确：{detail}', en: 'Invalid unified social credit code: {detail}' },
  INVALID_MOBILE: { status: 400, 'zh-CN': '手机号码不正确', en: 'Invalid mobile number' },
  INVALID_DIVISION_CODE: { status: 400, 'zh-CN': '区划代码不正确', en: 'Invalid division code' },
  UNKNOWN_ORG_UNIT: { status: 400, 'zh-CN': '组织机构 {code} 不存在', en: 'Org unit {code} does not exist' },
  ORG_OUT_OF_SCOPE: { status: 403, 'zh-CN': '无权操作组织机构 {code} 的数据', en: 'You may not act on data of org unit {code}' },
  UNAUTHENTICATED: { status: 401, 'zh-CN': '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { status: 401, 'zh-CN': '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  BAD_CREDENTIALS: { status: 401, 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_DISABLED: { status: 403, 'zh-CN': '账号已停用', en: 'This account is disabled' },
  LOGIN_THROTTLED: { status: 429, 'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试', en: 'Too many failed sign-ins; try again in {minutes} minutes' },
  RATE_LIMITED: { status: 429, 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; please try again later' },
  CSRF_FAILED: { status: 403, 'zh-CN': '请求校验失败（CSRF），请刷新页面后重试', en: 'Request verification (CSRF) failed; reload the page and try again' },
  FORBIDDEN: { status: 403, 'zh-CN': '没有权限执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, 'zh-CN': '{entity}不存在', en: '{entity} not found' },
  ROUTE_NOT_FOUND: { status: 404, 'zh-CN': '接口不存在', en: 'No such endpoint' },
  CONFLICT: { status: 409, 'zh-CN': '{detail}', en: '{detail}' },
  VERSION_CONFLICT: { status: 409, 'zh-CN': '记录已被他人修改，请刷新后重试', en: 'The record was changed by someone else; reload and try again' },
  USERNAME_TAKEN: { status: 409, 'zh-CN': '用户名“{username}”已被使用', en: 'Username "{username}" is already taken' },
  RESIDENT_ID_TAKEN: { status: 409, 'zh-CN': '该身份证号码已登记', en: 'This resident ID is already on record' },
  WEAK_PASSWORD: { status: 400, 'zh-CN': '密码至少 10 位，且须包含字母和数字', en: 'The password needs at least 10 characters with letters and digits' },
  AUDIT_IMMUTABLE: { status: 405, 'zh-CN': '审计日志不可修改或删除', en: 'Audit records cannot be changed or deleted' },
  DATA_DIR_IN_USE: {
    status: 409,
    'zh-CN': '数据目录 {dir} 正被另一个 Renshe 服务（进程 {pid}，自 {since}）使用，不能同时启动两个服务',
    en: 'Data folder {dir} is in use by another Renshe server (process {pid}, since {since}); refusing to start a second one',
  },
  INVALID_TRANSITION: { status: 409, 'zh-CN': '当前状态“{state}”下不能执行“{action}”', en: 'Cannot "{action}" while the case is "{state}"' },
  PLAN_CLOSED: { status: 409, 'zh-CN': '规划“{plan}”已结束，其结果以规划文本为准，不能再填报', en: 'Plan "{plan}" is closed; its results are those printed in the plan and cannot be entered' },
  INDICATOR_COMPUTED: { status: 400, 'zh-CN': '指标“{indicator}”由系统计算，不能手工填报', en: 'Indicator "{indicator}" is computed by the system and cannot be entered by hand' },
  INTERNAL: { status: 500, 'zh-CN': '服务器内部错误', en: 'Internal server error' },
} satisfies Record<string, ErrorDef>;

export type ErrorCode = keyof typeof ERRORS;

export interface ErrorBody { code: string; message: string; field?: string }

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly field?: string;
  readonly params: Record<string, string | number>;

  constructor(code: ErrorCode, opts: { field?: string; params?: Record<string, string | number> } = {}) {
    super(renderMessage(code, 'en', { ...(opts.params ?? {}), field: opts.field ?? '' }));
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.field = opts.field;
    this.params = opts.params ?? {};
  }

  toBody(lang: Lang): ErrorBody {
    const body: ErrorBody = {
      code: this.code,
      message: renderMessage(this.code, lang, { ...this.params, field: this.params.fieldLabel ?? this.field ?? '' }),
    };
    if (this.field) body.field = this.field;
    return body;
  }
}

export function renderMessage(code: ErrorCode, lang: Lang, params: Record<string, string | number>): string {
  const def = ERRORS[code] as ErrorDef;
  const template = def[lang] ?? def['zh-CN'];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] !== undefined ? String(params[k]) : `{${k}}`));
}

/** Shorthand for a 400 naming the field. */
export function invalid(field: string, detail: { 'zh-CN': string; en: string } | string): AppError {
  const d = typeof detail === 'string' ? { 'zh-CN': detail, en: detail } : detail;
  return new LocalisedDetailError(field, d);
}

/** VALIDATION_FAILED whose detail text itself is bilingual. */
export class LocalisedDetailError extends AppError {
  constructor(field: string, readonly detail: { 'zh-CN': string; en: string }) {
    super('VALIDATION_FAILED', { field, params: { detail: detail.en } });
  }

  override toBody(lang: Lang): ErrorBody {
    return {
      code: this.code,
      message: renderMessage('VALIDATION_FAILED', lang, { field: this.field ?? '', detail: this.detail[lang] }),
      field: this.field,
    };
  }
}

export function notFound(entity: { 'zh-CN': string; en: string }): AppError {
  return new (class extends AppError {
    override toBody(lang: Lang): ErrorBody {
      return { code: 'NOT_FOUND', message: renderMessage('NOT_FOUND', lang, { entity: entity[lang] }) };
    }
  })('NOT_FOUND', { params: { entity: entity.en } });
}
