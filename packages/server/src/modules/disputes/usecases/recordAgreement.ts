// 调解成功: record the mediation agreement with the amount agreed (调解协议书 can then be printed).
import type { Ctx } from '../../../platform/context.ts';
import { fieldError } from '../errors.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function recordAgreement(ctx: Ctx, id: string, input: VersionedInput & { amountAgreed: number; on?: string; terms?: string }) {
  return changeCase(ctx, id, input, 'agree', (c, _tx, today) => {
    const on = businessDate('on', input.on, today, c.mediationReceivedOn);
    if (!Number.isFinite(input.amountAgreed) || input.amountAgreed < 0) throw fieldError('amountAgreed', { 'zh-CN': '请填写协议金额', en: 'enter the amount agreed' });
    return {
      onDate: on, note: input.terms ?? null, data: { amountAgreed: input.amountAgreed },
      patch: { mediationClosedOn: on, mediationOutcome: 'agreement', amountAgreed: input.amountAgreed.toFixed(2), handlerStaffId: null },
    };
  });
}
