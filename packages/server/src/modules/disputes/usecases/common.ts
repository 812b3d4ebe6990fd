// The one way a case changes state: check the actor, lock the row, check the version (optimistic concurrency) and
// the transition (illegal ones are refused naming the current state), write, add the timeline event and the audit
// row — all in one transaction. Each use case (one per file here) supplies only its own checks and changes.
import type { Tx } from '../../../db/client.ts';
import { writeAudit } from '../../../platform/audit.ts';
import type { Ctx, StaffCtx } from '../../../platform/context.ts';
import { requirePermission } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { scopeOf } from '../../../platform/scope.ts';
import { CASE_ENTITY, TransitionRefused, fieldError } from '../errors.ts';
import type { CaseRow, NewCaseRow } from '../repository.ts';
import { eventsFast, insertEventFast, lockCase, updateCaseVersioned } from '../fastSql.ts';
import { caseView, type CaseView } from '../views.ts';
import { ACTION_STAGE, nextState, runningDeadline, todayCst, type Action, type State } from '../workflow.ts';

export interface Change {
  patch: Partial<NewCaseRow>;
  /** business date of the step (defaults to today) */
  onDate?: string;
  note?: string | null;
  data?: Record<string, unknown> | null;
  /** extra fields returned to the caller (e.g. the limitation explanation) */
  extra?: Record<string, unknown>;
}

export interface VersionedInput { version: number }

/** Only mediators take mediation steps and only arbitrators arbitration steps; anyone registering cases may file
 *  an arbitration application on behalf of the applicant. */
export function requireActionRole(ctx: Ctx, action: Action): asserts ctx is StaffCtx {
  if (action === 'applyArbitration') { requirePermission(ctx, 'disputes.register'); return; }
  requirePermission(ctx, 'disputes.handle');
  const need = ACTION_STAGE[action] === 'mediation' ? 'mediator' : 'arbitrator';
  if (ctx.actor.role !== need) throw new AppError('FORBIDDEN');
}

/** A business date given by the user: not in the future and not before `notBefore`. */
export function businessDate(field: string, value: string | undefined, today: string, notBefore?: string | null): string {
  const d = value ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) throw fieldError(field, { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'expected a date YYYY-MM-DD' });
  if (d > today) throw fieldError(field, { 'zh-CN': '日期不能晚于今天', en: 'the date cannot be in the future' });
  if (notBefore && d < notBefore) throw fieldError(field, { 'zh-CN': `日期不能早于 ${notBefore}`, en: `the date cannot be before ${notBefore}` });
  return d;
}

export async function changeCase(
  ctx: Ctx, id: string, input: VersionedInput, action: Action,
  decide: (c: CaseRow, tx: Tx, today: string, to: State) => Promise<Change> | Change,
): Promise<CaseView & Record<string, unknown>> {
  requireActionRole(ctx, action);
  const scope = scopeOf(ctx);
  const today = todayCst();
  return ctx.db.transaction(async (tx) => {
    const before = await lockCase(tx, scope, id);
    if (!before) throw notFound(CASE_ENTITY);
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const from = before.state as State;
    const to = nextState(from, action);
    if (!to) throw new TransitionRefused(from, action);
    const change = await decide(before, tx, today, to);
    const merged = { ...before, ...change.patch };
    const patch: Partial<NewCaseRow> = {
      ...change.patch, state: to,
      currentDeadline: runningDeadline(to, merged),
    };
    const after = await updateCaseVersioned(tx, id, input.version, patch);
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    await insertEventFast(tx, {
      caseId: id, orgCode: after.orgCode, onDate: change.onDate ?? today, action, fromState: from, toState: to,
      actorName: ctx.actor!.displayName, note: change.note ?? null, data: change.data ?? null,
    });
    await writeAudit(tx, ctx, { action: `dispute.${action}`, entity: 'dispute_case', entityId: id, orgCode: after.orgCode, before, after });
    const view = await caseView(ctx, tx, after, { events: await eventsFast(tx, id) });
    return { ...view, ...(change.extra ?? {}) };
  });
}
