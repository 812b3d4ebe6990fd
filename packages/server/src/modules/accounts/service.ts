// 账号管理: create, disable, re-scope and reset accounts. Only 系统管理员 manage accounts, and only within the
// subtree of their own org unit.
import { isRole, parseMobile, STAFF_ROLES, type AccountView, type Role } from '@renshe/shared';

export type { AccountView };
import type { Executor } from '../../db/client.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { requirePermission, systemCtx } from '../../platform/context.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { assertStrongPassword, hashPassword } from '../../platform/passwords.ts';
import { scopeOf, type Scope } from '../../platform/scope.ts';
import { orgService } from '../orgs/service.ts';
import { accountRepository, type AccountFilters, type AccountRow } from './repository.ts';
import { authService } from '../auth/service.ts';

export const ACCOUNT_ENTITY = { 'zh-CN': '账号', en: 'Account' };


export interface CreateAccountInput {
  username: string;
  displayName: string;
  role: string;
  orgCode: string;
  password: string;
  mobile?: string | null;
  enterpriseCode?: string | null;
}

export interface UpdateAccountInput {
  displayName?: string;
  role?: string;
  orgCode?: string;
  disabled?: boolean;
  mobile?: string | null;
  version: number;
}

const USERNAME_RE = /^[A-Za-z0-9_.-]{3,40}$/;

async function toView(db: Executor, r: AccountRow): Promise<AccountView> {
  const org = await orgService.getUnscoped(db, r.orgCode);
  return {
    id: r.id, username: r.username, displayName: r.displayName, role: r.role as Role, orgCode: r.orgCode,
    orgName: org?.name ?? null, disabled: r.disabled, mobile: r.mobile, enterpriseCode: r.enterpriseCode,
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  };
}

function publicFields(r: AccountRow) {
  const { passwordHash: _ignored, ...rest } = r;
  return rest;
}

function validateRole(role: string): Role {
  if (!isRole(role)) throw invalid('role', { 'zh-CN': '角色不存在', en: 'unknown role' });
  return role;
}

function normaliseMobile(mobile: string | null | undefined): string | null {
  if (mobile === undefined || mobile === null || mobile === '') return null;
  const m = parseMobile(mobile);
  if (!m.ok) throw new AppError('INVALID_MOBILE', { field: 'mobile' });
  return m.value;
}

export const accountService = {
  async list(ctx: Ctx, filters: AccountFilters) {
    requirePermission(ctx, 'accounts.manage');
    const { rows, total } = await accountRepository.list(ctx.db, scopeOf(ctx), filters);
    return { items: await Promise.all(rows.map((r) => toView(ctx.db, r))), total };
  },

  async get(ctx: Ctx, id: string): Promise<AccountView> {
    requirePermission(ctx, 'accounts.manage');
    const r = await accountRepository.get(ctx.db, scopeOf(ctx), id);
    if (!r) throw notFound(ACCOUNT_ENTITY);
    return toView(ctx.db, r);
  },

  async create(ctx: Ctx, input: CreateAccountInput): Promise<AccountView> {
    requirePermission(ctx, 'accounts.manage');
    return createAccount(ctx, input);
  },

  async update(ctx: Ctx, id: string, input: UpdateAccountInput): Promise<AccountView> {
    requirePermission(ctx, 'accounts.manage');
    const scope = scopeOf(ctx);
    const patch: Partial<AccountRow> = {};
    if (input.displayName !== undefined) {
      if (!input.displayName.trim()) throw new AppError('FIELD_REQUIRED', { field: 'displayName' });
      patch.displayName = input.displayName.trim();
    }
    if (input.role !== undefined) patch.role = validateRole(input.role);
    if (input.mobile !== undefined) patch.mobile = normaliseMobile(input.mobile);
    if (input.disabled !== undefined) patch.disabled = input.disabled;
    return ctx.db.transaction(async (tx) => {
      if (input.orgCode !== undefined) {
        await orgService.requireUnitInScope(tx, scope, input.orgCode, 'orgCode');
        patch.orgCode = input.orgCode;
      }
      const before = await accountRepository.get(tx, scope, id, { forUpdate: true });
      if (!before) throw notFound(ACCOUNT_ENTITY);
      if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
      if (before.id === ctx.actor!.id && (patch.disabled === true || (patch.role && patch.role !== before.role))) {
        throw invalid('disabled', { 'zh-CN': '不能停用自己的账号或修改自己的角色', en: 'you cannot disable your own account or change your own role' });
      }
      const after = await accountRepository.update(tx, id, patch);
      // A disabled or re-scoped account must not keep sessions that were opened with its old rights.
      if (patch.disabled || (patch.orgCode && patch.orgCode !== before.orgCode) || (patch.role && patch.role !== before.role)) {
        await authService.endSessionsOf(tx, id);
      }
      const action = patch.disabled === true && !before.disabled ? 'account.disable'
        : patch.disabled === false && before.disabled ? 'account.enable'
          : patch.orgCode && patch.orgCode !== before.orgCode ? 'account.rescope' : 'account.update';
      await writeAudit(tx, ctx, { action, entity: 'account', entityId: id, orgCode: after.orgCode, before: publicFields(before), after: publicFields(after) });
      return toView(tx, after);
    });
  },

  async resetPassword(ctx: Ctx, id: string, password: string): Promise<void> {
    requirePermission(ctx, 'accounts.manage');
    assertStrongPassword(password);
    const hash = await hashPassword(password);
    await ctx.db.transaction(async (tx) => {
      const before = await accountRepository.get(tx, scopeOf(ctx), id, { forUpdate: true });
      if (!before) throw notFound(ACCOUNT_ENTITY);
      const after = await accountRepository.update(tx, id, { passwordHash: hash });
      await authService.endSessionsOf(tx, id);
      await writeAudit(tx, ctx, { action: 'account.reset_password', entity: 'account', entityId: id, orgCode: after.orgCode, before: { version: before.version }, after: { version: after.version } });
    });
  },

  /** `renshe admin create`: the first administrator of an installation (no default password exists). */
  async createFirstAdmin(db: Executor, input: Omit<CreateAccountInput, 'role'>): Promise<AccountView> {
    return createAccount(systemCtx(db as never, 'renshe admin create'), { ...input, role: 'sys_admin' });
  },

  async count(db: Executor): Promise<number> {
    return accountRepository.countAll(db);
  },

  /** For other modules linking a record to an account (e.g. a mediator's login): the account within `scope`, if any. */
  async findInScope(db: Executor, scope: Scope, id: string): Promise<AccountView | undefined> {
    const r = await accountRepository.get(db, scope, id);
    return r ? toView(db, r) : undefined;
  },

  /** The stored account for sign-in (auth module), password hash included; never leaves the server. */
  async findForSignIn(db: Executor, username: string): Promise<AccountRow | undefined> {
    return accountRepository.findByUsername(db, username);
  },
};

async function createAccount(ctx: Ctx, input: CreateAccountInput): Promise<AccountView> {
  const username = (input.username ?? '').trim();
  if (!USERNAME_RE.test(username)) {
    throw invalid('username', { 'zh-CN': '用户名须为 3–40 位字母、数字、下划线、点或连字符', en: 'use 3–40 letters, digits, _ . or -' });
  }
  if (!input.displayName?.trim()) throw new AppError('FIELD_REQUIRED', { field: 'displayName' });
  const role = validateRole(input.role);
  assertStrongPassword(input.password);
  const mobile = normaliseMobile(input.mobile);
  const hash = await hashPassword(input.password);
  const scope = scopeOf(ctx);
  return ctx.db.transaction(async (tx) => {
    await orgService.requireUnitInScope(tx, scope, input.orgCode, 'orgCode');
    if (await accountRepository.findByUsername(tx, username)) {
      throw new AppError('USERNAME_TAKEN', { field: 'username', params: { username } });
    }
    if (!STAFF_ROLES.includes(role) && role !== 'enterprise' && role !== 'citizen') throw invalid('role', 'unknown role');
    const row = await accountRepository.insert(tx, {
      username, displayName: input.displayName.trim(), role, orgCode: input.orgCode, passwordHash: hash,
      mobile, enterpriseCode: input.enterpriseCode ?? null,
    });
    await writeAudit(tx, ctx, { action: 'account.create', entity: 'account', entityId: row.id, orgCode: row.orgCode, before: null, after: publicFields(row) });
    return toView(tx, row);
  });
}
