import { and, desc, eq, gte, ilike, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import { inScope, type Scope } from '../../platform/scope.ts';

export interface AuditFilters {
  actor?: string; // actor id or part of the actor's name
  entity?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date; // exclusive
  limit: number;
  offset: number;
}

export type AuditRow = typeof auditLog.$inferSelect;

export const auditRepository = {
  async search(db: Executor, scope: Scope, f: AuditFilters): Promise<{ rows: AuditRow[]; total: number }> {
    const conds = [inScope(auditLog.orgCode, scope)];
    if (f.actor) {
      const uuidLike = /^[0-9a-f-]{36}$/i.test(f.actor);
      conds.push(uuidLike ? eq(auditLog.actorId, f.actor) : ilike(auditLog.actorName, `%${f.actor}%`));
    }
    if (f.entity) conds.push(eq(auditLog.entity, f.entity));
    if (f.entityId) conds.push(eq(auditLog.entityId, f.entityId));
    if (f.action) conds.push(or(eq(auditLog.action, f.action), sql`${auditLog.action} like ${f.action + '.%'}`)!);
    if (f.from) conds.push(gte(auditLog.at, f.from));
    if (f.to) conds.push(lt(auditLog.at, f.to));
    const where = and(...conds);
    const rows = await db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(f.limit).offset(f.offset);
    const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where);
    return { rows, total: Number(c?.n ?? 0) };
  },
};
