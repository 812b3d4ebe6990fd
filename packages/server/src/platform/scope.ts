// Org-unit scoping. Division codes are hierarchical by prefix (省 2, 市 4, 区县 6, 街镇 9, 村居 12 digits), so "this
// unit and every unit below it" is exactly "codes that start with this unit's code". Every repository query on an
// org-owned table takes a Scope and applies it here, so no route can forget it.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Ctx } from './context.ts';
import { AppError } from './errors.ts';

export interface Scope {
  /** Root of the visible subtree; '' means the whole installation (system jobs only). */
  orgCode: string;
}

export function scopeOf(ctx: Ctx): Scope {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return { orgCode: ctx.actor.orgCode };
}

export function inScope(column: AnyPgColumn, scope: Scope): SQL {
  if (scope.orgCode === '') return sql`true`;
  return sql`${column} like ${scope.orgCode + '%'}`;
}

export function isWithinScope(scope: Scope, orgCode: string | null | undefined): boolean {
  if (scope.orgCode === '') return true;
  return !!orgCode && orgCode.startsWith(scope.orgCode);
}

/** Refuse to write into a unit outside the scope (reads outside it simply find nothing: 404, not 403). */
export function assertWritableOrg(scope: Scope, orgCode: string): void {
  if (!isWithinScope(scope, orgCode)) throw new AppError('ORG_OUT_OF_SCOPE', { params: { code: orgCode } });
}
