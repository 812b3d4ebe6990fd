// 初始化本区调解仲裁网络: the district's arbitration commission, its joint mediation centre and a mediation centre
// in every 街镇 (network.ts `ensureNetwork`), each new organisation audited. Idempotent: a second run adds nothing
// and writes nothing.
import { writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { requirePermission } from '../../../platform/context.ts';
import { scopeOf } from '../../../platform/scope.ts';
import { orgService } from '../../orgs/service.ts';
import { fieldError } from '../errors.ts';
import { ensureNetwork } from '../network.ts';
import { disputeRepository } from '../repository.ts';
import { ORGANISATION_ENTITY_NAME, organisationView } from './network.ts';

export async function setupNetwork(ctx: Ctx, input: { district: string }) {
  requirePermission(ctx, 'disputes.network');
  const scope = scopeOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const unit = await orgService.requireUnitInScope(tx, scope, input.district ?? '', 'district');
    if (unit.level !== 'county') throw fieldError('district', { 'zh-CN': '请选择一个区（县）', en: 'choose a district (county)' });
    await disputeRepository.lockNetwork(tx, unit.code);
    const net = await ensureNetwork(tx, unit.code);
    for (const o of net.created) {
      await writeAudit(tx, ctx, { action: 'dispute.network.setup', entity: ORGANISATION_ENTITY_NAME, entityId: o.id, orgCode: o.orgCode, before: null, after: o });
    }
    return {
      district: unit.code, districtName: unit.name,
      created: net.created.map(organisationView),
      commission: organisationView(net.commission), districtCentre: organisationView(net.districtCentre),
      townCentres: net.townCentres.size,
    };
  });
}
