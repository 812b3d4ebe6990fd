// Test harness: real databases on both engines, the real Fastify app, real sessions.
// PGlite always; the PostgreSQL server on 127.0.0.1:5432 whenever it answers (CI always has it).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openDatabase, type Database, type EngineKind } from '../src/db/client.ts';
import { buildApp } from '../src/app.ts';
import { orgService } from '../src/modules/orgs/service.ts';
import { accountRepository } from '../src/modules/accounts/repository.ts';
import { hashPassword } from '../src/platform/passwords.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/accounts.ts';

export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgAvailable: boolean | undefined;
export async function postgresAvailable(): Promise<boolean> {
  if (pgAvailable !== undefined) return pgAvailable;
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    pgAvailable = true;
  } catch {
    pgAvailable = false;
    if (process.env.CI) throw new Error(`PostgreSQL is required in CI but ${PG_ADMIN_URL} does not answer`);
  }
  return pgAvailable;
}

/** Engines to run the suite on. Top-level await in test files: `describe.each(await engines())`. */
export async function engines(): Promise<EngineKind[]> {
  return (await postgresAvailable()) ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase extends Database { drop(): Promise<void> }

/** A fresh, migrated database: PGlite in memory, or a new database on the PostgreSQL server. */
export async function createTestDatabase(kind: EngineKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({});
    return Object.assign(database, { drop: () => database.close() });
  }
  const name = `renshe_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
  return Object.assign(database, {
    async drop() {
      await database.close();
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  });
}

let demoHash: Promise<string> | undefined;

/** Org units (no villages, for speed) and the demo accounts, one per role. */
export async function seedBasics(database: Database): Promise<void> {
  await orgService.loadFromSource(database.db, { villages: false });
  demoHash ??= hashPassword(DEMO_PASSWORD);
  const hash = await demoHash;
  for (const a of DEMO_ACCOUNTS) {
    if (!(await accountRepository.findByUsername(database.db, a.username))) {
      await accountRepository.insert(database.db, { ...a, passwordHash: hash });
    }
  }
}

export interface TestApp { app: FastifyInstance; database: TestDatabase; close(): Promise<void> }

export async function createTestApp(kind: EngineKind, opts: { seed?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  if (opts.seed !== false) await seedBasics(database);
  const app = await buildApp({ database, serveWeb: false });
  await app.ready();
  return { app, database, async close() { await app.close(); await database.drop(); } };
}

export interface Session { cookie: string; csrf: string; username: string }

let ipCounter = 10;
/** Each login comes from its own address so throttling tests do not interfere with other logins. */
export async function login(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await app.inject({
    method: 'POST', url: '/api/v1/auth/login', payload: { username, password },
    remoteAddress: `10.9.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`,
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0]! : setCookie!;
  return { cookie: raw.split(';')[0]!, csrf: res.json().csrfToken, username };
}

export async function call(
  app: FastifyInstance, session: Session | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string,
  payload?: unknown, headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const h: Record<string, string> = { ...headers };
  if (session) {
    h.cookie = session.cookie;
    if (method !== 'GET') h['x-csrf-token'] = session.csrf;
  }
  return app.inject({ method, url, payload: payload as never, headers: h });
}
