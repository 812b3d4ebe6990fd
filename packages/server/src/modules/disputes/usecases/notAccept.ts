// 不予受理 (Art. 29): written notice with reasons; the applicant may sue in court (不予受理通知书 can be printed).
import type { Ctx } from '../../../platform/context.ts';
import { fieldError } from '../errors.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function notAccept(ctx: Ctx, id: string, input: VersionedInput & { on?: string; reason: string }) {
  return changeCase(ctx, id, input, 'notAccept', (c, _tx, today) => {
    const on = businessDate('on', input.on, today, c.arbAppliedOn);
    if (!input.reason?.trim()) throw fieldError('reason', { 'zh-CN': '请填写不予受理的理由', en: 'give the reason for not accepting' });
    return { onDate: on, note: input.reason.trim(), patch: { notAcceptedOn: on, notAcceptedReason: input.reason.trim(), handlerStaffId: null } };
  });
}
