// 调解不成: record that mediation failed; the parties are told they may apply for arbitration (Art. 14).
import type { Ctx } from '../../../platform/context.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function recordFailure(ctx: Ctx, id: string, input: VersionedInput & { on?: string; note?: string }) {
  return changeCase(ctx, id, input, 'fail', (c, _tx, today) => {
    const on = businessDate('on', input.on, today, c.mediationReceivedOn);
    return {
      onDate: on, note: input.note ?? '调解不成，已告知当事人可依法申请仲裁',
      patch: { mediationClosedOn: on, mediationOutcome: 'failed', handlerStaffId: null },
    };
  });
}
