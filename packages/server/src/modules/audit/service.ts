import type { Ctx } from '../../platform/context.ts';
import { requirePermission } from '../../platform/context.ts';
import { scopeOf } from '../../platform/scope.ts';
import { auditRepository, type AuditFilters } from './repository.ts';

export const auditService = {
  /** 审计查询: 系统管理员 and 区局领导 search the trail of their own subtree. */
  async search(ctx: Ctx, filters: AuditFilters) {
    requirePermission(ctx, 'audit.read');
    const { rows, total } = await auditRepository.search(ctx.db, scopeOf(ctx), filters);
    return {
      total,
      items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
    };
  },
};
