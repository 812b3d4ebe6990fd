// 延期 (Art. 43): once only, at most 15 days, approved by the commission's director; the approval is recorded.
import type { Ctx } from '../../../platform/context.ts';
import { ruleError } from '../errors.ts';
import { awardDeadline, checkExtension } from '../workflow.ts';
import { changeCase, type VersionedInput } from './common.ts';

export async function extendDeadline(ctx: Ctx, id: string, input: VersionedInput & { days: number; approvedBy: string; reason: string }) {
  return changeCase(ctx, id, input, 'extend', (c, _tx, today) => {
    const err = ruleError(checkExtension(c.extensionDays, input.days, input.approvedBy));
    if (err) throw err;
    const deadline = awardDeadline(c.arbAcceptedOn!, input.days);
    return {
      onDate: today, note: `延长 ${input.days} 日至 ${deadline}，批准人：${input.approvedBy.trim()}；${input.reason ?? ''}`,
      data: { days: input.days, approvedBy: input.approvedBy.trim() },
      patch: { extensionDays: input.days, extensionApprovedBy: input.approvedBy.trim(), extensionReason: input.reason ?? null, awardDeadline: deadline },
    };
  });
}
