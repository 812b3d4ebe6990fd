// The cockpit's 劳动争议先行调解率 and 劳动争议综合调解率 equal the seed's formulas (000 附件1 nos. 8–9) applied by hand
// to the exported CSV of the cases — for the district and for each 街镇, for each year. Also 003's three rates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../src/demo/index.ts';
import { generateCases } from '../src/modules/disputes/demo.ts';
import { DISPUTE_MEASURES } from '../src/modules/disputes/measures.ts';
import { listMeasures } from '../src/platform/measures.ts';
import { call, createTestApp, engines, login, type Session, type TestApp } from './harness.ts';

type Row = Record<string, string>;
function parseCsv(text: string): Row[] {
  const [head, ...lines] = text.trim().split('\n');
  const cols = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}
const year = (d: string | undefined) => (d ? Number(d.slice(0, 4)) : null);
const ARB_CLOSED = new Set(['award', 'mediated', 'withdrawn', 'review_confirmed', 'review_rejected']);

/** The seed's terms, counted from the CSV columns, for one year and the rows of one unit. */
function terms(rows: Row[], y: number) {
  const n = (f: (r: Row) => boolean) => rows.filter(f).length;
  const arbClosed = (r: Row) => year(r.arb_closed_on) === y && ARB_CLOSED.has(r.arb_outcome!);
  return {
    调解受理数: n((r) => year(r.mediation_received_on) === y),
    仲裁受理数: n((r) => year(r.arb_accepted_on) === y),
    调解组织调解不成由仲裁受理数: n((r) => year(r.arb_accepted_on) === y && r.transferred_from_mediation === 'true'),
    审查确认受理数: n((r) => year(r.arb_accepted_on) === y && r.review_confirmation === 'true'),
    调解组织调解成功案件数: n((r) => year(r.mediation_closed_on) === y && r.mediation_outcome === 'agreement'),
    仲裁机构调解及撤诉案件数: n((r) => year(r.arb_closed_on) === y && ['mediated', 'withdrawn', 'review_confirmed'].includes(r.arb_outcome!)),
    仲裁结案数中仲裁审查确认案件数: n((r) => arbClosed(r) && r.review_confirmation === 'true'),
    调解组织结案数: n((r) => year(r.mediation_closed_on) === y),
    仲裁机构结案数: n(arbClosed),
    仲裁结案数中调解组织调解不成转仲裁案件数: n((r) => arbClosed(r) && r.transferred_from_mediation === 'true'),
  };
}
/** 000 附件1 8: 调解受理数/(调解受理数+仲裁受理数-调解组织调解不成由仲裁受理数-审查确认受理数)*100% */
const rate8 = (t: ReturnType<typeof terms>) => (t.调解受理数 / (t.调解受理数 + t.仲裁受理数 - t.调解组织调解不成由仲裁受理数 - t.审查确认受理数)) * 100;
/** 000 附件1 9: (调解组织调解成功案件数+仲裁机构调解及撤诉案件数-仲裁结案数中仲裁审查确认案件数)/(调解组织结案数+仲裁机构结案数-仲裁结案数中调解组织调解不成转仲裁案件数-仲裁结案数中仲裁审查确认案件数)*100% */
const rate9 = (t: ReturnType<typeof terms>) => ((t.调解组织调解成功案件数 + t.仲裁机构调解及撤诉案件数 - t.仲裁结案数中仲裁审查确认案件数)
  / (t.调解组织结案数 + t.仲裁机构结案数 - t.仲裁结案数中调解组织调解不成转仲裁案件数 - t.仲裁结案数中仲裁审查确认案件数)) * 100;

describe('dispute measures are registered with their seed words', () => {
  it('every term of 000 附件1 nos. 8–9 has a measure quoting it', () => {
    const names = new Set(listMeasures().map((m) => m.name));
    for (const m of DISPUTE_MEASURES) {
      expect(names.has(m.name)).toBe(true);
      expect(m.seedWords.length).toBeGreaterThan(10);
    }
    const quoted = DISPUTE_MEASURES.map((m) => m.seedWords).join(' ');
    for (const term of Object.keys(terms([], 2024))) expect(quoted, term).toContain(`"${term}"`);
  });
});

describe.each(await engines())('cockpit dispute indicators equal the seed formulas on the exported cases (%s)', (engine) => {
  let t: TestApp;
  let leader: Session;
  let rows: Row[];

  beforeAll(async () => {
    t = await createTestApp(engine);
    await generateCases(t.database, { seed: 7, progress: silentProgress, from: '2023-07-01', to: '2025-03-31', scale: 0.08 });
    leader = await login(t.app, 'leader');
    const csv = await call(t.app, leader, 'GET', '/api/v1/disputes/export.csv');
    expect(csv.statusCode).toBe(200);
    rows = parseCsv(csv.body);
  });
  afterAll(async () => { await t?.close(); });

  it('has cases to compute from, with realistic rates', () => {
    expect(rows.length).toBeGreaterThan(1500);
    const t24 = terms(rows, 2024);
    expect(rate8(t24)).toBeGreaterThan(55);
    expect(rate8(t24)).toBeLessThan(75);
    expect(rate9(t24)).toBeGreaterThan(55);
    expect(rate9(t24)).toBeLessThan(80);
  });

  it.each([
    ['mediation-first-rate', rate8],
    ['comprehensive-mediation-rate', rate9],
  ] as const)('%s for the district and every 街镇, each year', async (indicatorId, formula) => {
    for (const y of [2023, 2024, 2025]) {
      const res = await call(t.app, leader, 'GET', `/api/v1/plans/minhang-14/indicators/${indicatorId}?org=310112&year=${y}`);
      expect(res.statusCode, res.body).toBe(200);
      const detail = res.json() as { series: { year: number; value: number | null; source: string | null }[]; byUnit: { code: string; value: number | null }[] };
      const district = detail.series.find((s) => s.year === y)!;
      expect(district.source).toBe('computed');
      expect(district.value!).toBeCloseTo(formula(terms(rows, y)), 6);
      for (const u of detail.byUnit) {
        const expected = formula(terms(rows.filter((r) => r.org_code!.startsWith(u.code)), y));
        if (Number.isFinite(expected)) expect(u.value, `${u.code} ${y}`).toBeCloseTo(expected, 6);
        else expect(u.value, `${u.code} ${y}`).toBeNull();
      }
    }
  });
});
