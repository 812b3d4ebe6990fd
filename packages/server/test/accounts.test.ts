import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, engines, login, type Session, type TestApp } from './harness.ts';

describe.each(await engines())('account administration on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await login(t.app, 'admin');
  });
  afterAll(async () => { await t?.close(); });

  it('creates an account bound to an org unit; the new user signs in and sees that unit', async () => {
    const res = await call(t.app, admin, 'POST', '/api/v1/accounts', {
      username: 'meilong01', displayName: '梅陇经办', role: 'street_worker', orgCode: '310112108', password: 'Meilong2026pass', mobile: '+86 139-0000-1234',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'meilong01', orgCode: '310112108', orgName: '梅陇镇', mobile: '13900001234', disabled: false });
    expect(JSON.stringify(res.json())).not.toMatch(/argon2|passwordHash/);
    const s = await login(t.app, 'meilong01', 'Meilong2026pass');
    const me = await call(t.app, s, 'GET', '/api/v1/auth/session');
    expect(me.json()).toMatchObject({ orgCode: '310112108', role: 'street_worker' });
  });

  it('refuses bad input naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ username: 'x', displayName: 'a', role: 'street_worker', orgCode: '310112101', password: 'abcdefgh123' }, 'username', 'VALIDATION_FAILED'],
      [{ username: 'weakpw', displayName: 'a', role: 'street_worker', orgCode: '310112101', password: 'short' }, 'password', 'WEAK_PASSWORD'],
      [{ username: 'badorg', displayName: 'a', role: 'street_worker', orgCode: '310112199', password: 'abcdefgh123' }, 'orgCode', 'UNKNOWN_ORG_UNIT'],
      [{ username: 'badrole', displayName: 'a', role: 'king', orgCode: '310112101', password: 'abcdefgh123' }, 'role', 'VALIDATION_FAILED'],
      [{ username: 'admin', displayName: 'a', role: 'street_worker', orgCode: '310112101', password: 'abcdefgh123' }, 'username', 'USERNAME_TAKEN'],
      [{ username: 'nodisplay', role: 'street_worker', orgCode: '310112101', password: 'abcdefgh123' }, 'displayName', 'FIELD_REQUIRED'],
    ];
    for (const [body, field, code] of cases) {
      const res = await call(t.app, admin, 'POST', '/api/v1/accounts', body);
      expect(res.statusCode, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.json(), JSON.stringify(body)).toMatchObject({ code, field });
    }
  });

  it('cannot create or manage accounts outside its own district', async () => {
    const res = await call(t.app, admin, 'POST', '/api/v1/accounts', { username: 'jdworker', displayName: 'a', role: 'street_worker', orgCode: '310114102', password: 'abcdefgh123' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'ORG_OUT_OF_SCOPE', field: 'orgCode' });
    const list = await call(t.app, admin, 'GET', '/api/v1/accounts?pageSize=200');
    const names = (list.json().items as { username: string }[]).map((a) => a.username);
    expect(names).toContain('xinzhuang');
    expect(names).not.toContain('jd_admin');
    const worker = await login(t.app, 'xinzhuang');
    expect((await call(t.app, worker, 'GET', '/api/v1/accounts')).statusCode).toBe(403);
  });

  it('disables an account: its sessions end and it can no longer sign in; enabling restores it', async () => {
    const created = (await call(t.app, admin, 'POST', '/api/v1/accounts', { username: 'tobedisabled', displayName: '待停用', role: 'street_worker', orgCode: '310112101', password: 'abcdefgh123' })).json();
    const session = await login(t.app, 'tobedisabled', 'abcdefgh123');
    const disabled = await call(t.app, admin, 'PATCH', `/api/v1/accounts/${created.id}`, { disabled: true, version: created.version });
    expect(disabled.statusCode).toBe(200);
    expect((await call(t.app, session, 'GET', '/api/v1/auth/session')).statusCode).toBe(401);
    await expect(login(t.app, 'tobedisabled', 'abcdefgh123')).rejects.toThrow(/403/);
    const stale = await call(t.app, admin, 'PATCH', `/api/v1/accounts/${created.id}`, { disabled: false, version: created.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const enabled = await call(t.app, admin, 'PATCH', `/api/v1/accounts/${created.id}`, { disabled: false, version: disabled.json().version });
    expect(enabled.statusCode).toBe(200);
    await expect(login(t.app, 'tobedisabled', 'abcdefgh123')).resolves.toBeTruthy();
  });

  it('re-scopes an account to another 街镇: it then sees that unit only', async () => {
    const created = (await call(t.app, admin, 'POST', '/api/v1/accounts', { username: 'mover', displayName: '调动', role: 'street_worker', orgCode: '310112101', password: 'abcdefgh123' })).json();
    const moved = await call(t.app, admin, 'PATCH', `/api/v1/accounts/${created.id}`, { orgCode: '310112102', version: created.version });
    expect(moved.json()).toMatchObject({ orgCode: '310112102', orgName: '七宝镇' });
    const s = await login(t.app, 'mover', 'abcdefgh123');
    expect((await call(t.app, s, 'GET', '/api/v1/orgs/310112101')).statusCode).toBe(404);
    expect((await call(t.app, s, 'GET', '/api/v1/orgs/310112102')).statusCode).toBe(200);
    const trail = await call(t.app, admin, 'GET', `/api/v1/audit?entity=account&entityId=${created.id}`);
    const actions = (trail.json().items as { action: string }[]).map((i) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['account.create', 'account.rescope']));
  });

  it('resets a password', async () => {
    const created = (await call(t.app, admin, 'POST', '/api/v1/accounts', { username: 'forgetful', displayName: '忘记密码', role: 'mediator', orgCode: '310112', password: 'abcdefgh123' })).json();
    expect((await call(t.app, admin, 'POST', `/api/v1/accounts/${created.id}/password`, { password: 'newpassword456' })).statusCode).toBe(204);
    await expect(login(t.app, 'forgetful', 'abcdefgh123')).rejects.toThrow(/401/);
    await expect(login(t.app, 'forgetful', 'newpassword456')).resolves.toBeTruthy();
  });
});
