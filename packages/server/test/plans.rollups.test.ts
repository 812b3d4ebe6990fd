// Pre-aggregated measures (plans/engine/rollups.ts) on both engines: a past year is served from measure_rollups
// without scanning the facts while nothing changed, recomputed when a fact dated in it is updated or inserted, the
// current year is always live, and every figure (district, 街镇, 村居) equals the live computation.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, engines, type TestDatabase } from './harness.ts';
import { registerMeasures, type FactSource } from '../src/platform/measures.ts';
import { planCatalog } from '../src/modules/plans/catalog.ts';
import { compilePlan, computePlan, type CompiledPlan, type PlanFigures } from '../src/modules/plans/engine/compute.ts';
import { twoIndicatorPlan } from './planFixture.ts';

const source: FactSource = { name: 'test_rollup_facts', table: 'test_rollup_facts', orgColumn: 'org_code', updatedColumn: 'updated_at' };
registerMeasures([
  { kind: 'sql', name: 'rolltest.accepted', label: { 'zh-CN': '受理数', en: 'accepted' }, unit: '件', source, aggregate: 'count',
    dateColumn: 'happened_on', where: `kind in ('ok', 'fail')`, seedWords: 'test' },
  { kind: 'sql', name: 'rolltest.succeeded', label: { 'zh-CN': '成功数', en: 'succeeded' }, unit: '件', source, aggregate: 'count',
    dateColumn: 'happened_on', where: `kind = 'ok'`, seedWords: 'test' },
  { kind: 'sql', name: 'rolltest.amount', label: { 'zh-CN': '金额', en: 'amount' }, unit: '元', source, aggregate: 'sum', column: 'amount',
    dateColumn: 'happened_on', where: `kind = 'ok'`, seedWords: 'test' },
]);

const CY = new Date().getFullYear();
const YEARS = [CY - 4, CY - 3, CY - 2, CY - 1, CY];
const TEST_PLAN = twoIndicatorPlan('rolltest', 'rolltest', { start: CY - 4, end: CY });

const DISTRICT = '310112';
const XINZHUANG = '310112101';
const QIBAO = '310112102';
const TOWNS = [XINZHUANG, QIBAO, '310112103'];
const QIBAO_VILLAGES = [`${QIBAO}001`, `${QIBAO}002`];

describe.each(await engines())('measure rollups on %s', (engine) => {
  let database: TestDatabase;
  let compiled: CompiledPlan;
  const past = CY - 3;

  /** Every measure and indicator of every unit and year equals the live computation. */
  async function expectSameAsLive(f: PlanFigures, root: string, children: string[]): Promise<void> {
    const live = await computePlan(database.db, compiled, root, children, YEARS, { rollups: false });
    expect(live.rollups[0]!.live).toEqual(YEARS);
    for (const u of [root, ...children]) {
      for (const y of YEARS) {
        for (const m of ['rolltest.accepted', 'rolltest.succeeded', 'rolltest.amount']) {
          expect(f.measure(m, u, y), `${m} ${u} ${y}`).toBe(live.measure(m, u, y));
        }
      }
      for (const ind of ['success-rate', 'amount']) expect(f.indicator(ind, u).map((s) => s.value)).toEqual(live.indicator(ind, u).map((s) => s.value));
    }
  }

  const computedAt = async () => (await database.query<{ year: number; at: string }>(
    `select year, computed_at::text as at from measure_rollup_years where source_key like 'test_rollup_facts|%' order by year`));

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    compiled = compilePlan(planCatalog.addForTest(TEST_PLAN));
    await database.exec(`create table test_rollup_facts (id serial primary key, org_code text not null, happened_on date not null,
        kind text not null, amount numeric not null default 0, updated_at timestamptz not null default now());
      create index test_rollup_facts_updated on test_rollup_facts (updated_at);
      -- 莘庄镇 ${past}: 1 of 1 ok; 七宝镇 (two 村居 and the town itself) ${past}: 10 of 100 ok; other years and the current year too
      insert into test_rollup_facts (org_code, happened_on, kind, amount) values ('${XINZHUANG}', '${past}-05-01', 'ok', 7);
      insert into test_rollup_facts (org_code, happened_on, kind, amount)
        select case g % 3 when 0 then '${QIBAO}' when 1 then '${QIBAO}001' else '${QIBAO}002' end,
               date '${past}-03-01' + (g % 200), case when g <= 10 then 'ok' else 'fail' end, 3.1 from generate_series(1, 100) g;
      insert into test_rollup_facts (org_code, happened_on, kind, amount)
        select case g % 2 when 0 then '${XINZHUANG}' else '${QIBAO}001' end, make_date(${CY - 4} + g % 5, 1 + g % 12, 1 + g % 28),
               case when g % 3 = 0 then 'ok' else 'fail' end, g * 0.1 from generate_series(1, 300) g;
      insert into test_rollup_facts (org_code, happened_on, kind) values ('310114101', '${past}-05-01', 'ok'), ('${XINZHUANG}', '${CY - 6}-05-01', 'ok');`);
  });
  afterAll(async () => { await database?.drop(); });

  it('computes the past years into the rollup on first use, the current year live, equal to the live figures', async () => {
    const f = await computePlan(database.db, compiled, DISTRICT, TOWNS, YEARS);
    expect(f.rollups).toEqual([{ source: 'test_rollup_facts|org_code|happened_on', cached: [], recomputed: YEARS.slice(0, 4), live: [CY] }]);
    expect(f.scans).toBe(2);
    expect((await computedAt()).map((r) => r.year)).toEqual(YEARS.slice(0, 4));
    await expectSameAsLive(f, DISTRICT, TOWNS);
    // the district rate is the rate of the summed measures (not a mean of 街镇 rates)
    const acc = f.measure('rolltest.accepted', DISTRICT, past)!;
    const ok = f.measure('rolltest.succeeded', DISTRICT, past)!;
    expect(f.indicator('success-rate', DISTRICT).find((s) => s.year === past)!.value).toBeCloseTo((ok / acc) * 100, 8);
    expect(f.measure('rolltest.accepted', QIBAO, past)).toBeGreaterThanOrEqual(100);
    // stored by full org_code: a 街镇 root sums its 村居 (and facts held by the 街镇 itself count for the 街镇 only)
    const q = await computePlan(database.db, compiled, QIBAO, QIBAO_VILLAGES, YEARS);
    expect(q.rollups[0]!.cached).toEqual(YEARS.slice(0, 4));
    await expectSameAsLive(q, QIBAO, QIBAO_VILLAGES);
  });

  it('serves an unchanged past year from the rollup without a grouped scan of the facts', async () => {
    const before = await computedAt();
    const spy = vi.spyOn(database.db, 'execute');
    try {
      const f = await computePlan(database.db, compiled, DISTRICT, TOWNS, YEARS);
      expect(f.rollups[0]).toMatchObject({ cached: YEARS.slice(0, 4), recomputed: [], live: [CY] });
      expect(f.scans).toBe(1); // the current year only
      const texts = spy.mock.calls.map((c) => (database.db as unknown as { dialect: { sqlToQuery(q: unknown): { sql: string } } }).dialect.sqlToQuery(c[0]).sql);
      const scans = texts.filter((t) => /from "test_rollup_facts"[\s\S]*group by/.test(t));
      expect(scans).toHaveLength(1);
      await expectSameAsLive(f, DISTRICT, TOWNS);
    } finally {
      spy.mockRestore();
    }
    expect(await computedAt()).toEqual(before);
  });

  it('recomputes a past year when one of its facts is updated, and only that year', async () => {
    const before = await computePlan(database.db, compiled, DISTRICT, TOWNS, YEARS);
    const okBefore = before.measure('rolltest.succeeded', XINZHUANG, past)!;
    const atBefore = await computedAt();
    await database.exec(`update test_rollup_facts set kind = 'ok', amount = 5, updated_at = now()
      where id = (select min(id) from test_rollup_facts where org_code = '${XINZHUANG}' and kind = 'fail' and extract(year from happened_on) = ${past})`);
    const f = await computePlan(database.db, compiled, DISTRICT, TOWNS, YEARS);
    expect(f.rollups[0]).toMatchObject({ cached: YEARS.slice(0, 4).filter((y) => y !== past), recomputed: [past], live: [CY] });
    expect(f.measure('rolltest.succeeded', XINZHUANG, past)).toBe(okBefore + 1);
    await expectSameAsLive(f, DISTRICT, TOWNS);
    const atAfter = await computedAt();
    expect(atAfter.filter((r) => r.year !== past)).toEqual(atBefore.filter((r) => r.year !== past));
    expect(atAfter.find((r) => r.year === past)!.at).not.toBe(atBefore.find((r) => r.year === past)!.at);
  });

  it('counts a new fact dated in a past year', async () => {
    const y = CY - 4;
    const before = await computePlan(database.db, compiled, DISTRICT, TOWNS, YEARS);
    const accBefore = before.measure('rolltest.accepted', QIBAO, y)!;
    await database.exec(`insert into test_rollup_facts (org_code, happened_on, kind, amount) values ('${QIBAO}002', '${y}-12-31', 'fail', 0)`);
    const f = await computePlan(database.db, compiled, DISTRICT, TOWNS, YEARS);
    expect(f.rollups[0]!.recomputed).toEqual([y]);
    expect(f.measure('rolltest.accepted', QIBAO, y)).toBe(accBefore + 1);
    await expectSameAsLive(f, DISTRICT, TOWNS);
    await expectSameAsLive(await computePlan(database.db, compiled, QIBAO, QIBAO_VILLAGES, YEARS), QIBAO, QIBAO_VILLAGES);
  });

  it('recomputes when the measure definitions change (signature), and a source without updatedColumn stays live', async () => {
    await database.exec(`update measure_rollup_years set signature = 'old' where year = ${CY - 2} and source_key like 'test_rollup_facts|%'`);
    const f = await computePlan(database.db, compiled, DISTRICT, TOWNS, YEARS);
    expect(f.rollups[0]!.recomputed).toEqual([CY - 2]);
    const noUpdated = { ...compiled, sources: compiled.sources.map(({ updatedColumn: _u, ...s }) => s) };
    const l = await computePlan(database.db, noUpdated, DISTRICT, TOWNS, YEARS);
    expect(l.rollups[0]).toMatchObject({ cached: [], recomputed: [], live: YEARS });
  });
});
