// 修改调解组织: name, phone, address and whether it is active (an inactive organisation gets no new cases).
import { writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { requirePermission } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { scopeOf } from '../../../platform/scope.ts';
import { orgService } from '../../orgs/service.ts';
import { ORGANISATION_ENTITY, fieldError } from '../errors.ts';
import { disputeRepository, type OrganisationRow } from '../repository.ts';
import { ORGANISATION_ENTITY_NAME, optionalPhone, optionalText, organisationView, requiredText } from './network.ts';

export interface UpdateOrganisationInput {
  version: number;
  name?: string;
  phone?: string | null;
  address?: string | null;
  active?: boolean;
}

export async function updateOrganisation(ctx: Ctx, id: string, input: UpdateOrganisationInput) {
  requirePermission(ctx, 'disputes.network');
  const scope = scopeOf(ctx);
  const patch: Partial<OrganisationRow> = {};
  if (input.name !== undefined) patch.name = requiredText('name', input.name, 100);
  if (input.phone !== undefined) patch.phone = optionalPhone(input.phone);
  if (input.address !== undefined) patch.address = optionalText('address', input.address, 200);
  if (input.active !== undefined) {
    if (typeof input.active !== 'boolean') throw fieldError('active', { 'zh-CN': '应为是或否', en: 'expected true or false' });
    patch.active = input.active;
  }
  return ctx.db.transaction(async (tx) => {
    const before = await disputeRepository.lockOrganisation(tx, scope, id);
    if (!before) throw notFound(ORGANISATION_ENTITY);
    await orgService.requireUnitInScope(tx, scope, before.orgCode, 'orgCode');
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const after = await disputeRepository.updateOrganisation(tx, id, input.version, patch);
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const action = patch.active === false && before.active ? 'dispute.organisation.deactivate'
      : patch.active === true && !before.active ? 'dispute.organisation.activate' : 'dispute.organisation.update';
    await writeAudit(tx, ctx, { action, entity: ORGANISATION_ENTITY_NAME, entityId: id, orgCode: after.orgCode, before, after });
    return organisationView(after);
  });
}
