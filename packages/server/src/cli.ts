// The `renshe` command: serve, demo, orgs, admin, backup/restore, migrate — and the plan and module commands.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database } from './db/client.ts';
import { acquireDataDirLock } from './db/lock.ts';
import { buildApp } from './app.ts';
import { AppError } from './platform/errors.ts';
import { systemCtx } from './platform/context.ts';
import { isDemoLoaded, loadDemo, type Progress } from './demo/index.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/accounts.ts';
import { orgService } from './modules/orgs/service.ts';
import { accountService } from './modules/accounts/service.ts';
import { registerCliCommands } from './modules/cli.ts';

export const DEFAULT_DATA_DIR = process.env.RENSHE_DATA_DIR ?? './data';

/** A progress bar on a terminal, plain lines otherwise (CI logs). */
export function terminalProgress(): Progress {
  return {
    step(label, total) {
      if (process.stderr.isTTY) {
        const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(Math.max(total, 1), 0);
        return { tick: (n = 1) => bar.increment(n), done: () => bar.stop() };
      }
      let done = 0;
      let lastPct = -1;
      process.stderr.write(`${label} …\n`);
      return {
        tick(n = 1) {
          done += n;
          const pct = Math.floor((done / Math.max(total, 1)) * 10) * 10;
          if (pct !== lastPct && pct % 20 === 0) { lastPct = pct; process.stderr.write(`  ${label}: ${done}/${total} (${pct}%)\n`); }
        },
        done() { process.stderr.write(`  ${label}: done (${done})\n`); },
      };
    },
  };
}

export async function openFromOptions(o: { dataDir?: string; lock?: boolean }): Promise<Database> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  return openDatabase({ databaseUrl, dataDir: o.dataDir ?? DEFAULT_DATA_DIR, lock: o.lock ?? true });
}

function fail(err: unknown): never {
  if (err instanceof AppError) {
    process.stderr.write(`错误 ${err.code}: ${err.toBody('zh-CN').message}\nError ${err.code}: ${err.toBody('en').message}\n`);
  } else {
    process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  }
  process.exit(1);
}

const program = new Command();
program.name('renshe').description('人社通 Renshe — 就业和社会保障业务平台').showHelpAfterError();

const dataDirOption = () => new Option('--data-dir <dir>', 'PGlite data folder (ignored when DATABASE_URL is set)').default(DEFAULT_DATA_DIR);

program.command('serve')
  .description('start the server (API + web UI); PGlite in --data-dir unless DATABASE_URL is set')
  .option('--port <n>', 'port', (v) => Number(v), Number(process.env.PORT ?? 3000))
  .option('--host <host>', 'address to listen on', process.env.HOST ?? '0.0.0.0')
  .addOption(dataDirOption())
  .option('--demo', 'load the demo organisation on first start (what `npm start` does)', false)
  .option('--seed <n>', 'demo seed', (v) => Number(v), 20210101)
  .option('--no-web', 'API only')
  .action(async (o) => {
    try {
      const database = await openFromOptions({ dataDir: o.dataDir });
      process.stderr.write(`数据库 database: ${database.describe}\n`);
      if (await orgService.count(database.db) === 0) {
        const step = terminalProgress().step('组织机构 org units', 1);
        await orgService.loadFromSource(database.db);
        step.tick(); step.done();
      }
      let demoMode = await isDemoLoaded(database);
      if (o.demo && !demoMode && (await accountService.count(database.db)) === 0) {
        process.stderr.write('首次启动：载入演示数据 first start: loading the demo organisation\n');
        await loadDemo(database, { seed: o.seed, progress: terminalProgress() });
        demoMode = true;
      }
      if (!demoMode && (await accountService.count(database.db)) === 0) {
        process.stderr.write('尚无账号。请先运行 `npx renshe admin create` 创建第一个管理员。\nNo accounts yet: run `npx renshe admin create` to create the first administrator.\n');
      }
      const app = await buildApp({ database, logger: true, serveWeb: o.web, demoMode, secureCookies: process.env.COOKIE_SECURE === '1' });
      const shutdown = async () => { await app.close(); await database.close(); process.exit(0); };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      await app.listen({ port: o.port, host: o.host });
      process.stderr.write(`人社通 Renshe 已启动 running at http://localhost:${o.port}\n`);
      if (demoMode) process.stderr.write(`演示账号 demo accounts: ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')} / 密码 password ${DEMO_PASSWORD}\n`);
    } catch (err) { fail(err); }
  });

program.command('demo')
  .description('load the demo organisation (org units, one account per role, residents, cases …)')
  .addOption(dataDirOption())
  .option('--seed <n>', 'random seed; the same seed gives the same data', (v) => Number(v), 20210101)
  .action(async (o) => {
    try {
      const database = await openFromOptions({ dataDir: o.dataDir });
      const t0 = Date.now();
      await loadDemo(database, { seed: o.seed, progress: terminalProgress() });
      await database.close();
      process.stderr.write(`演示数据已载入 demo loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s (seed ${o.seed})\n`);
    } catch (err) { fail(err); }
  });

program.command('migrate')
  .description('apply pending database migrations (also done at every start)')
  .addOption(dataDirOption())
  .action(async (o) => {
    try {
      const database = await openFromOptions({ dataDir: o.dataDir });
      await database.close();
      process.stderr.write('数据库已是最新 migrations applied\n');
    } catch (err) { fail(err); }
  });

const orgs = program.command('orgs').description('org units');
orgs.command('list')
  .description('list org units')
  .option('--under <code>', 'only units under this division code (inclusive)')
  .option('--level <level...>', 'province | city | county | township | village')
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
  .addOption(dataDirOption())
  .action(async (o) => {
    try {
      const database = await openFromOptions({ dataDir: o.dataDir });
      if (await orgService.count(database.db) === 0) await orgService.loadFromSource(database.db);
      const rows = await orgService.listAll(systemCtx(database.db), { under: o.under, levels: o.level });
      await database.close();
      if (o.format === 'json') {
        process.stdout.write(JSON.stringify(rows.map(({ code, parentCode, name, level, special }) => ({ code, parentCode, name, level, special })), null, 2) + '\n');
      } else {
        for (const r of rows) process.stdout.write(`${r.code.padEnd(12)} ${r.level.padEnd(9)} ${r.special ? '特殊区域 ' : ''}${r.name}\n`);
        process.stderr.write(`${rows.length} org units\n`);
      }
    } catch (err) { fail(err); }
  });

const admin = program.command('admin').description('administration');
admin.command('create')
  .description('create a 系统管理员 account (how an installation outside demo mode gets its first password)')
  .requiredOption('--username <name>')
  .requiredOption('--org <code>', 'org unit the administrator is bound to, e.g. 310112')
  .option('--name <displayName>', 'display name', '系统管理员')
  .option('--password <password>', 'password (or set RENSHE_ADMIN_PASSWORD)')
  .addOption(dataDirOption())
  .action(async (o) => {
    try {
      const password = o.password ?? process.env.RENSHE_ADMIN_PASSWORD;
      if (!password) throw new AppError('FIELD_REQUIRED', { field: 'password' });
      const database = await openFromOptions({ dataDir: o.dataDir });
      if (await orgService.count(database.db) === 0) await orgService.loadFromSource(database.db);
      const acc = await accountService.createFirstAdmin(database.db, { username: o.username, displayName: o.name, orgCode: o.org, password });
      await database.close();
      process.stdout.write(`已创建管理员 created ${acc.username} (${acc.orgName ?? acc.orgCode})\n`);
    } catch (err) { fail(err); }
  });

program.command('backup')
  .description('write a consistent snapshot of the embedded database (for PostgreSQL use pg_dump, see README)')
  .requiredOption('--to <file>', 'snapshot file (.tar.gz)')
  .addOption(dataDirOption())
  .action(async (o) => {
    try {
      if (process.env.DATABASE_URL) {
        throw new AppError('CONFLICT', { params: { detail: 'DATABASE_URL is set: back up a PostgreSQL server with pg_dump (see README)' } });
      }
      if (!existsSync(path.join(o.dataDir, 'pg'))) throw new AppError('CONFLICT', { params: { detail: `no embedded database in ${o.dataDir}` } });
      // Holding the data-folder lock guarantees no server writes while the snapshot is taken.
      const lock = acquireDataDirLock(o.dataDir);
      try {
        const client = await PGlite.create(path.join(o.dataDir, 'pg'));
        const blob = await client.dumpDataDir('gzip');
        await client.close();
        writeFileSync(o.to, Buffer.from(await blob.arrayBuffer()));
        process.stdout.write(`已备份 backup written: ${o.to} (${(blob.size / 1024 / 1024).toFixed(1)} MB)\n`);
      } finally { lock.release(); }
    } catch (err) { fail(err); }
  });

program.command('restore')
  .description('restore a snapshot made by `renshe backup` into an empty data folder')
  .argument('<file>', 'snapshot file')
  .addOption(dataDirOption())
  .action(async (file: string, o) => {
    try {
      if (existsSync(o.dataDir) && readdirSync(o.dataDir).length > 0) {
        throw new AppError('CONFLICT', { params: { detail: `data folder ${o.dataDir} is not empty; restore only into an empty folder` } });
      }
      mkdirSync(o.dataDir, { recursive: true });
      const lock = acquireDataDirLock(o.dataDir);
      try {
        const blob = new Blob([readFileSync(file)]);
        const client = await PGlite.create({ dataDir: path.join(o.dataDir, 'pg'), loadDataDir: blob });
        await client.query('select 1');
        await client.close();
      } finally { lock.release(); }
      const database = await openFromOptions({ dataDir: o.dataDir });
      await database.close();
      process.stdout.write(`已恢复 restored ${file} into ${o.dataDir}\n`);
    } catch (err) { fail(err); }
  });

registerCliCommands(program, { openFromOptions, dataDirOption, fail, terminalProgress });

await program.parseAsync(process.argv);
