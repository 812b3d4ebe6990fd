/**
 * `npm run bench:disputes` — the disputes module at 10× 闵行区's yearly volume (000: 59,754 mediation and 39,087
 * arbitration cases over 2016–2020, about 12,000 + 7,800 a year; 10× ≈ 200,000 cases in one year).
 *
 * For each engine (a fresh database on the PostgreSQL server at 127.0.0.1:5432, dropped afterwards; PGlite in memory)
 * it loads the cases with the demo generator, starts the real server on 127.0.0.1 and drives it with autocannon
 * (50 connections, bounded duration):
 *   - the case list with filters (state / stage / 街镇 / date range / deadline / collective, rotating), as 区局业务人员;
 *   - a state change (预约调解: med_assigned → med_scheduled, each request on its own case with its version), as 调解员;
 * and times the recomputation of the dispute indicators of minhang-14 for the district and every 街镇 and year.
 *
 * Options: --engines postgres,pglite  --scale 10  --duration 10  --connections 50
 */
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { performance as perf } from 'node:perf_hooks';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result as CannonResult } from 'autocannon';
import pg from 'pg';
import '../src/modules/index.ts';
import { buildApp } from '../src/app.ts';
import { openDatabase, type Database } from '../src/db/client.ts';
import { DEMO_PASSWORD } from '../src/demo/accounts.ts';
import { silentProgress } from '../src/demo/index.ts';
import { generateCases } from '../src/modules/disputes/demo.ts';
import { plansService } from '../src/modules/plans/service.ts';
import { systemCtx } from '../src/platform/context.ts';
import { seedBasics } from '../test/harness.ts';

const PG_ADMIN = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
}
const engineList = arg('engines', 'postgres,pglite').split(',');
const scale = Number(arg('scale', '10'));
const duration = Number(arg('duration', '10'));
const connections = Number(arg('connections', '50'));
const YEAR = '2025';
const OPEN_CASES = 40_000;

interface Row { engine: string; cases: number; load: string; what: string; p50: string; p99: string; rps: string; errors: string; elu?: string }

async function openEngine(kind: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({});
    return { database, drop: () => database.close() };
  }
  const name = `renshe_bench_disputes_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 20 });
  return {
    database,
    async drop() {
      await database.close();
      // RENSHE_BENCH_KEEP_DB=1 keeps the database for looking at query plans afterwards.
      if (process.env.RENSHE_BENCH_KEEP_DB === '1') { process.stderr.write(`kept database ${name}\n`); return; }
      const a = new pg.Client({ connectionString: PG_ADMIN });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

async function loginHttp(base: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return { cookie, csrf: (await res.json()).csrfToken };
}

/** autocannon in a child process (bench/disputesLoad.ts): the load generator must not share the server's event loop. */
function cannon(cfg: { url: string; method: string; headers: Record<string, string>; paths: string[]; bodies?: string[] }): Promise<CannonResult & { sent: number; elu: number }> {
  const elu0 = perf.eventLoopUtilization();
  return new Promise((resolve, reject) => {
    const file = path.join(tmpdir(), `renshe-bench-load-${process.pid}-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify({ ...cfg, connections, duration }));
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./disputesLoad.ts', import.meta.url)), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code) => (rmSync(file, { force: true }), code === 0 ? resolve({ ...JSON.parse(out), elu: perf.eventLoopUtilization(elu0).utilization }) : reject(new Error(`load generator exited with ${code}`))));
  });
}

function report(r: Row, rows: Row[]) {
  rows.push(r);
  process.stderr.write(`  ${r.engine} · ${r.what}: p50 ${r.p50}, p99 ${r.p99}, ${r.rps} req/s, non-2xx ${r.errors}, server event loop busy ${r.elu ?? '—'}\n`);
}

async function benchEngine(kind: string, rows: Row[]): Promise<void> {
  const { database, drop } = await openEngine(kind);
  try {
    await seedBasics(database);
    const t0 = Date.now();
    const n = await generateCases(database, { seed: 20210101, progress: silentProgress, from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, scale, withEvents: false });
    // Open cases for the state-change run: assigned to the demo mediator, waiting for a session to be booked.
    const [med] = await database.query<{ id: string; organisation_id: string }>(
      `select s.id, s.organisation_id from dispute_staff s join accounts a on a.id = s.account_id where a.username = 'mediator'`);
    await database.exec(`INSERT INTO dispute_cases (tracking_code, org_code, channel, entry_path, state, filed_on, applicant_name,
        applicant_resident_id, respondent_name, respondent_uscc, claims, amount_claimed, facts, mediation_org_id, mediator_id,
        mediation_received_on, mediation_deadline, current_deadline, handler_staff_id)
      SELECT 'BENCH-' || g, '310112102', 'walk_in', 'mediation', 'med_assigned', current_date - (g % 10), '测试', '11010519491231002X',
        '上海测试有限公司', '91350100M000100Y43', '[{"type":"wages","amount":1000}]'::jsonb, 1000, '基准测试',
        '${med!.organisation_id}', '${med!.id}', current_date - (g % 10), current_date - (g % 10) + 15, current_date - (g % 10) + 15, '${med!.id}'
      FROM generate_series(1, ${OPEN_CASES}) g`);
    if (kind === 'postgres') await database.exec('ANALYZE');
    const openIds = (await database.query<{ id: string }>(`select id from dispute_cases where tracking_code like 'BENCH-%' order by tracking_code`)).map((r) => r.id);
    const load = `${((Date.now() - t0) / 1000).toFixed(0)} s`;
    const total = n + OPEN_CASES;
    process.stderr.write(`${kind}: ${total} cases loaded in ${load}\n`);

    const app = await buildApp({ database, serveWeb: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address() as { port: number };
    const base = `http://127.0.0.1:${addr.port}`;
    try {
      const staff = await loginHttp(base, 'staff');
      const mediator = await loginHttp(base, 'mediator');
      const filters = [
        `stage=mediation&orgCode=310112102&from=${YEAR}-03-01&to=${YEAR}-09-30`,
        `state=arb_hearing&state=arb_accepted&pageSize=50`,
        `deadline=overdue&stage=arbitration`,
        `collective=true&from=${YEAR}-01-01&to=${YEAR}-06-30`,
        `orgCode=310112101&state=med_agreed&page=3`,
        `state=arb_awarded&from=${YEAR}-10-01`,
      ];
      const list = await cannon({ url: base, method: 'GET', headers: { cookie: staff.cookie }, paths: filters.map((f) => `/api/v1/disputes/cases?${f}`) });
      const summ = await cannon({ url: base, method: 'GET', headers: { cookie: staff.cookie }, paths: filters.map((f) => `/api/v1/disputes/cases/summary?${f}`) });
      report({ engine: kind, cases: total, load, what: 'case list totals (count + amounts, same filters)', p50: `${summ.latency.p50} ms`, p99: `${summ.latency.p99} ms`, rps: summ.requests.average.toFixed(0), errors: `${summ.non2xx + summ.errors}`, elu: `${(summ.elu * 100).toFixed(0)}%` }, rows);
      report({ engine: kind, cases: total, load, what: 'case list with filters', p50: `${list.latency.p50} ms`, p99: `${list.latency.p99} ms`, rps: list.requests.average.toFixed(0), errors: `${list.non2xx + list.errors}`, elu: `${(list.elu * 100).toFixed(0)}%` }, rows);

      const sessionAt = new Date(Date.now() + 86_400_000).toISOString();
      const change = await cannon({
        url: base, method: 'POST', headers: { cookie: mediator.cookie, 'x-csrf-token': mediator.csrf, 'content-type': 'application/json' },
        paths: openIds.map((id) => `/api/v1/disputes/cases/${id}/schedule`),
        bodies: [JSON.stringify({ version: 1, sessionAt, place: '一号调解室' })],
      });
      if (change.sent > openIds.length) process.stderr.write(`  (more requests than open cases: ${change.sent - openIds.length} repeated, answered 409)\n`);
      report({ engine: kind, cases: total, load, what: 'state change (预约调解)', p50: `${change.latency.p50} ms`, p99: `${change.latency.p99} ms`, rps: change.requests.average.toFixed(0), errors: `${change.non2xx + change.errors}`, elu: `${(change.elu * 100).toFixed(0)}%` }, rows);
    } finally {
      await app.close();
    }

    const ctx = systemCtx(database.db, 'bench', '310112');
    await plansService.computeAll(ctx, 'minhang-14', '310112'); // warm
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const s = performance.now();
      const f = await plansService.computeAll(ctx, 'minhang-14', '310112');
      for (const id of ['mediation-first-rate', 'comprehensive-mediation-rate']) for (const u of [f.root, ...f.children]) f.indicator(id, u);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    report({ engine: kind, cases: total, load, what: 'recompute dispute indicators (minhang-14, district + every 街镇, 2021–2025)', p50: `${times[2]!.toFixed(0)} ms`, p99: `${times[4]!.toFixed(0)} ms (max of 5)`, rps: '—', errors: '0' }, rows);
  } finally {
    await drop();
  }
}

const rows: Row[] = [];
for (const e of engineList) {
  if (e === 'postgres') {
    const c = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
    try { await c.connect(); await c.end(); } catch { process.stderr.write('PostgreSQL not reachable: skipped\n'); continue; }
  }
  await benchEngine(e, rows);
}
const head = '| engine | cases | load | what | p50 | p99 | req/s | errors | server event loop busy |';
console.log(`\nbench:disputes — ${new Date().toISOString().slice(0, 10)}, ${connections} connections, ${duration} s each, scale ${scale}×\n`);
console.log(head);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.engine} | ${r.cases.toLocaleString('en')} | ${r.load} | ${r.what} | ${r.p50} | ${r.p99} | ${r.rps} | ${r.errors} | ${r.elu ?? '—'} |`);
process.exit(0);
