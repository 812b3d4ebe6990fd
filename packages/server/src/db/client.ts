// Opens the one schema on either engine: PGlite in a data folder (embedded default) or a PostgreSQL server
// chosen by DATABASE_URL. Everything above this file sees the same `Db` type.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.ts';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; it is a Db, so repositories take either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;
export type EngineKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: EngineKind;
  /** Run raw SQL text (several statements allowed) — for tests, benchmarks and bulk loads. */
  exec(sqlText: string): Promise<void>;
  /** Rows of one query with parameters ($1, $2 …), int8 as numbers on both engines. */
  query<T = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<T[]>;
  /** Embedded engine only: a gzip tarball of the data folder. */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
  describe: string;
}

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export interface OpenOptions {
  /** PostgreSQL connection string; when absent the embedded engine is used. */
  databaseUrl?: string;
  /** PGlite data folder; `memory://` (or undefined with no URL) keeps it in memory. */
  dataDir?: string;
  /** Hold an exclusive lock on the data folder (servers do; a second server refuses to start). */
  lock?: boolean;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  poolSize?: number;
}

// Through `pg`, int8 and count(*) arrive as strings; through PGlite as numbers. Normalise here, once.
const INT8_OID = 20;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const database = opts.databaseUrl ? await openPostgres(opts) : await openPglite(opts);
  if (opts.migrate !== false) {
    try {
      await runMigrations(database);
    } catch (err) {
      await database.close();
      throw err;
    }
  }
  return database;
}

async function openPostgres(opts: OpenOptions): Promise<Database> {
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 20, types: pgTypes });
  // An idle client's connection can end under us (server restart, pg_terminate_backend, DROP DATABASE … WITH
  // (FORCE) racing pool.end()): the pool drops that client and the next checkout opens a new one. Without a
  // listener the 'error' event would crash the process.
  let ending = false;
  pool.on('error', (err) => {
    if (!ending) process.stderr.write(`PostgreSQL idle connection lost: ${err.message}\n`);
  });
  // Fail fast with a clear message when the server is not there.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  const url = new URL(opts.databaseUrl!);
  return {
    db,
    kind: 'postgres',
    describe: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`,
    async exec(text) { await pool.query(text); },
    async query(text, params) { return (await pool.query(text, params as unknown[])).rows; },
    async close() { ending = true; await pool.end(); },
  };
}

async function openPglite(opts: OpenOptions): Promise<Database> {
  const inMemory = !opts.dataDir || opts.dataDir.startsWith('memory://');
  let lock: DataDirLock | undefined;
  if (!inMemory) {
    mkdirSync(opts.dataDir!, { recursive: true });
    if (opts.lock) lock = acquireDataDirLock(opts.dataDir!);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(inMemory ? undefined : path.join(opts.dataDir!, 'pg'));
  } catch (err) {
    lock?.release();
    throw err;
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    describe: inMemory ? 'PGlite (in memory)' : `PGlite ${path.resolve(opts.dataDir!)}`,
    async exec(text) { await client.exec(text); },
    async query(text, params) { return (await client.query(text, params as unknown[])).rows as never[]; },
    async dumpDataDir() { return client.dumpDataDir('gzip'); },
    async close() {
      await client.close();
      lock?.release();
    },
  };
}

/**
 * Apply pending migrations. drizzle runs all pending files in one transaction, so a failing migration leaves the
 * database as it was; already-applied files are skipped, so this is idempotent. On a server, concurrent starts of
 * several instances are serialised with an advisory lock.
 */
export async function runMigrations(database: Database, folder = migrationsFolder): Promise<void> {
  if (database.kind === 'postgres') {
    await database.exec('SELECT pg_advisory_lock(7310112)');
    try {
      await migratePg(database.db as never, { migrationsFolder: folder });
    } finally {
      await database.exec('SELECT pg_advisory_unlock(7310112)');
    }
  } else {
    await migratePglite(database.db as never, { migrationsFolder: folder });
  }
}

export async function databaseNow(db: Executor): Promise<Date> {
  const rows = await db.execute(sql`select now() as now`);
  const r = (rows as unknown as { rows?: { now: string | Date }[] }).rows ?? (rows as unknown as { now: string | Date }[]);
  return new Date(r[0]!.now);
}
