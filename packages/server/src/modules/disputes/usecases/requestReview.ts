// 审查确认申请: a mediation agreement is sent to the district arbitration commission, which accepts it for review
// (counted among 仲裁受理数 as 审查确认受理数, 000 附件1 no. 8).
import type { Ctx } from '../../../platform/context.ts';
import { fieldError } from '../errors.ts';
import { disputeRepository } from '../repository.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function requestReview(ctx: Ctx, id: string, input: VersionedInput & { on?: string }) {
  return changeCase(ctx, id, input, 'requestReview', async (c, tx, today) => {
    const on = businessDate('on', input.on, today, c.mediationClosedOn);
    const commission = await disputeRepository.commissionFor(tx, c.orgCode);
    if (!commission) throw fieldError('orgCode', { 'zh-CN': '本区无仲裁委员会', en: 'no arbitration commission in this district' });
    return { onDate: on, patch: { reviewConfirmation: true, commissionId: commission.id, arbAcceptedOn: on } };
  });
}
