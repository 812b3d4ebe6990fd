// 审查确认 decision by the arbitration commission: confirm the agreement (closes the arbitration-side file with a
// 调解书) or refuse it (the parties may then apply for arbitration).
import type { Ctx } from '../../../platform/context.ts';
import { fieldError } from '../errors.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function confirmReview(ctx: Ctx, id: string, input: VersionedInput & { on?: string }) {
  return changeCase(ctx, id, input, 'confirmReview', (c, _tx, today) => {
    const on = businessDate('on', input.on, today, c.arbAcceptedOn);
    return { onDate: on, patch: { arbClosedOn: on, arbOutcome: 'review_confirmed' } };
  });
}

export async function rejectReview(ctx: Ctx, id: string, input: VersionedInput & { on?: string; reason: string }) {
  return changeCase(ctx, id, input, 'rejectReview', (c, _tx, today) => {
    const on = businessDate('on', input.on, today, c.arbAcceptedOn);
    if (!input.reason?.trim()) throw fieldError('reason', { 'zh-CN': '请填写不予确认的理由', en: 'give the reason' });
    return { onDate: on, note: input.reason.trim(), patch: { arbClosedOn: on, arbOutcome: 'review_rejected' } };
  });
}
