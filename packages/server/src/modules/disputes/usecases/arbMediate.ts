// 仲裁调解: the arbitral tribunal closes the case by mediation (调解书), with the amount agreed.
import type { Ctx } from '../../../platform/context.ts';
import { fieldError } from '../errors.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function arbMediate(ctx: Ctx, id: string, input: VersionedInput & { on?: string; amountAgreed: number }) {
  return changeCase(ctx, id, input, 'arbMediate', (c, _tx, today) => {
    const on = businessDate('on', input.on, today, c.arbAcceptedOn);
    if (!Number.isFinite(input.amountAgreed) || input.amountAgreed < 0) throw fieldError('amountAgreed', { 'zh-CN': '请填写调解金额', en: 'enter the amount agreed' });
    return { onDate: on, patch: { arbClosedOn: on, arbOutcome: 'mediated', amountAgreed: input.amountAgreed.toFixed(2), handlerStaffId: null } };
  });
}
