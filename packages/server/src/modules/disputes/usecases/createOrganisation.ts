// 新建调解组织 / 仲裁委员会: at one of the four levels (区、街镇、园区楼宇行业、企业), tied to an org unit in scope.
// A district has one arbitration commission.
import { writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { requirePermission } from '../../../platform/context.ts';
import { scopeOf } from '../../../platform/scope.ts';
import { orgService } from '../../orgs/service.ts';
import { FieldConflict, fieldError } from '../errors.ts';
import { disputeRepository } from '../repository.ts';
import {
  ORGANISATION_ENTITY_NAME, ORG_KINDS, ORG_LEVELS, UNIT_LEVELS_OF, oneOf, optionalPhone, optionalText, organisationView, requiredText,
} from './network.ts';

export interface CreateOrganisationInput {
  kind: string;
  level: string;
  name: string;
  orgCode: string;
  phone?: string | null;
  address?: string | null;
}

export async function createOrganisation(ctx: Ctx, input: CreateOrganisationInput) {
  requirePermission(ctx, 'disputes.network');
  const scope = scopeOf(ctx);
  const kind = oneOf('kind', input.kind, ORG_KINDS, { 'zh-CN': '请选择调解组织或仲裁委员会', en: 'choose mediation or arbitration' });
  const level = oneOf('level', input.level, ORG_LEVELS, { 'zh-CN': '请选择区、街镇、园区/楼宇/行业或企业', en: 'choose district, township, park/building/industry or enterprise' });
  if (kind === 'arbitration' && level !== 'district') {
    throw fieldError('level', { 'zh-CN': '仲裁委员会设在区一级', en: 'an arbitration commission is set up at district level' });
  }
  const name = requiredText('name', input.name, 100);
  const phone = optionalPhone(input.phone);
  const address = optionalText('address', input.address, 200);
  return ctx.db.transaction(async (tx) => {
    const unit = await orgService.requireUnitInScope(tx, scope, input.orgCode ?? '', 'orgCode');
    if (!UNIT_LEVELS_OF[level].includes(unit.level)) {
      throw fieldError('orgCode', {
        'zh-CN': level === 'district' ? '区级组织应属于区（县）' : level === 'township' ? '街镇级组织应属于街镇' : '应属于区（县）或街镇',
        en: level === 'district' ? 'a district-level organisation belongs to a district' : level === 'township' ? 'a township-level organisation belongs to a 街镇' : 'it belongs to a district or a 街镇',
      });
    }
    if (kind === 'arbitration' && (await disputeRepository.commissionFor(tx, unit.code))) {
      throw new FieldConflict('orgCode', { 'zh-CN': '该区已设立劳动人事争议仲裁委员会', en: 'this district already has an arbitration commission' });
    }
    const [row] = await disputeRepository.insertOrganisations(tx, [{ kind, level, name, orgCode: unit.code, phone, address }]);
    await writeAudit(tx, ctx, { action: 'dispute.organisation.create', entity: ORGANISATION_ENTITY_NAME, entityId: row!.id, orgCode: row!.orgCode, before: null, after: row });
    return organisationView(row!);
  });
}
