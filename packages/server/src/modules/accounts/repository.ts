import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { accounts } from '../../db/schema.ts';
import { inScope, type Scope } from '../../platform/scope.ts';

export type AccountRow = typeof accounts.$inferSelect;
export type NewAccountRow = typeof accounts.$inferInsert;

export interface AccountFilters { q?: string; role?: string; orgCode?: string; disabled?: boolean; limit: number; offset: number }

export const accountRepository = {
  async findByUsername(db: Executor, username: string): Promise<AccountRow | undefined> {
    const [r] = await db.select().from(accounts).where(sql`lower(${accounts.username}) = lower(${username})`);
    return r;
  },

  async findById(db: Executor, id: string): Promise<AccountRow | undefined> {
    const [r] = await db.select().from(accounts).where(eq(accounts.id, id));
    return r;
  },

  async get(db: Executor, scope: Scope, id: string, opts: { forUpdate?: boolean } = {}): Promise<AccountRow | undefined> {
    const q = db.select().from(accounts).where(and(eq(accounts.id, id), inScope(accounts.orgCode, scope)));
    const [r] = opts.forUpdate ? await q.for('update') : await q;
    return r;
  },

  async list(db: Executor, scope: Scope, f: AccountFilters): Promise<{ rows: AccountRow[]; total: number }> {
    const conds = [inScope(accounts.orgCode, scope)];
    if (f.q) conds.push(or(ilike(accounts.username, `%${f.q}%`), ilike(accounts.displayName, `%${f.q}%`))!);
    if (f.role) conds.push(eq(accounts.role, f.role));
    if (f.orgCode) conds.push(sql`${accounts.orgCode} like ${f.orgCode + '%'}`);
    if (f.disabled !== undefined) conds.push(eq(accounts.disabled, f.disabled));
    const where = and(...conds);
    const rows = await db.select().from(accounts).where(where)
      .orderBy(asc(accounts.orgCode), asc(accounts.username)).limit(f.limit).offset(f.offset);
    const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(accounts).where(where);
    return { rows, total: Number(c?.n ?? 0) };
  },

  async insert(db: Executor, row: NewAccountRow): Promise<AccountRow> {
    const [r] = await db.insert(accounts).values(row).returning();
    return r!;
  },

  async update(db: Executor, id: string, patch: Partial<NewAccountRow>): Promise<AccountRow> {
    const [r] = await db.update(accounts)
      .set({ ...patch, updatedAt: new Date(), version: sql`${accounts.version} + 1` })
      .where(eq(accounts.id, id)).returning();
    return r!;
  },

  async countAll(db: Executor): Promise<number> {
    const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(accounts);
    return Number(c?.n ?? 0);
  },
};
