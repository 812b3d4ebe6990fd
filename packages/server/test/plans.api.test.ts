// The plans cockpit API on both engines: roll-up (a district rate is the rate of the summed measures, not the mean
// of 街镇 rates), hand entry (validation naming the field, nothing written on bad input, audit, version conflicts),
// org-unit scoping (a 街镇 account reads only its own unit and enters nothing), the Excel export and the CLI data.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, engines, login, type Session, type TestApp } from './harness.ts';
import { registerMeasures, type FactSource } from '../src/platform/measures.ts';
import { planCatalog } from '../src/modules/plans/catalog.ts';
import { plansCli } from '../src/modules/plans/cli.ts';
import { twoIndicatorPlan } from './planFixture.ts';

const source: FactSource = { name: 'test_plan_facts', table: 'test_plan_facts', orgColumn: 'org_code' };
registerMeasures([
  { kind: 'sql', name: 'plantest.accepted', label: { 'zh-CN': '受理数', en: 'accepted' }, unit: '件', source, aggregate: 'count',
    dateColumn: 'happened_on', where: `kind in ('ok', 'fail')`, seedWords: 'test' },
  { kind: 'sql', name: 'plantest.succeeded', label: { 'zh-CN': '成功数', en: 'succeeded' }, unit: '件', source, aggregate: 'count',
    dateColumn: 'happened_on', where: `kind = 'ok'`, seedWords: 'test' },
  { kind: 'sql', name: 'plantest.amount', label: { 'zh-CN': '金额', en: 'amount' }, unit: '元', source, aggregate: 'sum', column: 'amount',
    dateColumn: 'happened_on', where: `kind = 'ok'`, seedWords: 'test' },
]);

const TEST_PLAN = twoIndicatorPlan('plantest-rollup', 'plantest', { start: 2021, end: 2025 });

const XINZHUANG = '310112101';
const QIBAO = '310112102';

describe.each(await engines())('plans cockpit API on %s', (engine) => {
  let t: TestApp;
  let staff: Session;
  let leader: Session;
  let xinzhuang: Session;
  let qibao: Session;

  beforeAll(async () => {
    t = await createTestApp(engine);
    planCatalog.addForTest(TEST_PLAN);
    await t.database.exec(`create table test_plan_facts (id serial primary key, org_code text not null, happened_on date not null, kind text not null, amount numeric not null default 0)`);
    // 莘庄镇: 1 of 1 succeeded (100%); 七宝镇: 10 of 100 succeeded (10%). Mean of the rates 55%; district 11/101.
    await t.database.exec(`
      insert into test_plan_facts (org_code, happened_on, kind, amount) values ('${XINZHUANG}', '2023-05-01', 'ok', 7);
      insert into test_plan_facts (org_code, happened_on, kind, amount)
        select '${QIBAO}001001', date '2023-03-01' + (g % 200), case when g <= 10 then 'ok' else 'fail' end, 3 from generate_series(1, 100) g;
      insert into test_plan_facts (org_code, happened_on, kind) values ('310114101', '2023-05-01', 'ok'), ('${XINZHUANG}', '2019-05-01', 'ok'), ('${XINZHUANG}', '2023-05-01', 'other');`);
    [staff, leader, xinzhuang, qibao] = await Promise.all(['staff', 'leader', 'xinzhuang', 'qibao'].map((u) => login(t.app, u)));
  });
  afterAll(async () => { await t?.close(); });

  it('rolls up by summing the measures, then applying the formula', async () => {
    const d = await call(t.app, leader, 'GET', `/api/v1/plans/${TEST_PLAN.id}/indicators/success-rate?year=2023`);
    expect(d.statusCode).toBe(200);
    const body = d.json();
    expect(body.unit.code).toBe('310112');
    const district = body.series.find((s: { year: number }) => s.year === 2023).value;
    expect(district).toBeCloseTo((11 / 101) * 100, 6);
    expect(district).not.toBeCloseTo(55, 1);
    const byUnit = new Map(body.byUnit.map((u: { code: string; value: number | null }) => [u.code, u.value]));
    expect(byUnit.get(XINZHUANG)).toBe(100);
    expect(byUnit.get(QIBAO)).toBe(10);
    expect(byUnit.get('310112103')).toBeNull(); // 0 / 0 = no data
    const measures = new Map(body.indicator.measures.map((m: { name: string; value: number }) => [m.name, m.value]));
    expect(measures.get('plantest.accepted')).toBe(101);
    expect(measures.get('plantest.succeeded')).toBe(11);
    expect(body.indicator.judgement.status).toBe('lagging');
    // a sum measure, cumulated over the period
    const amount = await call(t.app, leader, 'GET', `/api/v1/plans/${TEST_PLAN.id}/indicators/amount?year=2023`);
    expect(amount.json().series.find((s: { year: number }) => s.year === 2023).value).toBe(37);
    // the 街镇 view: a 七宝镇 account sees 七宝镇's own rate
    const own = await call(t.app, qibao, 'GET', `/api/v1/plans/${TEST_PLAN.id}?year=2023`);
    expect(own.json().unit.code).toBe(QIBAO);
    expect(own.json().indicators[0].yearValue).toBe(10);
  });

  it('lists the plans and shows every indicator of minhang-14 with its target text', async () => {
    const list = await call(t.app, leader, 'GET', '/api/v1/plans');
    const ids = list.json().items.map((p: { id: string }) => p.id);
    expect(ids).toContain('minhang-14');
    expect(ids).toContain('shanghai-13'); // the city's plan: 闵行区 is inside its region
    expect(ids).not.toContain('jiading-14');
    const d = await call(t.app, leader, 'GET', '/api/v1/plans/minhang-14');
    expect(d.statusCode).toBe(200);
    const rows = d.json().indicators as Array<{ name: string; target: { text: string }; judgement: { status: string }; kind: string }>;
    expect(rows.find((r) => r.name === '新增就业人数')?.target.text).toBe('16万');
    expect(d.json().children.length).toBeGreaterThan(10);
    const other = await call(t.app, leader, 'GET', '/api/v1/plans/jiading-14');
    expect(other.statusCode).toBe(404);
    const closed = await call(t.app, leader, 'GET', '/api/v1/plans/minhang-13');
    const jobs = closed.json().indicators.find((r: { id: string }) => r.id === 'new-jobs');
    expect(jobs).toMatchObject({ current: 16.2, source: 'hand-entered', judgement: { status: 'achieved', achieved: 16.2, target: 15 } });
    expect(jobs.evidence).toContain('000');
  });

  it('validates hand entry, naming the field and writing nothing', async () => {
    const url = '/api/v1/plans/minhang-14/indicators/startups-supported/values';
    const bad: Array<[unknown, string]> = [
      [{ orgCode: XINZHUANG, year: 2022, value: 'abc', evidence: '区统计' }, 'value'],
      [{ orgCode: XINZHUANG, year: 2022, value: -5, evidence: '区统计' }, 'value'],
      [{ orgCode: XINZHUANG, year: 2030, value: 5, evidence: '区统计' }, 'year'],
      [{ orgCode: XINZHUANG, year: 2019, value: 5, evidence: '区统计' }, 'year'],
      [{ orgCode: XINZHUANG, year: 2022, value: 5, evidence: '  ' }, 'evidence'],
      [{ orgCode: XINZHUANG, year: 2022, value: 5 }, 'evidence'],
      [{ orgCode: XINZHUANG, year: 2022, evidence: '区统计' }, 'value'],
      [{ orgCode: '310114101', year: 2022, value: 5, evidence: '区统计' }, 'orgCode'],
      [{ orgCode: '3101129999', year: 2022, value: 5, evidence: '区统计' }, 'orgCode'],
    ];
    for (const [payload, field] of bad) {
      const res = await call(t.app, staff, 'POST', url, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().field).toBe(field);
    }
    const milestone = await call(t.app, staff, 'POST', '/api/v1/plans/minhang-14/indicators/pension-coverage/values', { orgCode: '310112', year: 2022, evidence: '区人社局年报' });
    expect(milestone.statusCode).toBe(400);
    expect(milestone.json().field).toBe('met');
    const computed = await call(t.app, staff, 'POST', `/api/v1/plans/${TEST_PLAN.id}/indicators/success-rate/values`, { orgCode: XINZHUANG, year: 2022, value: 5, evidence: 'x' });
    expect(computed.json().code).toBe('INDICATOR_COMPUTED');
    const closed = await call(t.app, staff, 'POST', '/api/v1/plans/minhang-13/indicators/new-jobs/values', { orgCode: '310112', year: 2020, value: 5, evidence: 'x' });
    expect(closed.statusCode).toBe(409);
    const n = await t.database.query<{ n: number }>('select count(*)::int as n from plan_manual_values');
    expect(n[0]!.n).toBe(0);
  });

  it('records a value with its evidence, audits it, refuses a stale version, and rolls hand-entered counts up', async () => {
    const url = '/api/v1/plans/minhang-14/indicators/startups-supported/values';
    const first = await call(t.app, staff, 'POST', url, { orgCode: XINZHUANG, year: 2022, value: 120, evidence: '莘庄镇2022年创业统计表' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ orgCode: XINZHUANG, year: 2022, value: 120, version: 1, demo: false, authorName: '李科员' });
    const audit = await t.database.query<{ action: string; actor_name: string; after: { value: string } }>(
      `select action, actor_name, after from audit_log where entity = 'plan_value' and entity_id = $1`, [first.json().id]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'plans.value.create', actor_name: '李科员' });
    // a second write without the current version loses
    const stale = await call(t.app, staff, 'POST', url, { orgCode: XINZHUANG, year: 2022, value: 130, evidence: '更正' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const update = await call(t.app, staff, 'POST', url, { orgCode: XINZHUANG, year: 2022, value: 130, evidence: '更正', version: 1 });
    expect(update.statusCode).toBe(201);
    expect(update.json().version).toBe(2);
    const again = await call(t.app, staff, 'POST', url, { orgCode: XINZHUANG, year: 2022, value: 140, evidence: '再更正', version: 1 });
    expect(again.statusCode).toBe(409);
    await call(t.app, staff, 'POST', url, { orgCode: QIBAO, year: 2022, value: 70, evidence: '七宝镇2022年创业统计表' });
    const audits = await t.database.query<{ n: number }>(`select count(*)::int as n from audit_log where entity = 'plan_value'`);
    expect(audits[0]!.n).toBe(3);
    // district = sum of the 街镇 (a count); the judgement uses it
    const d = await call(t.app, leader, 'GET', '/api/v1/plans/minhang-14/indicators/startups-supported?year=2022');
    const body = d.json();
    expect(body.series.find((s: { year: number }) => s.year === 2022).value).toBe(200);
    expect(body.indicator).toMatchObject({ source: 'hand-entered', current: 200, kind: 'hand-entered' });
    expect(body.entries).toHaveLength(2);
    expect(body.canEnter).toBe(false); // 区局领导 reads only
  });

  it('keeps a 街镇 account to its own unit and lets it enter nothing', async () => {
    const enter = await call(t.app, xinzhuang, 'POST', '/api/v1/plans/minhang-14/indicators/startups-supported/values', { orgCode: XINZHUANG, year: 2023, value: 1, evidence: 'x' });
    expect(enter.statusCode).toBe(403);
    const leaderEnter = await call(t.app, leader, 'POST', '/api/v1/plans/minhang-14/indicators/startups-supported/values', { orgCode: XINZHUANG, year: 2023, value: 1, evidence: 'x' });
    expect(leaderEnter.statusCode).toBe(403);
    const otherTown = await call(t.app, xinzhuang, 'GET', `/api/v1/plans/minhang-14?org=${QIBAO}`);
    expect(otherTown.statusCode).toBe(404);
    const otherInd = await call(t.app, xinzhuang, 'GET', `/api/v1/plans/minhang-14/indicators/startups-supported?org=${QIBAO}&year=2022`);
    expect(otherInd.statusCode).toBe(404);
    const district = await call(t.app, xinzhuang, 'GET', `/api/v1/plans/minhang-14?org=310112`);
    expect(district.statusCode).toBe(404);
    const own = await call(t.app, xinzhuang, 'GET', '/api/v1/plans/minhang-14/indicators/startups-supported?year=2022');
    expect(own.statusCode).toBe(200);
    expect(own.json().unit.code).toBe(XINZHUANG);
    expect(own.json().series.find((s: { year: number }) => s.year === 2022).value).toBe(130);
    expect(own.json().entries.every((e: { orgCode: string }) => e.orgCode.startsWith(XINZHUANG))).toBe(true);
    const q = await call(t.app, qibao, 'GET', '/api/v1/plans/minhang-14/indicators/startups-supported?year=2022');
    expect(q.json().series.find((s: { year: number }) => s.year === 2022).value).toBe(70);
    expect(q.json().entries.map((e: { orgCode: string }) => e.orgCode)).toEqual([QIBAO]);
  });

  it('exports the plan page as .xlsx', async () => {
    const res = await call(t.app, leader, 'GET', '/api/v1/plans/minhang-14/export.xlsx?year=2022');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('闵行区就业和社会保障');
    const names: string[] = [];
    ws.eachRow((r, i) => { if (i > 4) names.push(String(r.getCell(3).value)); });
    expect(names).toContain('劳动争议先行调解率');
    expect(names).toHaveLength(11);
  });

  it('serves the data behind the CLI', async () => {
    const list = plansCli.list(t.database.db);
    expect(list.find((p) => p.id === 'minhang-14')).toEqual({
      id: 'minhang-14', region: { code: '310112', name: '闵行区' }, title: '闵行区就业和社会保障“十四五”规划', period: { start: 2021, end: 2025 }, status: 'open',
    });
    const exp = plansCli.export(t.database.db, 'minhang-13');
    expect(exp.indicators.find((i) => i.id === 'new-jobs')).toMatchObject({ name: '新增就业岗位数', targetKind: 'cumulative', targetValue: 15, targetText: '15万' });
    const r = await plansCli.indicators(t.database.db, { plan: 'minhang-14', org: QIBAO, year: 2022 });
    expect(r.org).toEqual({ code: QIBAO, name: '七宝镇' });
    const s = r.indicators.find((i) => i.id === 'startups-supported')!;
    expect(s).toMatchObject({ value: 70, measures: [{ name: 'manual.minhang-14.startups-supported', value: 70 }], judgement: { target: 3000 } });
    expect(Object.keys(s.judgement).sort()).toEqual(['achieved', 'basis', 'elapsedShare', 'expectedByNow', 'gap', 'label', 'status', 'target']);
  });
});

describe('renshe plans CLI (spawned)', () => {
  it('prints plans list and indicators as JSON', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'renshe-plans-cli-'));
    const bin = fileURLToPath(new URL('../bin/renshe.js', import.meta.url));
    const env = { ...process.env, DATABASE_URL: '' };
    try {
      const list = spawnSync(process.execPath, [bin, 'plans', 'list', '--format', 'json', '--data-dir', dir], { encoding: 'utf8', env });
      expect(list.status, list.stderr).toBe(0);
      const plans = JSON.parse(list.stdout) as Array<{ id: string; period: { start: number } }>;
      expect(plans.map((p) => p.id).sort()).toEqual(['haiyan-13', 'haiyan-14', 'jiading-13', 'jiading-14', 'minhang-13', 'minhang-14', 'shanghai-12', 'shanghai-13', 'xuhui-12', 'xuhui-13']);
      const ind = spawnSync(process.execPath, [bin, 'indicators', '--plan', 'minhang-13', '--format', 'json', '--data-dir', dir], { encoding: 'utf8', env });
      expect(ind.status, ind.stderr).toBe(0);
      const r = JSON.parse(ind.stdout);
      expect(r.org.code).toBe('310112');
      expect(r.indicators.find((i: { id: string }) => i.id === 'new-jobs')).toMatchObject({ current: 16.2, judgement: { status: 'achieved' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
