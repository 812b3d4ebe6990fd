// The mediation and arbitration network of one district: the arbitration commission, the district's joint mediation
// centre and one mediation centre in every 街镇 (000 三(三)3: "组建区、街镇两级劳动人事争议联合调解中心"). Used by the
// `POST /disputes/network/setup` action, the `renshe disputes setup-network` command, the demo generator and the
// tests; running it twice adds nothing twice.
import type { Executor } from '../../db/client.ts';
import { systemCtx } from '../../platform/context.ts';
import { orgService } from '../orgs/service.ts';
import { disputeRepository, type OrganisationRow, type StaffRow } from './repository.ts';

export interface Network {
  commission: OrganisationRow;
  districtCentre: OrganisationRow;
  townCentres: Map<string, OrganisationRow>;
  /** the organisations this run added (empty when the network was already complete) */
  created: OrganisationRow[];
}

export async function ensureNetwork(db: Executor, district: string): Promise<Network> {
  const unit = await orgService.getUnscoped(db, district);
  if (!unit) throw new Error(`unknown district ${district}`);
  const created: OrganisationRow[] = [];
  const existing = await disputeRepository.organisationsAt(db, district);
  let commission = existing.find((o) => o.kind === 'arbitration');
  let districtCentre = existing.find((o) => o.kind === 'mediation' && o.level === 'district');
  if (!commission) {
    [commission] = await disputeRepository.insertOrganisations(db, [{
      kind: 'arbitration', level: 'district', name: `${unit.name}劳动人事争议仲裁委员会`, orgCode: district, phone: '12333',
    }]);
    created.push(commission!);
  }
  if (!districtCentre) {
    [districtCentre] = await disputeRepository.insertOrganisations(db, [{
      kind: 'mediation', level: 'district', name: `${unit.name}劳动人事争议联合调解中心`, orgCode: district,
    }]);
    created.push(districtCentre!);
  }
  const towns = await orgService.listAll(systemCtx(db as never), { under: district, levels: ['township'] });
  const townCentres = new Map<string, OrganisationRow>();
  for (const o of await disputeRepository.townCentresUnder(db, district)) townCentres.set(o.orgCode, o);
  const missing = towns.filter((t) => !townCentres.has(t.code));
  const inserted = await disputeRepository.insertOrganisations(db, missing.map((t) => ({
    kind: 'mediation', level: 'township', name: `${t.name}劳动人事争议调解中心`, orgCode: t.code,
  })));
  for (const o of inserted) townCentres.set(o.orgCode, o);
  created.push(...inserted);
  return { commission: commission!, districtCentre: districtCentre!, townCentres, created };
}

/** Add a mediator or arbitrator (tests and demo; the API goes through usecases/createStaff.ts). */
export async function addStaff(db: Executor, row: {
  organisationId: string; role: 'mediator' | 'arbitrator'; name: string; certificateNo: string; orgCode: string; accountId?: string | null;
}): Promise<StaffRow> {
  const [r] = await disputeRepository.insertStaff(db, [{ ...row, accountId: row.accountId ?? null }]);
  return r!;
}
