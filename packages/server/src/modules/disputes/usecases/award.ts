// 裁决: the award, with the amount awarded; whether it is final (终局裁决, Art. 47) is decided by the rule from the
// claims and the local minimum wage on the day of the award, and the basis is recorded.
import type { Ctx } from '../../../platform/context.ts';
import { fieldError } from '../errors.ts';
import { finalAwardRule } from '../workflow.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function makeAward(ctx: Ctx, id: string, input: VersionedInput & { on?: string; amountAwarded: number; summary?: string }) {
  return changeCase(ctx, id, input, 'award', (c, _tx, today) => {
    const on = businessDate('on', input.on, today, c.arbAcceptedOn);
    if (!Number.isFinite(input.amountAwarded) || input.amountAwarded < 0) throw fieldError('amountAwarded', { 'zh-CN': '请填写裁决金额', en: 'enter the amount awarded' });
    const hearingDay = c.hearingAt ? new Date(c.hearingAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : null;
    if (hearingDay && on < hearingDay) throw fieldError('on', { 'zh-CN': `裁决日期不能早于开庭日 ${hearingDay}`, en: `the award cannot precede the hearing on ${hearingDay}` });
    const fin = finalAwardRule(c.orgCode, on, c.claims);
    return {
      onDate: on, note: input.summary ?? null, data: { amountAwarded: input.amountAwarded, finalAward: fin.final },
      patch: {
        arbClosedOn: on, arbOutcome: 'award', amountAwarded: input.amountAwarded.toFixed(2), finalAward: fin.final,
        finalAwardBasis: fin.basis['zh-CN'], handlerStaffId: null,
      },
    };
  });
}
