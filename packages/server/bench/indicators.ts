/**
 * `npm run bench:indicators` — how long the cockpit takes to compute a whole plan for 闵行区 and all its 街镇.
 *
 * For each engine (PGlite in a temp data folder; a fresh database on the PostgreSQL server at 127.0.0.1:5432 when it
 * answers, dropped afterwards) and each scale (1×, 10×, 100× the district's yearly volume), it fills a synthetic
 * dispute-like fact table `bench_facts` for every 街镇 of 闵行区 over 2021–2025 and registers ten SQL measures over it
 * (the terms of 000 附件1 nos. 8–9 and 003's three dispute rates). The bench plan is minhang-14 with its two dispute
 * indicators computed from those measures plus three more computed rates; its hand-entered indicators carry the demo
 * values. The fact source declares `updatedColumn: 'updated_at'`, so past years are pre-aggregated (plans/engine/
 * rollups.ts); the plan's years 2021–2025 are all past. It then reports the median time of:
 *   - the whole plan: every indicator for the district and each 街镇 and every year, judged (plansService.computeAll
 *     plus judging every unit's series), measured three ways in each run:
 *       cold  — rollups emptied first (every past year scanned and written to the rollup),
 *       warm  — the next compute, nothing changed (freshness probe + rollup read, no scan of the facts),
 *       write — after one past-year fact is updated (updated_at = now()): that one year is rescanned;
 *   - one plain aggregate query over the same rows (count by org unit and year),
 * and the ratios to it. 1× = 19,768 facts a year: 000 reports 59,754 mediation and 39,087 arbitration cases over 2016–2020.
 *
 * Options: --scales 1,10,100  --engines pglite,postgres  --runs 5
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import '../src/modules/index.ts'; // every module registers its measures before the plans load
import { openDatabase, type Database } from '../src/db/client.ts';
import { orgService } from '../src/modules/orgs/service.ts';
import { systemCtx } from '../src/platform/context.ts';
import { registerMeasures, type FactSource, type SqlMeasure } from '../src/platform/measures.ts';
import { planCatalog } from '../src/modules/plans/catalog.ts';
import { plansService } from '../src/modules/plans/service.ts';
import { generatePlanDemo } from '../src/modules/plans/demo.ts';
import { judge } from '../src/modules/plans/engine/judge.ts';

const YEARLY = Math.round((59754 + 39087) / 5);
const PG_ADMIN = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
}
const scales = arg('scales', '1,10,100').split(',').map(Number);
const engineList = arg('engines', 'pglite,postgres').split(',');
const runs = Number(arg('runs', '5'));

// ---- the bench measures (one fact source) ----
const source: FactSource = { name: 'bench_facts', table: 'bench_facts', orgColumn: 'org_code', updatedColumn: 'updated_at' };
const m = (name: string, label: string, where: string, extra: Partial<SqlMeasure> = {}): SqlMeasure => ({
  kind: 'sql', name: `bench.${name}`, label: { 'zh-CN': label, en: name }, unit: '件', source, aggregate: 'count',
  dateColumn: 'occurred_on', where, seedWords: 'benchmark', ...extra,
});
registerMeasures([
  m('mediationAccepted', '调解受理数', `kind = 'mediation'`),
  m('arbitrationAccepted', '仲裁受理数', `kind = 'arbitration'`),
  m('arbitrationAfterMediation', '调解组织调解不成由仲裁受理数', `kind = 'arbitration' and from_mediation`),
  m('reviewAccepted', '审查确认受理数', `kind = 'review'`),
  m('mediationSucceeded', '调解组织调解成功案件数', `kind = 'mediation' and outcome = 'agreement'`),
  m('arbitrationMediatedOrWithdrawn', '仲裁机构调解及撤诉案件数', `kind = 'arbitration' and outcome in ('mediated', 'withdrawn')`),
  m('mediationClosed', '调解组织结案数', `kind = 'mediation' and outcome is not null`),
  m('arbitrationClosed', '仲裁机构结案数', `kind = 'arbitration' and outcome is not null`),
  m('arbitrationFinal', '仲裁终结案件数', `kind = 'arbitration' and outcome is not null and not sued`),
  m('amountRecovered', '追回金额', `kind = 'arbitration' and outcome = 'award'`, { aggregate: 'sum', column: 'amount', unit: '元' }),
]);

function benchPlan(): unknown {
  const file = fileURLToPath(new URL('../src/modules/plans/data/minhang-14.json', import.meta.url));
  const p = JSON.parse(readFileSync(file, 'utf8'));
  p.id = 'bench-minhang';
  for (const ind of p.indicators) {
    if (ind.id === 'mediation-first-rate') {
      ind.formula = 'bench.mediationAccepted / (bench.mediationAccepted + bench.arbitrationAccepted − bench.arbitrationAfterMediation − bench.reviewAccepted) * 100%';
    }
    if (ind.id === 'comprehensive-mediation-rate') {
      ind.formula = '(bench.mediationSucceeded + bench.arbitrationMediatedOrWithdrawn) / (bench.mediationClosed + bench.arbitrationClosed − bench.arbitrationAfterMediation) * 100%';
    }
  }
  const extra = (id: string, no: number, name: string, formula: string) => ({
    id, no, category: '劳动关系', name, attribute: '预期性', unit: '%', baseline: null,
    target: { kind: 'end_level', value: 80, text: '80' }, definition: null, method: null, formula,
  });
  p.indicators.push(
    extra('arbitration-closure-rate', 12, '劳动人事争议仲裁结案率', 'bench.arbitrationClosed / bench.arbitrationAccepted * 100%'),
    extra('mediation-success-rate', 13, '劳动人事争议调解成功率', 'bench.mediationSucceeded / bench.mediationClosed * 100%'),
    extra('arbitration-finality-rate', 14, '劳动人事争议仲裁终结率', 'bench.arbitrationFinal / bench.arbitrationClosed * 100%'),
  );
  return p;
}

async function fill(database: Database, towns: string[], rows: number): Promise<void> {
  await database.exec(`drop table if exists bench_facts;
    create table bench_facts (id bigserial primary key, org_code text not null, occurred_on date not null, kind text not null,
      outcome text, from_mediation boolean not null default false, sued boolean not null default false, amount numeric not null default 0,
      updated_at timestamptz not null default '2026-01-01T00:00:00Z')`);
  const arr = `array[${towns.map((t) => `'${t}'`).join(',')}]`;
  const chunk = 500_000;
  for (let start = 1; start <= rows; start += chunk) {
    const end = Math.min(rows, start + chunk - 1);
    // deterministic pseudo-random columns from the row number; facts sit at 街镇 and 村居 level (12-digit codes)
    await database.exec(`insert into bench_facts (org_code, occurred_on, kind, outcome, from_mediation, sued, amount)
      select case when h % 3 = 0 then t || lpad(((h / 7) % 30)::text, 3, '0') else t end,
             date '2021-01-01' + (h % 1826)::int,
             case when h % 100 < 60 then 'mediation' when h % 100 < 95 then 'arbitration' else 'review' end,
             case when (h / 100) % 10 = 0 then null
                  when h % 100 < 60 then (case when (h / 1000) % 10 < 7 then 'agreement' else 'failed' end)
                  else (case (h / 1000) % 4 when 0 then 'award' when 1 then 'mediated' when 2 then 'withdrawn' else 'rejected' end) end,
             (h / 10000) % 5 = 0, (h / 100000) % 7 = 0, ((h / 13) % 50000)::numeric
      from (select g, (${arr})[1 + (g::bigint * 7919) % ${towns.length}] as t, (g::bigint * 2654435761) % 4294967296 as h
            from generate_series(${start}, ${end}) g) s`);
  }
  await database.exec(`create index bench_facts_org_date on bench_facts (org_code, occurred_on);
    create index bench_facts_date on bench_facts (occurred_on); -- like dispute_cases' index on each date column
    create index bench_facts_updated on bench_facts (updated_at); analyze bench_facts;`);
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

interface Result {
  engine: string; scale: number; rows: number; cold: number; warm: number; write: number; plain: number;
  queries: { cold: number; warm: number; write: number }; indicators: number; units: number;
}

function med(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function runEngine(engine: string, database: Database, out: Result[]): Promise<void> {
  await orgService.loadFromSource(database.db, { villages: false });
  const ctx = systemCtx(database.db, 'bench');
  const towns = (await orgService.listAll(ctx, { under: '310112', levels: ['township'] })).map((t) => t.code);
  await generatePlanDemo(database, 1, ['bench-minhang']);
  const plan = planCatalog.get('bench-minhang')!;
  for (const scale of scales) {
    const rows = YEARLY * 5 * scale;
    const t0 = performance.now();
    await fill(database, towns, rows);
    process.stderr.write(`  ${engine} ${scale}×: ${rows.toLocaleString('en')} rows loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    let units = 0;
    const wholePlan = async (): Promise<{ ms: number; queries: number; scans: number }> => {
      const t = performance.now();
      const f = await plansService.computeAll(ctx, 'bench-minhang', '310112');
      units = 1 + f.children.length;
      for (const ind of plan.indicators) {
        for (const u of [f.root, ...f.children]) {
          const s = f.indicator(ind.id, u);
          judge({ kind: ind.target.kind, targetValue: ind.target.value, period: plan.period, asOf: new Date(), values: s, baseline: ind.baseline?.value ?? null });
        }
      }
      return { ms: performance.now() - t, queries: f.queries, scans: f.scans };
    };
    const cold: number[] = [];
    const warm: number[] = [];
    const write: number[] = [];
    const queries = { cold: 0, warm: 0, write: 0 };
    // one warm-up of the process (JIT, plan cache), then `runs` rounds of cold → warm → one write
    await wholePlan();
    for (let i = 0; i <= runs; i++) {
      await database.exec(`delete from measure_rollups where source_key like 'bench_facts|%'; delete from measure_rollup_years where source_key like 'bench_facts|%'`);
      const c = await wholePlan();
      const w = await wholePlan();
      if (w.scans !== 0) throw new Error(`warm compute scanned the facts ${w.scans} times`);
      await database.exec(`update bench_facts set outcome = case when outcome = 'agreement' then 'failed' else 'agreement' end, updated_at = now()
        where id = ${1 + ((i * 7919) % rows)} and occurred_on < '2026-01-01'`);
      const u = await wholePlan();
      if (i === 0) continue; // the first round warms the rollup code paths
      cold.push(c.ms); warm.push(w.ms); write.push(u.ms);
      Object.assign(queries, { cold: c.queries, warm: w.queries, write: u.queries });
    }
    const plainMs = await median(() => database.query(
      `select org_code, extract(year from occurred_on)::int as year, count(*) from bench_facts
       where org_code like '310112%' and occurred_on >= '2021-01-01' and occurred_on < '2026-01-01' group by 1, 2`));
    const r: Result = { engine, scale, rows, cold: med(cold), warm: med(warm), write: med(write), plain: plainMs, queries, indicators: plan.indicators.length, units };
    out.push(r);
    process.stderr.write(`  ${engine} ${scale}×: cold ${r.cold.toFixed(1)} ms, warm ${r.warm.toFixed(1)} ms, after one write ${r.write.toFixed(1)} ms, plain ${plainMs.toFixed(1)} ms\n`);
  }
}

async function main(): Promise<void> {
  planCatalog.addForTest(benchPlan());
  const results: Result[] = [];
  if (engineList.includes('pglite')) {
    const dir = mkdtempSync(path.join(tmpdir(), 'renshe-bench-'));
    const database = await openDatabase({ dataDir: dir });
    try { await runEngine('PGlite', database, results); } finally { await database.close(); rmSync(dir, { recursive: true, force: true }); }
  }
  if (engineList.includes('postgres')) {
    const admin = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
    let ok = true;
    try { await admin.connect(); } catch { ok = false; process.stderr.write(`PostgreSQL at ${PG_ADMIN} does not answer; skipped\n`); }
    if (ok) {
      const name = `renshe_bench_${randomBytes(4).toString('hex')}`;
      await admin.query(`create database ${name}`);
      const url = new URL(PG_ADMIN);
      url.pathname = `/${name}`;
      const database = await openDatabase({ databaseUrl: url.toString() });
      try { await runEngine('PostgreSQL', database, results); } finally {
        await database.close();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    }
  }
  const ms = (x: number) => `${x.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ms`;
  const lines = [
    `Whole plan = ${results[0]?.indicators ?? '?'} indicators × ${results[0]?.units ?? '?'} units × 5 years.`,
    '',
    '| engine | scale | rows | cold | warm | after one write | plain aggregate | cold / plain | warm / plain | write / plain | queries (cold/warm/write) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.engine} | ${r.scale}× | ${r.rows.toLocaleString('en')} | ${ms(r.cold)} | ${ms(r.warm)} | ${ms(r.write)} | ${ms(r.plain)} | ${(r.cold / r.plain).toFixed(2)} | ${(r.warm / r.plain).toFixed(2)} | ${(r.write / r.plain).toFixed(2)} | ${r.queries.cold}/${r.queries.warm}/${r.queries.write} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(`\n1× = ${YEARLY.toLocaleString('en')} facts a year; median of ${runs} runs (each cold → warm → one write) after one warm-up round; plain aggregate: median of ${runs} after one warm-up; ${new Date().toISOString().slice(0, 10)}\n`);
}

await main();
