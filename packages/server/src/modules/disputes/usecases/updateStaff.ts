// 修改调解员 / 仲裁员: status (在岗 / 暂停 / 退出), certificate number, organisation, name, linked account.
import { writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { requirePermission } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { scopeOf } from '../../../platform/scope.ts';
import { orgService } from '../../orgs/service.ts';
import { STAFF_ENTITY } from '../errors.ts';
import { disputeRepository, type StaffRow } from '../repository.ts';
import { certificateFree, checkAccount, organisationFor } from './createStaff.ts';
import { STAFF_ENTITY_NAME, STAFF_STATUSES, certificateNo, oneOf, requiredText, staffView, type StaffRole } from './network.ts';

export interface UpdateStaffInput {
  version: number;
  name?: string;
  certificateNo?: string;
  status?: string;
  organisationId?: string;
  accountId?: string | null;
}

export async function updateStaff(ctx: Ctx, id: string, input: UpdateStaffInput) {
  requirePermission(ctx, 'disputes.network');
  const scope = scopeOf(ctx);
  const patch: Partial<StaffRow> = {};
  if (input.name !== undefined) patch.name = requiredText('name', input.name, 50);
  if (input.certificateNo !== undefined) patch.certificateNo = certificateNo(input.certificateNo);
  if (input.status !== undefined) {
    patch.status = oneOf('status', input.status, STAFF_STATUSES, { 'zh-CN': '状态应为在岗、暂停或退出', en: 'status must be active, suspended or retired' });
  }
  return ctx.db.transaction(async (tx) => {
    const before = await disputeRepository.lockStaff(tx, scope, id);
    if (!before) throw notFound(STAFF_ENTITY);
    await orgService.requireUnitInScope(tx, scope, before.orgCode, 'orgCode');
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const role = before.role as StaffRole;
    if (input.organisationId !== undefined && input.organisationId !== before.organisationId) {
      const org = await organisationFor(tx, scope, input.organisationId, role);
      patch.organisationId = org.id;
      patch.orgCode = org.orgCode;
    }
    if (input.accountId !== undefined) patch.accountId = input.accountId ? await checkAccount(tx, ctx, scope, input.accountId, role) : null;
    if (patch.certificateNo !== undefined) await certificateFree(tx, patch.certificateNo, id);
    const after = await disputeRepository.updateStaff(tx, id, input.version, patch);
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const action = patch.status && patch.status !== before.status ? `dispute.staff.${patch.status === 'active' ? 'reinstate' : patch.status === 'suspended' ? 'suspend' : 'retire'}`
      : patch.organisationId ? 'dispute.staff.transfer' : 'dispute.staff.update';
    await writeAudit(tx, ctx, { action, entity: STAFF_ENTITY_NAME, entityId: id, orgCode: after.orgCode, before, after });
    return staffView(after);
  });
}
