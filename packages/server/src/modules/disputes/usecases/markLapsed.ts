// The 15-day clock (Art. 14): when no agreement is reached within 15 days of receipt, the case is marked and the
// parties are told they may apply for arbitration. Refused before the 15 days are over.
import type { Ctx } from '../../../platform/context.ts';
import { fieldError } from '../errors.ts';
import { mediationDeadline, mediationLapsed } from '../workflow.ts';
import { changeCase, type VersionedInput } from './common.ts';

export async function markLapsed(ctx: Ctx, id: string, input: VersionedInput) {
  return changeCase(ctx, id, input, 'lapse', (c, _tx, today) => {
    const received = c.mediationReceivedOn!;
    if (!mediationLapsed(received, today)) {
      throw fieldError('version', {
        'zh-CN': `调解期限至 ${mediationDeadline(received)} 届满，届满前不能标记（第十四条）`,
        en: `the 15 days run until ${mediationDeadline(received)}; the lapse cannot be marked before (Art. 14)`,
      });
    }
    return {
      onDate: today, note: '自收到调解申请之日起十五日内未达成调解协议，已告知当事人可依法申请仲裁（第十四条）',
      patch: { mediationClosedOn: today, mediationOutcome: 'lapsed', mediationLapsedOn: today, handlerStaffId: null },
    };
  });
}
