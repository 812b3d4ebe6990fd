import { parseDivisionCode } from '@renshe/shared';
import type { Ctx, StaffCtx } from '../../platform/context.ts';
import { requirePermission } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { scopeOf, type Scope } from '../../platform/scope.ts';
import type { Executor } from '../../db/client.ts';
import { orgRepository, type OrgUnit } from './repository.ts';
import { buildOrgUnits } from './source.ts';

export const ORG_ENTITY = { 'zh-CN': '组织机构', en: 'Org unit' };

export interface OrgTreeNode extends OrgUnit { children: OrgTreeNode[] }

export const orgService = {
  /** Load (or refresh) the org units from the statistical source; returns how many were written. */
  async loadFromSource(db: Executor, opts: { villages?: boolean; onProgress?: (done: number, total: number) => void } = {}) {
    const rows = buildOrgUnits(opts);
    const chunk = 500;
    for (let i = 0; i < rows.length; i += chunk) {
      await orgRepository.upsertMany(db, rows.slice(i, i + chunk));
      opts.onProgress?.(Math.min(i + chunk, rows.length), rows.length);
    }
    return rows.length;
  },

  async list(ctx: Ctx, opts: { under?: string; levels?: string[] }): Promise<OrgUnit[]> {
    requirePermission(ctx, 'orgs.read');
    if (opts.under) assertDivisionCode(opts.under, 'under');
    return orgRepository.list(ctx.db, scopeOf(ctx), opts);
  },

  /** Listing for the CLI / system jobs, unscoped. */
  async listAll(ctx: StaffCtx, opts: { under?: string; levels?: string[] }): Promise<OrgUnit[]> {
    if (opts.under) assertDivisionCode(opts.under, 'under');
    return orgRepository.list(ctx.db, { orgCode: '' }, opts);
  },

  async tree(ctx: Ctx, opts: { levels?: string[] }): Promise<OrgTreeNode[]> {
    const rows = await this.list(ctx, opts);
    return buildTree(rows);
  },

  async get(ctx: Ctx, code: string): Promise<OrgUnit & { path: OrgUnit[] }> {
    requirePermission(ctx, 'orgs.read');
    assertDivisionCode(code, 'code');
    const unit = await orgRepository.get(ctx.db, scopeOf(ctx), code);
    if (!unit) throw notFound(ORG_ENTITY);
    return { ...unit, path: await orgRepository.ancestors(ctx.db, code) };
  },

  /** The unit must exist and lie within `scope`; used by other modules before they write a record into it. */
  async requireUnitInScope(db: Executor, scope: Scope, code: string, field = 'orgCode'): Promise<OrgUnit> {
    assertDivisionCode(code, field);
    const unit = await orgRepository.get(db, { orgCode: '' }, code);
    if (!unit) throw new AppError('UNKNOWN_ORG_UNIT', { field, params: { code } });
    if (scope.orgCode && !code.startsWith(scope.orgCode)) throw new AppError('ORG_OUT_OF_SCOPE', { field, params: { code } });
    return unit;
  },

  async getUnscoped(db: Executor, code: string): Promise<OrgUnit | undefined> {
    return orgRepository.get(db, { orgCode: '' }, code);
  },

  async count(db: Executor): Promise<number> {
    return orgRepository.count(db);
  },
};

function assertDivisionCode(code: string, field: string): void {
  if (!parseDivisionCode(code).ok) throw new AppError('INVALID_DIVISION_CODE', { field });
}

export function buildTree(rows: OrgUnit[]): OrgTreeNode[] {
  const byCode = new Map<string, OrgTreeNode>();
  for (const r of rows) byCode.set(r.code, { ...r, children: [] });
  const roots: OrgTreeNode[] = [];
  for (const node of byCode.values()) {
    const parent = node.parentCode ? byCode.get(node.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
