// The 15-day clock run over a mediator's whole caseload (Art. 14): every open mediation case in scope whose 15 days
// are over is marked, one transaction per case (each audited, each on its timeline). Safe to run repeatedly.
import { and, inArray, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { inScope, scopeOf } from '../../../platform/scope.ts';
import { disputeCases } from '../schema.ts';
import { todayCst } from '../workflow.ts';
import { requireActionRole } from './common.ts';
import { markLapsed } from './markLapsed.ts';

export async function sweepLapsed(ctx: Ctx, opts: { limit?: number } = {}) {
  requireActionRole(ctx, 'lapse');
  const due = await ctx.db.select({ id: disputeCases.id, version: disputeCases.version, trackingCode: disputeCases.trackingCode })
    .from(disputeCases)
    .where(and(inScope(disputeCases.orgCode, scopeOf(ctx)), inArray(disputeCases.state, ['med_received', 'med_assigned', 'med_scheduled']),
      lt(disputeCases.mediationDeadline, sql`${todayCst()}::date`)))
    .limit(opts.limit ?? 500);
  const marked: string[] = [];
  const skipped: string[] = [];
  for (const c of due) {
    try {
      await markLapsed(ctx, c.id, { version: c.version });
      marked.push(c.trackingCode);
    } catch (err) {
      if (err instanceof AppError && (err.status === 409 || err.status === 404)) skipped.push(c.trackingCode); // changed meanwhile
      else throw err;
    }
  }
  return { marked: marked.length, skipped: skipped.length, trackingCodes: marked };
}
