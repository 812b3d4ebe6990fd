// 转仲裁: after failed mediation (or a refused confirmation) the applicant applies for arbitration. The case keeps
// its whole file (claims, facts, attachments, timeline); the one-year limitation (Art. 27) is checked and explained.
import type { Ctx } from '../../../platform/context.ts';
import { fieldError } from '../errors.ts';
import { disputeRepository } from '../repository.ts';
import { invalidateRollups } from '../../plans/engine/rollups.ts';
import { acceptanceDeadline, checkLimitation } from '../workflow.ts';
import { businessDate, changeCase, type VersionedInput } from './common.ts';

export async function applyArbitration(ctx: Ctx, id: string, input: VersionedInput & { on?: string; disputeAroseOn?: string }) {
  return changeCase(ctx, id, input, 'applyArbitration', async (c, tx, today) => {
    const on = businessDate('on', input.on, today, c.mediationClosedOn ?? c.arbClosedOn);
    const arose = input.disputeAroseOn ? businessDate('disputeAroseOn', input.disputeAroseOn, today) : c.disputeAroseOn;
    const commission = await disputeRepository.commissionFor(tx, c.orgCode);
    if (!commission) throw fieldError('orgCode', { 'zh-CN': '本区无仲裁委员会', en: 'no arbitration commission in this district' });
    const limitation = checkLimitation({
      disputeAroseOn: arose ?? null, appliedOn: on, mediationClosedOn: c.mediationClosedOn, claimTypes: c.claims.map((x) => x.type),
    });
    const fromMediation = c.state === 'med_failed';
    // A refused confirmation's review file gives way to the new arbitration application (its acceptance and closing
    // dates are cleared below), which moves facts out of their year: the engine's rollups must be recomputed.
    if (c.state === 'review_rejected') await invalidateRollups(tx, 'dispute_cases');
    return {
      onDate: on, note: limitation.explanation['zh-CN'], data: { limitation, transferredFromMediation: fromMediation },
      extra: { limitation },
      patch: {
        transferredFromMediation: fromMediation, commissionId: commission.id, arbAppliedOn: on,
        acceptanceDeadline: acceptanceDeadline(on), limitationExpired: limitation.expired,
        limitationNote: limitation.explanation['zh-CN'], disputeAroseOn: arose ?? null, handlerStaffId: null,
        // a refused confirmation is a new arbitration application: the review file stays as it was closed
        ...(c.state === 'review_rejected' ? { arbAcceptedOn: null, arbClosedOn: null, arbOutcome: null } : {}),
      },
    };
  });
}
