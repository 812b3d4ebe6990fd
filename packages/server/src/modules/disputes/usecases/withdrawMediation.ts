// 撤回: the applicant withdraws the mediation application.
import type { Ctx } from '../../../platform/context.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function withdrawMediation(ctx: Ctx, id: string, input: VersionedInput & { on?: string; note?: string }) {
  return changeCase(ctx, id, input, 'withdrawMediation', (c, _tx, today) => {
    const on = businessDate('on', input.on, today, c.mediationReceivedOn);
    return { onDate: on, note: input.note ?? null, patch: { mediationClosedOn: on, mediationOutcome: 'withdrawn', handlerStaffId: null } };
  });
}
