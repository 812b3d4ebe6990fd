// 立案受理 (Art. 29: within 5 days of receipt). Assigns the arbitrator and starts the 45-day award clock (Art. 43).
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.ts';
import { fieldError } from '../errors.ts';
import { disputeStaff } from '../schema.ts';
import { acceptanceDeadline, awardDeadline } from '../workflow.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function acceptArbitration(ctx: Ctx, id: string, input: VersionedInput & { on?: string; arbitratorId: string }) {
  return changeCase(ctx, id, input, 'accept', async (c, tx, today) => {
    const on = businessDate('on', input.on, today, c.arbAppliedOn);
    const [a] = await tx.select().from(disputeStaff).where(eq(disputeStaff.id, input.arbitratorId));
    if (!a || a.role !== 'arbitrator' || a.status !== 'active' || a.orgCode.slice(0, 6) !== c.orgCode.slice(0, 6)) {
      throw fieldError('arbitratorId', { 'zh-CN': '请选择本区在岗的仲裁员', en: 'choose an active arbitrator of this district' });
    }
    const late = on > acceptanceDeadline(c.arbAppliedOn!);
    const year = on.slice(0, 4);
    return {
      onDate: on, note: late ? `逾期受理：应于 ${acceptanceDeadline(c.arbAppliedOn!)} 前作出受理决定（第二十九条）` : null,
      data: { arbitratorId: a.id, late },
      patch: {
        arbAcceptedOn: on, arbitratorId: a.id, handlerStaffId: a.id, awardDeadline: awardDeadline(on),
        arbCaseNo: `（${year}）劳人仲案字第 ${c.trackingCode} 号`,
      },
    };
  });
}
