// 窗口登记: staff register an application made in person, into a 街镇 within their scope.
import type { Ctx } from '../../../platform/context.ts';
import { requirePermission } from '../../../platform/context.ts';
import { scopeOf } from '../../../platform/scope.ts';
import { orgService } from '../../orgs/service.ts';
import { disputeRepository } from '../repository.ts';
import { caseView } from '../views.ts';
import { createCase, type ApplicationInput } from './create.ts';

export async function registerWalkIn(ctx: Ctx, input: ApplicationInput & { receivedOn?: string }) {
  requirePermission(ctx, 'disputes.register');
  await orgService.requireUnitInScope(ctx.db, scopeOf(ctx), input.orgCode ?? '', 'orgCode');
  const { row, limitation } = await createCase(ctx, input, { channel: 'walk_in', receivedOn: input.receivedOn, actorName: ctx.actor.displayName });
  return { ...(await caseView(ctx, ctx.db, row, { events: await disputeRepository.events(ctx.db, row.id) })), limitation };
}
