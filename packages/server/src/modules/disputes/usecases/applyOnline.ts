// 网上申请: a citizen applies without an account; the answer is the tracking code to follow the case with.
import type { Ctx } from '../../../platform/context.ts';
import { STATE_LABELS, type State } from '../workflow.ts';
import { createCase, type ApplicationInput } from './create.ts';

export async function applyOnline(ctx: Ctx, input: ApplicationInput) {
  const { row, limitation } = await createCase({ ...ctx, actor: null }, input, { channel: 'online', actorName: '申请人（网上申请）' });
  return {
    trackingCode: row.trackingCode, state: row.state, stateLabel: STATE_LABELS[row.state as State], filedOn: String(row.filedOn),
    collective: row.collective, limitation,
  };
}
