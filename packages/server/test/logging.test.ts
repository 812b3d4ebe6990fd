import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeResidentIdCheckChar } from '@renshe/shared';
import { buildApp } from '../src/app.ts';
import { createTestDatabase, login, call, seedBasics, type TestDatabase } from './harness.ts';
import type { FastifyInstance } from 'fastify';

const residentId = '31011219800101123' + computeResidentIdCheckChar('31011219800101123');

describe('request log', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let log = '';
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    await seedBasics(database);
    const stream = new PassThrough();
    stream.on('data', (chunk) => { log += chunk.toString(); });
    app = await buildApp({ database, serveWeb: false, logger: true, logStream: stream });
    await app.ready();
  });
  afterAll(async () => { await app.close(); await database.drop(); });

  it('never contains a resident ID number, whether it came in the query or the body, nor passwords', async () => {
    const s = await login(app, 'xinzhuang');
    await call(app, s, 'GET', `/api/v1/persons?q=${residentId}`);
    await call(app, s, 'POST', '/api/v1/persons', { orgCode: '310112101', name: '日志测试', residentId });
    await call(app, s, 'POST', '/api/v1/persons', { orgCode: '310112101', name: '日志测试', residentId: residentId.slice(0, 17) + '0' });
    expect(log).toContain('/api/v1/persons');
    expect(log).not.toContain(residentId);
    expect(log).not.toContain(residentId.slice(0, 17));
    expect(log).not.toContain('renshe2026demo');
  });
});
