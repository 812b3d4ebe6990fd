import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { orgUnits } from '../../db/schema.ts';
import { inScope, type Scope } from '../../platform/scope.ts';
import type { OrgUnitRow } from './source.ts';

export type OrgUnit = typeof orgUnits.$inferSelect;

export const orgRepository = {
  async upsertMany(db: Executor, rows: OrgUnitRow[]): Promise<number> {
    for (let i = 0; i < rows.length; i += 500) {
      await db.insert(orgUnits).values(rows.slice(i, i + 500)).onConflictDoUpdate({
        target: orgUnits.code,
        set: {
          name: sql`excluded.name`, parentCode: sql`excluded.parent_code`, level: sql`excluded.level`,
          special: sql`excluded.special`, sortOrder: sql`excluded.sort_order`,
        },
      });
    }
    return rows.length;
  },

  async count(db: Executor): Promise<number> {
    const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(orgUnits);
    return Number(r?.n ?? 0);
  },

  async get(db: Executor, scope: Scope, code: string): Promise<OrgUnit | undefined> {
    const [r] = await db.select().from(orgUnits).where(and(eq(orgUnits.code, code), inScope(orgUnits.code, scope)));
    return r;
  },

  /** Units under `under` (inclusive), limited to the scope, optionally by level. */
  async list(db: Executor, scope: Scope, opts: { under?: string; levels?: string[] }): Promise<OrgUnit[]> {
    const conds = [inScope(orgUnits.code, scope)];
    if (opts.under) conds.push(sql`${orgUnits.code} like ${opts.under + '%'}`);
    if (opts.levels?.length) conds.push(inArray(orgUnits.level, opts.levels));
    return db.select().from(orgUnits).where(and(...conds)).orderBy(asc(orgUnits.sortOrder));
  },

  /** Ancestors of a unit, root first (not scoped: a unit's own path is never secret to the unit). */
  async ancestors(db: Executor, code: string): Promise<OrgUnit[]> {
    const prefixes = [2, 4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
    const rows = await db.select().from(orgUnits).where(inArray(orgUnits.code, prefixes));
    return rows.sort((a, b) => a.code.length - b.code.length);
  },
};
