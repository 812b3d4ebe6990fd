// API tests of setting up the mediation/arbitration network on both engines: organisations at the four levels and
// their people, bad input naming the field and writing nothing, permission and org-unit scope, optimistic versions,
// the audit trail, and the idempotent "set up the district network" action that opens online applications.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeResidentIdCheckChar } from '@renshe/shared';
import { addDays, todayCst } from '../src/modules/disputes/workflow.ts';
import { call, createTestApp, engines, login, type Session, type TestApp } from './harness.ts';

const XINZHUANG = '310112101';
const QIBAO = '310112102';
const rid = (first17: string) => first17 + computeResidentIdCheckChar(first17);

function application(over: Record<string, unknown> = {}) {
  return {
    orgCode: QIBAO, entryPath: 'mediation', applicantName: '钱多多', applicantResidentId: rid('31011219900307123'), applicantMobile: '13812345678',
    respondentName: '上海某某精密机械有限公司', respondentUscc: '91350100M000100Y43', workerCount: 1,
    claims: [{ type: 'wages', amount: 12000 }], facts: '被申请人拖欠申请人三个月工资。', disputeAroseOn: addDays(todayCst(), -30), ...over,
  };
}

describe.each(await engines())('disputes network API on %s', (engine) => {
  let t: TestApp;
  let admin: Session; let staff: Session; let xinzhuang: Session; let jdAdmin: Session;

  beforeAll(async () => {
    t = await createTestApp(engine);
    [admin, staff, xinzhuang, jdAdmin] = await Promise.all(['admin', 'staff', 'xinzhuang', 'jd_admin'].map((u) => login(t.app, u)));
  });
  afterAll(async () => { await t?.close(); });

  const counts = async () => {
    const [c] = await t.database.query<{ orgs: number; staff: number; audit: number }>(
      `select (select count(*)::int from dispute_organisations) as orgs, (select count(*)::int from dispute_staff) as staff,
              (select count(*)::int from audit_log where entity in ('dispute_organisation', 'dispute_staff')) as audit`);
    return c!;
  };
  const park = { kind: 'mediation', level: 'park', name: '莘庄工业区劳动争议调解委员会', orgCode: XINZHUANG, phone: '021-64921234', address: '莘庄工业区申富路 1 号' };

  it('before the network is set up, an online application is refused naming orgCode', async () => {
    const res = await call(t.app, null, 'POST', '/api/v1/disputes/applications', application());
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('orgCode');
    expect(res.json().message).toContain('尚未开通');
  });

  it('setting up the district network is idempotent and audited; afterwards online applications are accepted', async () => {
    const before = await counts();
    const first = await call(t.app, staff, 'POST', '/api/v1/disputes/network/setup', { district: '310112' });
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json();
    expect(body.created.length).toBeGreaterThanOrEqual(3);
    expect(body.commission.kind).toBe('arbitration');
    expect(body.districtCentre.level).toBe('district');
    expect(body.townCentres).toBeGreaterThan(5);
    const mid = await counts();
    expect(mid.orgs - before.orgs).toBe(body.created.length);
    expect(mid.audit - before.audit).toBe(body.created.length);
    const [a] = await t.database.query<{ actor_name: string; action: string }>(`select actor_name, action from audit_log where action = 'dispute.network.setup' limit 1`);
    expect(a).toMatchObject({ actor_name: '李科员', action: 'dispute.network.setup' });

    const second = await call(t.app, staff, 'POST', '/api/v1/disputes/network/setup', { district: '310112' });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().created).toEqual([]);
    expect(second.json().commission.id).toBe(body.commission.id);
    expect(await counts()).toEqual(mid);

    const res = await call(t.app, null, 'POST', '/api/v1/disputes/applications', application());
    expect(res.statusCode, res.body).toBe(201);
  });

  it('setup: a 街镇 account is refused; another district is out of scope; a 街镇 code is not a district', async () => {
    const before = await counts();
    expect((await call(t.app, xinzhuang, 'POST', '/api/v1/disputes/network/setup', { district: '310112' })).statusCode).toBe(403);
    const out = await call(t.app, jdAdmin, 'POST', '/api/v1/disputes/network/setup', { district: '310112' });
    expect(out.statusCode).toBe(403);
    expect(out.json().code).toBe('ORG_OUT_OF_SCOPE');
    const town = await call(t.app, admin, 'POST', '/api/v1/disputes/network/setup', { district: XINZHUANG });
    expect(town.statusCode).toBe(400);
    expect(town.json().field).toBe('district');
    expect(await counts()).toEqual(before);
  });

  it('admin creates a 园区 mediation organisation and a mediator with a certificate; both audited', async () => {
    const res = await call(t.app, admin, 'POST', '/api/v1/disputes/organisations', park);
    expect(res.statusCode, res.body).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({ kind: 'mediation', level: 'park', orgCode: XINZHUANG, active: true, version: 1 });
    const med = await call(t.app, admin, 'POST', '/api/v1/disputes/staff', {
      organisationId: org.id, role: 'mediator', name: '钱调解', certificateNo: '沪调解-2026-0001',
    });
    expect(med.statusCode, med.body).toBe(201);
    expect(med.json()).toMatchObject({ organisationId: org.id, role: 'mediator', certificateNo: '沪调解-2026-0001', status: 'active', orgCode: XINZHUANG, version: 1 });
    const list = await call(t.app, admin, 'GET', `/api/v1/disputes/staff?organisationId=${org.id}`);
    expect(list.json().items.map((s: { name: string }) => s.name)).toEqual(['钱调解']);
    const orgs = await call(t.app, admin, 'GET', '/api/v1/disputes/organisations?level=park');
    expect(orgs.json().items.map((o: { id: string }) => o.id)).toContain(org.id);
    const audit = await t.database.query<{ action: string; entity_id: string }>(
      `select action, entity_id from audit_log where action in ('dispute.organisation.create', 'dispute.staff.create') order by id`);
    expect(audit.map((r) => [r.action, r.entity_id])).toEqual([['dispute.organisation.create', org.id], ['dispute.staff.create', med.json().id]]);
  });

  it('a linked account must exist within scope and have the role', async () => {
    const orgs = (await call(t.app, admin, 'GET', '/api/v1/disputes/organisations?level=district&kind=mediation')).json().items;
    const centre = orgs.find((o: { orgCode: string }) => o.orgCode === '310112');
    const accounts = await t.database.query<{ id: string; username: string }>(`select id, username from accounts where username in ('mediator', 'qibao', 'jd_admin')`);
    const idOf = (u: string) => accounts.find((a) => a.username === u)!.id;
    const wrongRole = await call(t.app, admin, 'POST', '/api/v1/disputes/staff', { organisationId: centre.id, role: 'mediator', name: '甲', certificateNo: 'ACC-1', accountId: idOf('qibao') });
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json().field).toBe('accountId');
    const outside = await call(t.app, admin, 'POST', '/api/v1/disputes/staff', { organisationId: centre.id, role: 'mediator', name: '甲', certificateNo: 'ACC-1', accountId: idOf('jd_admin') });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().field).toBe('accountId');
    const ok = await call(t.app, staff, 'POST', '/api/v1/disputes/staff', { organisationId: centre.id, role: 'mediator', name: '赵调解', certificateNo: 'ACC-1', accountId: idOf('mediator') });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().accountId).toBe(idOf('mediator'));
  });

  it('bad input names the field and writes nothing', async () => {
    const before = await counts();
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['/api/v1/disputes/organisations', 'POST', { ...park, name: '   ' }, 'name'],
      ['/api/v1/disputes/organisations', 'POST', { ...park, level: 'district' }, 'orgCode'],
      ['/api/v1/disputes/organisations', 'POST', { ...park, kind: 'arbitration', level: 'district', orgCode: '310112' }, 'orgCode'],
      ['/api/v1/disputes/organisations', 'POST', { ...park, kind: 'arbitration' }, 'level'],
      ['/api/v1/disputes/organisations', 'POST', { ...park, phone: 'call me' }, 'phone'],
      ['/api/v1/disputes/organisations', 'POST', { ...park, orgCode: '310199999' }, 'orgCode'],
      ['/api/v1/disputes/organisations', 'POST', { ...park, level: 'city' }, 'level'],
    ];
    const orgs = (await call(t.app, admin, 'GET', '/api/v1/disputes/organisations?kind=arbitration')).json().items;
    cases.push(['/api/v1/disputes/staff', 'POST', { organisationId: orgs[0].id, role: 'mediator', name: '乙', certificateNo: 'X-1' }, 'organisationId']);
    cases.push(['/api/v1/disputes/staff', 'POST', { organisationId: orgs[0].id, role: 'arbitrator', name: '乙', certificateNo: '沪调解-2026-0001' }, 'certificateNo']);
    cases.push(['/api/v1/disputes/staff', 'POST', { organisationId: orgs[0].id, role: 'arbitrator', name: '乙', certificateNo: 'X-1', status: 'dead' }, 'status']);
    for (const [url, method, body, field] of cases) {
      const res = await call(t.app, admin, method as 'POST', url, body);
      expect(res.statusCode, `${JSON.stringify(body)} → ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().field ?? res.json().message, res.body).toContain(field);
    }
    expect(await counts()).toEqual(before);
  });

  it('a 街镇 account is refused (403); 嘉定 admin cannot create in 闵行区 (ORG_OUT_OF_SCOPE)', async () => {
    const before = await counts();
    const street = await call(t.app, xinzhuang, 'POST', '/api/v1/disputes/organisations', park);
    expect(street.statusCode).toBe(403);
    expect(street.json().code).toBe('FORBIDDEN');
    const jd = await call(t.app, jdAdmin, 'POST', '/api/v1/disputes/organisations', park);
    expect(jd.statusCode).toBe(403);
    expect(jd.json().code).toBe('ORG_OUT_OF_SCOPE');
    const centre = (await call(t.app, admin, 'GET', '/api/v1/disputes/organisations?level=district&kind=mediation')).json().items[0];
    const jdStaff = await call(t.app, jdAdmin, 'POST', '/api/v1/disputes/staff', { organisationId: centre.id, role: 'mediator', name: '丙', certificateNo: 'JD-1' });
    expect(jdStaff.statusCode).toBe(403);
    expect(jdStaff.json().code).toBe('ORG_OUT_OF_SCOPE');
    expect((await call(t.app, xinzhuang, 'POST', '/api/v1/disputes/staff', { organisationId: centre.id, role: 'mediator', name: '丙', certificateNo: 'JD-1' })).statusCode).toBe(403);
    // 嘉定 admin does not even see a 闵行 organisation to change it
    expect((await call(t.app, jdAdmin, 'PATCH', `/api/v1/disputes/organisations/${centre.id}`, { version: centre.version, name: '改' })).statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('updates carry the version: a stale version gets 409 and writes nothing; changes are audited', async () => {
    const org = (await call(t.app, admin, 'GET', '/api/v1/disputes/organisations?level=park')).json().items[0];
    const r1 = await call(t.app, admin, 'PATCH', `/api/v1/disputes/organisations/${org.id}`, { version: org.version, name: '莘庄工业区调解委员会', active: false });
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r1.json()).toMatchObject({ name: '莘庄工业区调解委员会', active: false, version: org.version + 1 });
    const stale = await call(t.app, admin, 'PATCH', `/api/v1/disputes/organisations/${org.id}`, { version: org.version, name: '旧' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const s = (await call(t.app, admin, 'GET', `/api/v1/disputes/staff?organisationId=${org.id}`)).json().items[0];
    const before = await counts();
    const suspend = await call(t.app, staff, 'PATCH', `/api/v1/disputes/staff/${s.id}`, { version: s.version, status: 'suspended', certificateNo: '沪调解-2026-0009' });
    expect(suspend.statusCode, suspend.body).toBe(200);
    expect(suspend.json()).toMatchObject({ status: 'suspended', certificateNo: '沪调解-2026-0009', version: s.version + 1 });
    const staleStaff = await call(t.app, staff, 'PATCH', `/api/v1/disputes/staff/${s.id}`, { version: s.version, status: 'retired' });
    expect(staleStaff.statusCode).toBe(409);
    expect(staleStaff.json().code).toBe('VERSION_CONFLICT');
    const badStatus = await call(t.app, staff, 'PATCH', `/api/v1/disputes/staff/${s.id}`, { version: s.version + 1, status: 'gone' });
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json().field ?? badStatus.json().message).toContain('status');
    // moving to an inactive organisation is refused; to the 街镇 centre it is allowed and moves the org unit
    const town = (await call(t.app, admin, 'GET', `/api/v1/disputes/organisations?level=township&orgCode=${QIBAO}`)).json().items[0];
    const moved = await call(t.app, staff, 'PATCH', `/api/v1/disputes/staff/${s.id}`, { version: s.version + 1, organisationId: town.id });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ organisationId: town.id, orgCode: QIBAO });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 2 });
    const audit = await t.database.query<{ action: string }>(`select action from audit_log where entity in ('dispute_organisation', 'dispute_staff') order by id desc limit 3`);
    expect(audit.map((r) => r.action)).toEqual(['dispute.staff.transfer', 'dispute.staff.suspend', 'dispute.organisation.deactivate']);
  });
});
