import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { inScope, type Scope } from '../../platform/scope.ts';
import { planManualValues } from './schema.ts';

export type PlanValueRow = typeof planManualValues.$inferSelect;
export type NewPlanValueRow = typeof planManualValues.$inferInsert;

export const planValueRepository = {
  async getForUpdate(db: Executor, scope: Scope, measure: string, orgCode: string, year: number): Promise<PlanValueRow | undefined> {
    const [r] = await db.select().from(planManualValues)
      .where(and(eq(planManualValues.measure, measure), eq(planManualValues.orgCode, orgCode), eq(planManualValues.year, year), inScope(planManualValues.orgCode, scope)))
      .for('update');
    return r;
  },

  /** Entries of one indicator for a unit and the units below it (within the scope). */
  async listForIndicator(db: Executor, scope: Scope, planId: string, indicatorId: string, under: string): Promise<PlanValueRow[]> {
    return db.select().from(planManualValues)
      .where(and(eq(planManualValues.planId, planId), eq(planManualValues.indicatorId, indicatorId),
        sql`${planManualValues.orgCode} like ${under + '%'}`, inScope(planManualValues.orgCode, scope)))
      .orderBy(asc(planManualValues.year), asc(planManualValues.orgCode));
  },

  async insert(db: Executor, row: NewPlanValueRow): Promise<PlanValueRow> {
    const [r] = await db.insert(planManualValues).values(row).returning();
    return r!;
  },

  async update(db: Executor, id: string, patch: Partial<NewPlanValueRow>): Promise<PlanValueRow> {
    const [r] = await db.update(planManualValues).set({ ...patch, version: sql`${planManualValues.version} + 1` })
      .where(eq(planManualValues.id, id)).returning();
    return r!;
  },

  /** Demo data: insert rows that are not there yet (never overwrites a value someone entered). */
  async insertDemo(db: Executor, rowsIn: NewPlanValueRow[]): Promise<void> {
    for (let i = 0; i < rowsIn.length; i += 500) {
      await db.insert(planManualValues).values(rowsIn.slice(i, i + 500)).onConflictDoNothing();
    }
  },
};
