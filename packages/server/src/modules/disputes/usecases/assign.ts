// 分派: assign the case to a mediation organisation of its district and to an active mediator of that organisation.
import type { Ctx } from '../../../platform/context.ts';
import { disputeOrganisations, disputeStaff } from '../schema.ts';
import { eq } from 'drizzle-orm';
import { fieldError } from '../errors.ts';
import { changeCase, type VersionedInput } from './common.ts';

export async function assignCase(ctx: Ctx, id: string, input: VersionedInput & { organisationId: string; mediatorId: string }) {
  return changeCase(ctx, id, input, 'assign', async (c, tx) => {
    const [org] = await tx.select().from(disputeOrganisations).where(eq(disputeOrganisations.id, input.organisationId));
    if (!org || org.kind !== 'mediation' || !org.active || org.orgCode.slice(0, 6) !== c.orgCode.slice(0, 6)) {
      throw fieldError('organisationId', { 'zh-CN': '请选择本区有效的调解组织', en: 'choose an active mediation organisation of this district' });
    }
    const [m] = await tx.select().from(disputeStaff).where(eq(disputeStaff.id, input.mediatorId));
    if (!m || m.role !== 'mediator' || m.organisationId !== org.id || m.status !== 'active') {
      throw fieldError('mediatorId', { 'zh-CN': '请选择该调解组织在岗的调解员', en: 'choose an active mediator of that organisation' });
    }
    return {
      patch: { mediationOrgId: org.id, mediatorId: m.id, handlerStaffId: m.id },
      note: `${org.name} · ${m.name}`, data: { organisationId: org.id, mediatorId: m.id },
    };
  });
}
