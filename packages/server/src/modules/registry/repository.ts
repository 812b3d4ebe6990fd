import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { persons } from '../../db/schema.ts';
import { inScope, type Scope } from '../../platform/scope.ts';

export type PersonRow = typeof persons.$inferSelect;
export type NewPersonRow = typeof persons.$inferInsert;

export interface PersonFilters {
  q?: string; orgCode?: string; keyGroup?: string; employmentStatus?: string; limit: number; offset: number;
}

export const personRepository = {
  async list(db: Executor, scope: Scope, f: PersonFilters): Promise<{ rows: PersonRow[]; total: number }> {
    const conds = [inScope(persons.orgCode, scope)];
    if (f.q) conds.push(or(ilike(persons.name, `%${f.q}%`), eq(persons.residentId, f.q.toUpperCase()))!);
    if (f.orgCode) conds.push(sql`${persons.orgCode} like ${f.orgCode + '%'}`);
    if (f.keyGroup) conds.push(sql`${persons.keyGroups} @> ${JSON.stringify([f.keyGroup])}::jsonb`);
    if (f.employmentStatus) conds.push(eq(persons.employmentStatus, f.employmentStatus));
    const where = and(...conds);
    const rows = await db.select().from(persons).where(where).orderBy(asc(persons.orgCode), asc(persons.name), asc(persons.id)).limit(f.limit).offset(f.offset);
    const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(persons).where(where);
    return { rows, total: Number(c?.n ?? 0) };
  },

  async get(db: Executor, scope: Scope, id: string, opts: { forUpdate?: boolean } = {}): Promise<PersonRow | undefined> {
    const q = db.select().from(persons).where(and(eq(persons.id, id), inScope(persons.orgCode, scope)));
    const [r] = opts.forUpdate ? await q.for('update') : await q;
    return r;
  },

  async existsResidentId(db: Executor, residentId: string): Promise<boolean> {
    const [r] = await db.select({ id: persons.id }).from(persons).where(eq(persons.residentId, residentId));
    return !!r;
  },

  async insert(db: Executor, row: NewPersonRow): Promise<PersonRow> {
    const [r] = await db.insert(persons).values(row).returning();
    return r!;
  },

  /** Bulk insert; rows whose resident ID is already on record are left as they are. */
  async insertMany(db: Executor, rows: NewPersonRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) await db.insert(persons).values(rows.slice(i, i + 1000)).onConflictDoNothing();
  },

  async update(db: Executor, id: string, patch: Partial<NewPersonRow>): Promise<PersonRow> {
    const [r] = await db.update(persons).set({ ...patch, updatedAt: new Date(), version: sql`${persons.version} + 1` })
      .where(eq(persons.id, id)).returning();
    return r!;
  },

  async countByOrg(db: Executor, scope: Scope): Promise<{ orgCode: string; n: number }[]> {
    const rows = await db.select({ orgCode: persons.orgCode, n: sql<number>`count(*)::int` }).from(persons)
      .where(inScope(persons.orgCode, scope)).groupBy(persons.orgCode);
    return rows.map((r) => ({ orgCode: r.orgCode, n: Number(r.n) }));
  },
};
