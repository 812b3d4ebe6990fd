// 撤诉: the applicant withdraws the arbitration application; the case is closed.
import type { Ctx } from '../../../platform/context.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function arbWithdraw(ctx: Ctx, id: string, input: VersionedInput & { on?: string; note?: string }) {
  return changeCase(ctx, id, input, 'arbWithdraw', (c, _tx, today) => {
    const on = businessDate('on', input.on, today, c.arbAcceptedOn);
    return { onDate: on, note: input.note ?? null, patch: { arbClosedOn: on, arbOutcome: 'withdrawn', handlerStaffId: null } };
  });
}
