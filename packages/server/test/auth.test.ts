import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, engines, login, type TestApp } from './harness.ts';
import { DEMO_PASSWORD } from '../src/demo/accounts.ts';
import { LOGIN_THROTTLE } from '../src/modules/auth/service.ts';

describe.each(await engines())('sign-in and sessions on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(engine); });
  afterAll(async () => { await t?.close(); });

  it('answers health with the engine in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', db: engine });
  });

  it('signs in with an httpOnly SameSite=Strict cookie and reports the account', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'xinzhuang', password: DEMO_PASSWORD }, remoteAddress: '10.1.0.1' });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/renshe_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const body = res.json();
    expect(body).toMatchObject({ username: 'xinzhuang', role: 'street_worker', orgCode: '310112101', orgName: '莘庄镇' });
    expect(body.csrfToken).toBeTruthy();
  });

  it('refuses a wrong password with one error shape, in the request language', async () => {
    const zh = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'staff', password: 'wrong-password-1' }, remoteAddress: '10.1.0.2' });
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toEqual({ code: 'BAD_CREDENTIALS', message: '用户名或密码错误' });
    const en = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'accept-language': 'en-US,en;q=0.9' }, payload: { username: 'staff', password: 'wrong-password-1' }, remoteAddress: '10.1.0.2' });
    expect(en.json()).toEqual({ code: 'BAD_CREDENTIALS', message: 'Wrong username or password' });
  });

  it('names the missing field on bad input', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'staff' }, remoteAddress: '10.1.0.3' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'FIELD_REQUIRED', field: 'password' });
  });

  it('throttles an account after repeated failures, even with the right password, from any address', async () => {
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerAccount; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'inspector', password: `bad-password-${i}` }, remoteAddress: `10.2.0.${i + 1}` });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'inspector', password: DEMO_PASSWORD }, remoteAddress: '10.2.1.1' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('LOGIN_THROTTLED');
    // Other accounts are not affected.
    await expect(login(t.app, 'arbitrator')).resolves.toBeTruthy();
  });

  it('throttles an address that tries many accounts', async () => {
    const ip = '10.3.0.1';
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerIp; i++) {
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `nobody${i}`, password: 'bad-password-1' }, remoteAddress: ip });
    }
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'leader', password: DEMO_PASSWORD }, remoteAddress: ip });
    expect(res.statusCode).toBe(429);
    const elsewhere = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'leader', password: DEMO_PASSWORD }, remoteAddress: '10.3.0.2' });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const s = await login(t.app, 'admin');
    const without = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: { cookie: s.cookie }, payload: { username: 'csrf_test', displayName: 'x', role: 'street_worker', orgCode: '310112101', password: 'abcdefgh123' } });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('CSRF_FAILED');
    const list = await call(t.app, s, 'GET', '/api/v1/accounts?q=csrf_test');
    expect(list.json().total).toBe(0);
    const withToken = await call(t.app, s, 'POST', '/api/v1/accounts', { username: 'csrf_test', displayName: 'x', role: 'street_worker', orgCode: '310112101', password: 'abcdefgh123' });
    expect(withToken.statusCode).toBe(201);
  });

  it('ends the session on logout', async () => {
    const s = await login(t.app, 'staff');
    expect((await call(t.app, s, 'GET', '/api/v1/auth/session')).statusCode).toBe(200);
    expect((await call(t.app, s, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    const after = await call(t.app, s, 'GET', '/api/v1/auth/session');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('UNAUTHENTICATED');
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/accounts', '/api/v1/persons/{id}', '/api/v1/audit']));
  });
});
