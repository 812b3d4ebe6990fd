import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { call, createTestApp, engines, login, type Session, type TestApp } from './harness.ts';
import { computeResidentIdCheckChar } from '@renshe/shared';

const rid = (s: string) => s + computeResidentIdCheckChar(s);

describe.each(await engines())('audit trail on %s', (engine) => {
  let t: TestApp;
  let worker: Session;
  let personId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await login(t.app, 'xinzhuang');
  });
  afterAll(async () => { await t?.close(); });

  it('records who, when, which record, before and after for every write — with ID numbers masked', async () => {
    const created = await call(t.app, worker, 'POST', '/api/v1/persons', { orgCode: '310112101', name: '审计测试', residentId: rid('31011219700505123'), employmentStatus: 'unemployed' });
    expect(created.statusCode).toBe(201);
    personId = created.json().id;
    const changed = await call(t.app, worker, 'PATCH', `/api/v1/persons/${personId}`, { employmentStatus: 'employed', version: 1 });
    expect(changed.statusCode).toBe(200);

    const admin = await login(t.app, 'admin');
    const res = await call(t.app, admin, 'GET', `/api/v1/audit?entity=person&entityId=${personId}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { action: string; actorName: string; before: Record<string, unknown> | null; after: Record<string, unknown>; at: string }[];
    expect(items.map((i) => i.action)).toEqual(['person.update', 'person.create']);
    const update = items[0]!;
    expect(update.actorName).toBe('王经办（莘庄镇）');
    expect(update.before).toMatchObject({ employmentStatus: 'unemployed' });
    expect(update.after).toMatchObject({ employmentStatus: 'employed' });
    expect(JSON.stringify(items)).not.toContain(rid('31011219700505123'));
    expect(update.after.residentId).toMatch(/^3101\*{10}/);
    expect(Date.now() - new Date(update.at).getTime()).toBeLessThan(60_000);
  });

  it('searches by person and by date, and the leadership sees the trail too', async () => {
    const leader = await login(t.app, 'leader');
    const byActor = await call(t.app, leader, 'GET', `/api/v1/audit?actor=${encodeURIComponent('王经办')}&entity=person`);
    expect(byActor.json().total).toBeGreaterThanOrEqual(2);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const byDay = await call(t.app, leader, 'GET', `/api/v1/audit?from=${today}&to=${today}&entityId=${personId}`);
    expect(byDay.json().total).toBe(2);
    const past = await call(t.app, leader, 'GET', `/api/v1/audit?from=2020-01-01&to=2020-12-31&entityId=${personId}`);
    expect(past.json().total).toBe(0);
    const bad = await call(t.app, leader, 'GET', '/api/v1/audit?from=not-a-date');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('from');
  });

  it('is refused to roles that may not read it, and scoped for those who may', async () => {
    const res = await call(t.app, worker, 'GET', '/api/v1/audit');
    expect(res.statusCode).toBe(403);
    const jd = await login(t.app, 'jd_admin');
    const other = await call(t.app, jd, 'GET', `/api/v1/audit?entityId=${personId}`);
    expect(other.json().total).toBe(0);
  });

  it('cannot be changed or deleted through the API or SQL', async () => {
    const admin = await login(t.app, 'admin');
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      const res = await call(t.app, admin, method, '/api/v1/audit/1', method === 'DELETE' ? undefined : { action: 'x' });
      expect(res.statusCode).toBe(405);
      expect(res.json().code).toBe('AUDIT_IMMUTABLE');
    }
    for (const statement of [sql`update audit_log set action = 'x'`, sql`delete from audit_log`, sql`truncate audit_log`]) {
      const error = await t.database.db.execute(statement).then(() => null, (e: Error & { cause?: Error }) => e);
      expect(String(error?.cause?.message ?? error?.message)).toMatch(/append-only/);
    }
    const still = await call(t.app, admin, 'GET', `/api/v1/audit?entityId=${personId}`);
    expect(still.json().total).toBe(2);
  });

  it('writes nothing — neither record nor audit row — when the input is bad', async () => {
    const admin = await login(t.app, 'admin');
    const before = (await call(t.app, admin, 'GET', '/api/v1/audit?entity=person')).json().total;
    const bad = await call(t.app, worker, 'POST', '/api/v1/persons', { orgCode: '310112101', name: '坏数据', residentId: '31011219700505124X' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'INVALID_RESIDENT_ID', field: 'residentId' });
    const badDate = await call(t.app, worker, 'POST', '/api/v1/persons', { orgCode: '310112101', name: '坏数据', residentId: rid('31011219700230123') });
    expect(badDate.json().field).toBe('residentId');
    const badMobile = await call(t.app, worker, 'POST', '/api/v1/persons', { orgCode: '310112101', name: '坏数据', residentId: rid('31011219700505223'), mobile: '12345' });
    expect(badMobile.json()).toMatchObject({ code: 'INVALID_MOBILE', field: 'mobile' });
    const after = (await call(t.app, admin, 'GET', '/api/v1/audit?entity=person')).json().total;
    expect(after).toBe(before);
    const list = await call(t.app, worker, 'GET', `/api/v1/persons?q=${encodeURIComponent('坏数据')}`);
    expect(list.json().total).toBe(0);
  });
});
