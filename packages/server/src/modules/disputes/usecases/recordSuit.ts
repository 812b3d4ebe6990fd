// 起诉: a party sued within 15 days of the award (Arts. 48, 50) — the case did not end at arbitration. Against a
// final award the employer cannot sue (Art. 49).
import type { Ctx } from '../../../platform/context.ts';
import { ruleError } from '../errors.ts';
import { checkSuit } from '../workflow.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function recordSuit(ctx: Ctx, id: string, input: VersionedInput & { suedOn?: string; suedBy: 'employee' | 'employer' }) {
  return changeCase(ctx, id, input, 'recordSuit', (c, _tx, today) => {
    const suedOn = businessDate('suedOn', input.suedOn, today);
    const err = ruleError(checkSuit(c.arbClosedOn!, suedOn, input.suedBy, !!c.finalAward));
    if (err) throw err;
    return { onDate: suedOn, patch: { sued: true, suedOn, suedBy: input.suedBy } };
  });
}
