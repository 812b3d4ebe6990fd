// One schema, one ordered set of migrations, on both engines; the data-folder lock; backup and restore.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, cpSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, runMigrations, migrationsFolder } from '../src/db/client.ts';
import { createTestDatabase, engines } from './harness.ts';

const tmpDirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'renshe-db-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => { for (const d of tmpDirs) rmSync(d, { recursive: true, force: true }); });

const renshe = path.resolve(import.meta.dirname, '../bin/renshe.js');
function cli(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _omit, ...rest } = process.env;
  return spawnSync(process.execPath, [renshe, ...args], { encoding: 'utf8', env: { ...rest, ...env }, timeout: 120_000 });
}

describe.each(await engines())('migrations on %s', (engine) => {
  it('apply idempotently: a second run changes nothing', async () => {
    const db = await createTestDatabase(engine);
    try {
      const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations'))[0]!.n;
      const applied = await count();
      expect(applied).toBeGreaterThanOrEqual(2);
      await runMigrations(db);
      expect(await count()).toBe(applied);
      const tables = await db.query<{ table_name: string }>(`select table_name from information_schema.tables where table_schema = 'public'`);
      expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['org_units', 'accounts', 'sessions', 'audit_log', 'persons']));
    } finally { await db.drop(); }
  });

  it('leave the database as it was when a migration fails', async () => {
    const db = await createTestDatabase(engine);
    try {
      // A copy of the real migrations plus two new ones, the second broken.
      const folder = tmp();
      cpSync(migrationsFolder, folder, { recursive: true });
      const journalPath = path.join(folder, 'meta/_journal.json');
      const journal = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(journalPath, 'utf8')));
      const last = journal.entries[journal.entries.length - 1];
      const add = (tag: string, body: string, offset: number) => {
        writeFileSync(path.join(folder, `${tag}.sql`), body);
        journal.entries.push({ idx: journal.entries.length, version: '7', when: last.when + offset, tag, breakpoints: true });
      };
      add('9998_good', 'CREATE TABLE migration_probe (id int);', 1000);
      add('9999_broken', 'ALTER TABLE no_such_table ADD COLUMN x int;', 2000);
      writeFileSync(journalPath, JSON.stringify(journal));
      await expect(runMigrations(db, folder)).rejects.toThrow();
      const probe = await db.query(`select 1 from information_schema.tables where table_name = 'migration_probe'`);
      expect(probe).toHaveLength(0);
      const n = (await db.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations'))[0]!.n;
      expect(n).toBe(journal.entries.length - 2);
    } finally { await db.drop(); }
  });
});

describe('embedded data folder', () => {
  it('refuses a second server on a folder already in use, and says why', async () => {
    const dir = tmp();
    const first = await openDatabase({ dataDir: dir, lock: true });
    try {
      await expect(openDatabase({ dataDir: dir, lock: true })).rejects.toMatchObject({ code: 'DATA_DIR_IN_USE' });
      const second = cli(['serve', '--data-dir', dir, '--port', '0']);
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/DATA_DIR_IN_USE/);
      expect(second.stderr).toMatch(/正被另一个 Renshe 服务/);
      expect(second.stderr).toContain(`process ${process.pid}`);
    } finally { await first.close(); }
    // Released on close: a new server may open it.
    const again = await openDatabase({ dataDir: dir, lock: true });
    await again.close();
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dir = tmp();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'renshe.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname() }));
    const db = await openDatabase({ dataDir: dir, lock: true });
    await db.close();
  });

  it('backs up a consistent snapshot and restores it into an empty folder', async () => {
    const dir = tmp();
    const db = await openDatabase({ dataDir: dir });
    await db.db.execute(sql`insert into settings (key, value) values ('backup-probe', '{"n": 42}'::jsonb)`);
    await db.close();
    const file = path.join(tmp(), 'snapshot.tar.gz');
    const backup = cli(['backup', '--to', file, '--data-dir', dir]);
    expect(backup.status, backup.stderr).toBe(0);
    const target = path.join(tmp(), 'restored');
    const restore = cli(['restore', file, '--data-dir', target]);
    expect(restore.status, restore.stderr).toBe(0);
    const restored = await openDatabase({ dataDir: target });
    const rows = await restored.query<{ value: { n: number } }>(`select value from settings where key = 'backup-probe'`);
    await restored.close();
    expect(rows[0]?.value).toEqual({ n: 42 });
    // Restoring over existing data is refused.
    const again = cli(['restore', file, '--data-dir', target]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/not empty/);
    expect(readdirSync(target)).toContain('pg');
  });

  it('lists the org units with the CLI, special units marked', () => {
    const dir = tmp();
    const res = cli(['orgs', 'list', '--under', '310112', '--format', 'json', '--data-dir', dir]);
    expect(res.status, res.stderr).toBe(0);
    const units = JSON.parse(res.stdout) as { code: string; name: string; level: string; special: boolean; parentCode: string }[];
    const byName = new Map(units.map((u) => [u.name, u]));
    expect(byName.get('闵行区')).toMatchObject({ code: '310112', level: 'county', parentCode: '31' });
    expect(byName.get('莘庄镇')).toMatchObject({ code: '310112101', level: 'township', special: false, parentCode: '310112' });
    expect(byName.get('莘庄工业区')).toMatchObject({ code: '310112501', special: true });
    expect(units.filter((u) => u.level === 'township')).toHaveLength(14);
    expect(units.some((u) => u.level === 'village')).toBe(true);
    expect(units.every((u) => u.code.startsWith('310112'))).toBe(true);
  });
});
