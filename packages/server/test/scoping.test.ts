// A 街镇 account sees its own unit and the units below it, nothing else — through every endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, engines, login, type Session, type TestApp } from './harness.ts';
import { registryService } from '../src/modules/registry/service.ts';
import { systemCtx } from '../src/platform/context.ts';
import { computeResidentIdCheckChar } from '@renshe/shared';

function id(first17: string) { return first17 + computeResidentIdCheckChar(first17); }

describe.each(await engines())('org-unit scoping on %s', (engine) => {
  let t: TestApp;
  let xinzhuang: Session;
  let qibaoPerson: { id: string; name: string; residentId: string };
  let xinzhuangPerson: { id: string; name: string };

  beforeAll(async () => {
    t = await createTestApp(engine);
    const ctx = systemCtx(t.database.db, 'test', '', 'district_staff');
    qibaoPerson = await registryService.create(ctx, { orgCode: '310112102', name: '七宝居民甲', residentId: id('31011219800101123'), mobile: '13800001111' });
    xinzhuangPerson = await registryService.create(ctx, { orgCode: '310112101', name: '莘庄居民乙', residentId: id('31011219850202234') });
    xinzhuang = await login(t.app, 'xinzhuang');
  });
  afterAll(async () => { await t?.close(); });

  it('lists only its own unit', async () => {
    const all = await call(t.app, xinzhuang, 'GET', '/api/v1/persons?pageSize=500');
    expect(all.statusCode).toBe(200);
    const items = all.json().items as { orgCode: string; name: string }[];
    expect(items.map((p) => p.name)).toContain('莘庄居民乙');
    expect(items.every((p) => p.orgCode.startsWith('310112101'))).toBe(true);
    const filtered = await call(t.app, xinzhuang, 'GET', '/api/v1/persons?orgCode=310112102');
    expect(filtered.json()).toMatchObject({ total: 0, items: [] });
    const byId = await call(t.app, xinzhuang, 'GET', `/api/v1/persons?q=${qibaoPerson.residentId}`);
    expect(byId.json().total).toBe(0);
  });

  it('cannot open, change or create a 七宝镇 record', async () => {
    const read = await call(t.app, xinzhuang, 'GET', `/api/v1/persons/${qibaoPerson.id}`);
    expect(read.statusCode).toBe(404);
    const change = await call(t.app, xinzhuang, 'PATCH', `/api/v1/persons/${qibaoPerson.id}`, { name: '改名', version: 1 });
    expect(change.statusCode).toBe(404);
    const create = await call(t.app, xinzhuang, 'POST', '/api/v1/persons', { orgCode: '310112102', name: '新人', residentId: id('31011219900303345') });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toMatchObject({ code: 'ORG_OUT_OF_SCOPE', field: 'orgCode' });
    const org = await call(t.app, xinzhuang, 'GET', '/api/v1/orgs/310112102');
    expect(org.statusCode).toBe(404);
    const own = await call(t.app, xinzhuang, 'GET', `/api/v1/persons/${xinzhuangPerson.id}`);
    expect(own.statusCode).toBe(200);
  });

  it('gets nothing of a 七宝镇 record from any endpoint that takes an id, and changes nothing', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
    let probed = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!path.includes('{') || path.startsWith('/api/v1/auth')) continue;
      for (const method of Object.keys(methods)) {
        const url = path.replace(/\{code\}/g, '310112102').replace(/\{[^}]+\}/g, qibaoPerson.id);
        const res = await call(t.app, xinzhuang, method.toUpperCase() as 'GET', url, method === 'get' || method === 'delete' ? undefined : { name: '改名', version: 1 });
        probed++;
        expect.soft(res.statusCode, `${method.toUpperCase()} ${url}`).toBeGreaterThanOrEqual(400);
        expect.soft(res.body, `${method.toUpperCase()} ${url}`).not.toContain(qibaoPerson.name);
        expect.soft(res.body, `${method.toUpperCase()} ${url}`).not.toContain(qibaoPerson.residentId);
      }
    }
    expect(probed).toBeGreaterThan(3);
    const unchanged = await registryService.get(systemCtx(t.database.db, 'test', '', 'district_staff'), qibaoPerson.id);
    expect(unchanged).toMatchObject({ name: '七宝居民甲', version: 1 });
  });

  it('lets the district see every 街镇, with ID numbers masked for leadership', async () => {
    const leader = await login(t.app, 'leader');
    const res = await call(t.app, leader, 'GET', '/api/v1/persons?pageSize=500');
    const names = (res.json().items as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['七宝居民甲', '莘庄居民乙']));
    const one = await call(t.app, leader, 'GET', `/api/v1/persons/${qibaoPerson.id}`);
    expect(one.json().residentId).toBe(`3101**********${qibaoPerson.residentId.slice(-4)}`);
    expect(one.json().mobile).toBe('138****1111');
    // 区局领导 is read-only.
    const write = await call(t.app, leader, 'PATCH', `/api/v1/persons/${qibaoPerson.id}`, { name: 'x', version: 1 });
    expect(write.statusCode).toBe(403);
  });

  it('shows the full ID number to the case worker who handles the record', async () => {
    const own = await call(t.app, xinzhuang, 'GET', `/api/v1/persons/${xinzhuangPerson.id}`);
    expect(own.json().residentId).toBe(id('31011219850202234'));
    expect(own.json().residentIdMasked).toMatch(/^3101\*{10}/);
  });
});
