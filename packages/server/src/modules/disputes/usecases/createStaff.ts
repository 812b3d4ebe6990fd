// 新增调解员 / 仲裁员: in an organisation within scope (mediators in a mediation organisation, arbitrators in the
// arbitration commission), with a certificate number unique across the installation and optionally the login
// account of the person (looked up through the accounts module, within scope, with the matching role).
import type { Tx } from '../../../db/client.ts';
import { writeAudit } from '../../../platform/audit.ts';
import type { Ctx, StaffCtx } from '../../../platform/context.ts';
import { requirePermission } from '../../../platform/context.ts';
import { scopeOf, type Scope } from '../../../platform/scope.ts';
import { accountService } from '../../accounts/service.ts';
import { orgService } from '../../orgs/service.ts';
import { FieldConflict, fieldError } from '../errors.ts';
import { disputeRepository, type OrganisationRow } from '../repository.ts';
import {
  STAFF_ENTITY_NAME, STAFF_ROLES, STAFF_STATUSES, certificateNo, oneOf, requiredText, staffView, type StaffRole,
} from './network.ts';

export interface CreateStaffInput {
  organisationId: string;
  role: string;
  name: string;
  certificateNo: string;
  status?: string;
  accountId?: string | null;
}

/** The organisation (in scope, active, of the kind the role works in). */
export async function organisationFor(tx: Tx, scope: Scope, organisationId: string, role: StaffRole): Promise<OrganisationRow> {
  const org = await disputeRepository.getOrganisation(tx, { orgCode: '' }, organisationId);
  if (!org) throw fieldError('organisationId', { 'zh-CN': '调解组织不存在', en: 'no such organisation' });
  await orgService.requireUnitInScope(tx, scope, org.orgCode, 'organisationId');
  const kind = role === 'mediator' ? 'mediation' : 'arbitration';
  if (org.kind !== kind) {
    throw fieldError('organisationId', role === 'mediator'
      ? { 'zh-CN': '调解员应属于调解组织', en: 'a mediator belongs to a mediation organisation' }
      : { 'zh-CN': '仲裁员应属于仲裁委员会', en: 'an arbitrator belongs to the arbitration commission' });
  }
  if (!org.active) throw fieldError('organisationId', { 'zh-CN': '该组织已停用', en: 'this organisation is inactive' });
  return org;
}

/** The linked login account: exists within scope, is enabled and has the same role. */
export async function checkAccount(tx: Tx, ctx: StaffCtx, scope: Scope, accountId: string, role: StaffRole): Promise<string> {
  const account = await accountService.findInScope(tx, scope, accountId);
  if (!account) throw fieldError('accountId', { 'zh-CN': '账号不存在或不在本单位范围内', en: 'no such account within your org unit' });
  if (account.disabled) throw fieldError('accountId', { 'zh-CN': '该账号已停用', en: 'this account is disabled' });
  if (account.role !== role) {
    throw fieldError('accountId', role === 'mediator'
      ? { 'zh-CN': '应关联角色为调解员的账号', en: 'link an account with the mediator role' }
      : { 'zh-CN': '应关联角色为仲裁员的账号', en: 'link an account with the arbitrator role' });
  }
  return account.id;
}

export async function certificateFree(tx: Tx, cert: string, exceptId?: string): Promise<void> {
  const other = await disputeRepository.staffByCertificate(tx, cert);
  if (other && other.id !== exceptId) {
    throw new FieldConflict('certificateNo', { 'zh-CN': `资格证号“${cert}”已登记`, en: `certificate number "${cert}" is already on record` });
  }
}

export async function createStaff(ctx: Ctx, input: CreateStaffInput) {
  requirePermission(ctx, 'disputes.network');
  const scope = scopeOf(ctx);
  const role = oneOf('role', input.role, STAFF_ROLES, { 'zh-CN': '请选择调解员或仲裁员', en: 'choose mediator or arbitrator' });
  const name = requiredText('name', input.name, 50);
  const cert = certificateNo(input.certificateNo);
  const status = oneOf('status', input.status ?? 'active', STAFF_STATUSES, { 'zh-CN': '状态应为在岗、暂停或退出', en: 'status must be active, suspended or retired' });
  return ctx.db.transaction(async (tx) => {
    const org = await organisationFor(tx, scope, input.organisationId, role);
    const accountId = input.accountId ? await checkAccount(tx, ctx, scope, input.accountId, role) : null;
    await certificateFree(tx, cert);
    const [row] = await disputeRepository.insertStaff(tx, [{ organisationId: org.id, role, name, certificateNo: cert, status, orgCode: org.orgCode, accountId }]);
    await writeAudit(tx, ctx, { action: 'dispute.staff.create', entity: STAFF_ENTITY_NAME, entityId: row!.id, orgCode: row!.orgCode, before: null, after: row });
    return staffView(row!);
  });
}
