/**
 * The execution side of the indicator engine (Cube-like: definitions are compiled once, executed separately).
 *
 * compilePlan(plan)  → for every indicator its parsed formula and the measures behind it; all SQL measures of one
 *                      fact source (table + org column + date column) are compiled into ONE grouped query:
 *                        select left(org, $childLen) unit, extract(year from date) year,
 *                               count(*) filter (where …) m0, sum(col) filter (where …) m1, …
 *                        from table where org like $root% and date in [from, to) and (w0 or w1 …) group by 1, 2
 *                      hand-entered measures (`manual.<planId>.<indicatorId>`) are read with one query on
 *                      plan_manual_values.
 * computePlan(db, compiled, root, children, years) → runs those queries (one per fact source + one for the hand-
 *                      entered values) and returns, for the root unit and for each child unit, every measure's
 *                      value by year and every indicator's value by year.
 *
 * Pre-aggregation (rollups.ts): for a fact source that declares an `updatedColumn`, years before the current year
 * are read from `measure_rollups` (per source, year, full org_code and measure), recomputed — one grouped scan over
 * just the stale years — only when a fact dated in that year was written after the year's rollup; the current year
 * and later are always computed live with the query above. Sources without `updatedColumn` are always live.
 *
 * Roll-up: each MEASURE is summed over the unit's subtree (division-code prefix) first, and the formula is then
 * applied to the sums — a district rate is never an average of 街镇 rates.
 *
 * Hand-entered values roll up as follows: a value entered for the unit itself is the unit's figure (it is the
 * official figure for that unit); otherwise, when the indicator is additive (a count: 万人, 家, 个 …), the figures
 * entered for the highest units below it are summed; otherwise (rates, levels in 元/月, milestones) the unit has
 * no value. Closed plans' printed results (`actuals` in the plan file) are served directly from the file as the
 * region's hand-entered values, with the seed named as evidence; they are never copied into the database.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { getMeasure, type SqlMeasure } from '../../../platform/measures.ts';
import { sourceValues, type SourceRollupStats } from './rollups.ts';
import { evaluate, measureNames, type Expr } from './expression.ts';
import { indicatorExpr, manualMeasureName, type Plan, type PlanIndicator } from './planFile.ts';

/** Units whose hand-entered values may be summed over 街镇 (counts of people, jobs, enterprises, cards …). */
const ADDITIVE_UNITS = new Set(['万人', '人', '万个', '个', '家', '万人次', '人次', '万张', '张', '件', '户']);

export function isAdditive(ind: Pick<PlanIndicator, 'unit' | 'target'>): boolean {
  return ind.target.kind !== 'milestone' && ind.unit !== null && ADDITIVE_UNITS.has(ind.unit);
}

export interface CompiledSource {
  key: string;
  table: string;
  orgColumn: string;
  dateColumn: string;
  /** the source's updatedColumn: past years are pre-aggregated (rollups.ts) */
  updatedColumn?: string;
  measures: SqlMeasure[];
}

export interface CompiledIndicator {
  indicator: PlanIndicator;
  expr: Expr;
  /** every measure the formula names */
  measures: string[];
  sqlMeasures: string[];
  manualMeasures: string[];
  /** computed (only SQL measures) | hand-entered (at least one manual measure) */
  source: 'computed' | 'hand-entered';
}

export interface CompiledPlan {
  plan: Plan;
  indicators: CompiledIndicator[];
  sources: CompiledSource[];
  manualMeasures: string[];
  /** manual measure name → its indicator (for additivity and milestones) */
  manualIndicator: Map<string, PlanIndicator>;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;
function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`bad SQL identifier ${name}`);
  return `"${name}"`;
}

export function compilePlan(plan: Plan): CompiledPlan {
  const sources = new Map<string, CompiledSource>();
  const manual = new Set<string>();
  const manualIndicator = new Map<string, PlanIndicator>();
  for (const ind of plan.indicators) manualIndicator.set(manualMeasureName(plan.id, ind.id), ind);
  const indicators = plan.indicators.map((indicator): CompiledIndicator => {
    const expr = indicatorExpr(plan, indicator);
    const measures = measureNames(expr);
    const sqlMeasures: string[] = [];
    const manualMeasures: string[] = [];
    for (const name of measures) {
      if (name.startsWith('manual.')) {
        manualMeasures.push(name);
        manual.add(name);
        continue;
      }
      const m = getMeasure(name);
      if (!m) throw new Error(`plan ${plan.id}: indicator ${indicator.id} names unregistered measure ${name}`);
      sqlMeasures.push(name);
      const key = `${m.source.table}|${m.source.orgColumn}|${m.dateColumn}`;
      let src = sources.get(key);
      if (!src) {
        src = {
          key, table: m.source.table, orgColumn: m.source.orgColumn, dateColumn: m.dateColumn,
          ...(m.source.updatedColumn ? { updatedColumn: m.source.updatedColumn } : {}), measures: [],
        };
        sources.set(key, src);
      }
      if (!src.measures.includes(m)) src.measures.push(m);
    }
    return {
      indicator, expr, measures, sqlMeasures, manualMeasures,
      source: manualMeasures.length ? 'hand-entered' : 'computed',
    };
  });
  return { plan, indicators, sources: [...sources.values()], manualMeasures: [...manual], manualIndicator };
}

/** The grouped query of one fact source (exported for the benchmark and for tests). */
export function sourceQuery(src: CompiledSource, root: string, childLen: number, fromYear: number, toYear: number): SQL {
  const org = ident(src.orgColumn);
  const date = ident(src.dateColumn);
  const cols = src.measures.map((m, i) => {
    const agg = m.aggregate === 'count' ? 'count(*)' : `sum(${ident(m.column!)})`;
    return `coalesce(${agg} filter (where (${m.where})), 0)::float8 as m${i}`;
  });
  const anyWhere = src.measures.map((m) => `(${m.where})`).join(' or ');
  return sql`select left(${sql.raw(org)}, ${childLen}::int) as unit, extract(year from ${sql.raw(date)})::int as year, ${sql.raw(cols.join(', '))}
    from ${sql.raw(ident(src.table))}
    where ${sql.raw(org)} like ${root + '%'} and ${sql.raw(date)} >= ${`${fromYear}-01-01`}::date and ${sql.raw(date)} < ${`${toYear + 1}-01-01`}::date
      and (${sql.raw(anyWhere)})
    group by 1, 2`;
}

export async function rows<T>(db: Executor, q: SQL): Promise<T[]> {
  const res = (await db.execute(q)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(res) ? res : (res.rows ?? []);
}

export interface ManualEntry {
  id: string;
  measure: string;
  orgCode: string;
  year: number;
  value: number | null;
  met: boolean | null;
  evidence: string;
  authorName: string;
  enteredAt: string | null;
  version: number;
  demo: boolean;
  /** from the plan file's printed results */
  fromSeed?: boolean;
}

/** One unit's figures: measure → year → value, and the hand-entered entries used. */
export interface UnitFigures {
  code: string;
  measures: Map<string, Map<number, number | null>>;
  /** manual measure → year → entries that make up the value */
  entries: Map<string, Map<number, ManualEntry[]>>;
}

export interface IndicatorYear {
  year: number;
  value: number | null;
  /** milestones */
  met: boolean | null;
  /** source of this year's value */
  source: 'computed' | 'hand-entered' | 'demo' | null;
  asOf: string | null;
  evidence: string | null;
  author: string | null;
}

export interface PlanFigures {
  years: number[];
  root: string;
  children: string[];
  units: Map<string, UnitFigures>;
  computedAt: string;
  /** indicator id → unit → year series */
  indicator(indicatorId: string, unit: string): IndicatorYear[];
  measure(name: string, unit: string, year: number): number | null;
  queries: number;
  /** grouped scans over fact tables (live queries and rollup recomputations) */
  scans: number;
  /** per fact source: which years came from the rollup, were recomputed into it, or were computed live */
  rollups: SourceRollupStats[];
}

function prefixesOf(code: string): string[] {
  return [2, 4, 6, 9, 12].filter((n) => n < code.length).map((n) => code.slice(0, n));
}

/**
 * Computes every measure and indicator of a plan for `root` and each of `children` (codes directly below root),
 * for each of `years`. Runs one query per fact source and one for the hand-entered values.
 */
export async function computePlan(
  db: Executor, compiled: CompiledPlan, root: string, children: string[], years: number[],
  opts: { rollups?: boolean } = {},
): Promise<PlanFigures> {
  const { plan } = compiled;
  const fromYear = Math.min(...years);
  const toYear = Math.max(...years);
  const yearSet = new Set(years);
  const childSet = new Set(children);
  const childLen = children.length ? children[0]!.length : root.length;
  const units = new Map<string, UnitFigures>();
  for (const code of [root, ...children]) units.set(code, { code, measures: new Map(), entries: new Map() });
  let queries = 0;
  let scans = 0;
  const rollups: SourceRollupStats[] = [];

  const sqlPromises = compiled.sources.map(async (src) => {
    const r = await sourceValues(db, src, root, childLen, years, opts);
    queries += r.queries;
    scans += r.scans;
    rollups.push(r.stats);
    // Every registered measure of the source is 0 (not "no data") in a year with no facts.
    for (const u of units.values()) {
      for (const m of src.measures) {
        const byYear = new Map<number, number | null>();
        for (const y of years) byYear.set(y, 0);
        u.measures.set(m.name, byYear);
      }
    }
    for (const row of r.rows) {
      const { unit, year } = row;
      if (!yearSet.has(year)) continue;
      const targets = [root];
      if (unit !== root && childSet.has(unit)) targets.push(unit);
      src.measures.forEach((m) => {
        const v = row.values.get(m.name) ?? 0;
        for (const t of targets) {
          const byYear = units.get(t)!.measures.get(m.name)!;
          byYear.set(year, (byYear.get(year) ?? 0) + v);
        }
      });
    }
  });

  const manualPromise = (async () => {
    if (compiled.manualMeasures.length === 0) return;
    const r = await rows<{
      id: string; measure: string; org_code: string; year: number; value: string | number | null; met: boolean | null;
      evidence: string; author_name: string; entered_at: string | Date; version: number; demo: boolean;
    }>(db, sql`select id, measure, org_code, year, value::float8 as value, met, evidence, author_name, entered_at, version, demo
      from plan_manual_values
      where plan_id = ${plan.id} and org_code like ${root + '%'} and year >= ${fromYear} and year <= ${toYear}`);
    queries++;
    const all: ManualEntry[] = r.map((x) => ({
      id: x.id, measure: x.measure, orgCode: x.org_code, year: Number(x.year),
      value: x.value === null ? null : Number(x.value), met: x.met, evidence: x.evidence, authorName: x.author_name,
      enteredAt: x.entered_at instanceof Date ? x.entered_at.toISOString() : new Date(x.entered_at).toISOString(),
      version: Number(x.version), demo: !!x.demo,
    }));
    // The printed results of the plan file are the region's hand-entered values.
    if (root.startsWith(plan.region.code) || plan.region.code.startsWith(root)) {
      for (const ind of plan.indicators) {
        for (const a of ind.actuals) {
          if (!yearSet.has(a.year)) continue;
          all.push({
            id: `seed:${plan.id}:${ind.id}:${a.year}`, measure: manualMeasureName(plan.id, ind.id), orgCode: plan.region.code,
            year: a.year, value: a.value, met: ind.target.kind === 'milestone' ? null : null, evidence: `${a.evidence}（${a.text}）`,
            authorName: plan.source.seed, enteredAt: null, version: 0, demo: false, fromSeed: true,
          });
        }
      }
    }
    applyManual(compiled, all, units, years);
  })();

  await Promise.all([...sqlPromises, manualPromise]);

  const indicatorCache = new Map<string, IndicatorYear[]>();
  const byId = new Map(compiled.indicators.map((c) => [c.indicator.id, c]));
  const computedAt = new Date().toISOString();

  return {
    years, root, children, units, computedAt, queries, scans, rollups,
    measure(name, unit, year) {
      return units.get(unit)?.measures.get(name)?.get(year) ?? null;
    },
    indicator(indicatorId, unit) {
      const key = `${indicatorId}|${unit}`;
      const hit = indicatorCache.get(key);
      if (hit) return hit;
      const c = byId.get(indicatorId);
      const u = units.get(unit);
      if (!c || !u) return [];
      const series = years.map((year): IndicatorYear => {
        const raw = evaluate(c.expr, (name) => u.measures.get(name)?.get(year) ?? null);
        // sums of decimals (0.1 + 0.2 …): keep 10 significant digits
        const value = raw === null ? null : Number(raw.toPrecision(10));
        const used = c.manualMeasures.flatMap((m) => u.entries.get(m)?.get(year) ?? []);
        let met: boolean | null = null;
        if (c.indicator.target.kind === 'milestone') {
          const own = used.find((e) => e.orgCode === unit && e.met !== null);
          met = own ? own.met : null;
        }
        const hasValue = value !== null || met !== null;
        const source = !hasValue ? null : c.source === 'computed' ? 'computed' : used.some((e) => e.demo) ? 'demo' : 'hand-entered';
        const dated = used.map((e) => e.enteredAt).filter((d): d is string => !!d).sort();
        return {
          year, value, met, source,
          asOf: !hasValue ? null : c.source === 'computed' ? computedAt : (dated[dated.length - 1] ?? null),
          evidence: used.length ? [...new Set(used.map((e) => e.evidence))].slice(0, 3).join('；') : null,
          author: used.length ? [...new Set(used.map((e) => e.authorName))].slice(0, 3).join('、') : null,
        };
      });
      indicatorCache.set(key, series);
      return series;
    },
  };
}

function applyManual(compiled: CompiledPlan, all: ManualEntry[], units: Map<string, UnitFigures>, years: number[]): void {
  const byMeasureYear = new Map<string, ManualEntry[]>();
  for (const e of all) {
    const k = `${e.measure}|${e.year}`;
    const list = byMeasureYear.get(k);
    if (list) list.push(e);
    else byMeasureYear.set(k, [e]);
  }
  for (const measure of compiled.manualMeasures) {
    const ind = compiled.manualIndicator.get(measure);
    const additive = ind ? isAdditive(ind) : false;
    for (const year of years) {
      const list = byMeasureYear.get(`${measure}|${year}`) ?? [];
      for (const u of units.values()) {
        let byYear = u.measures.get(measure);
        if (!byYear) { byYear = new Map(); u.measures.set(measure, byYear); }
        let entryMap = u.entries.get(measure);
        if (!entryMap) { entryMap = new Map(); u.entries.set(measure, entryMap); }
        // The seed's printed results win over anything entered for the region.
        const own = list.find((e) => e.orgCode === u.code && e.fromSeed) ?? list.find((e) => e.orgCode === u.code);
        if (own) {
          byYear.set(year, own.value);
          entryMap.set(year, [own]);
          continue;
        }
        if (!additive) { byYear.set(year, null); continue; }
        const inside = list.filter((e) => e.orgCode.startsWith(u.code) && e.orgCode !== u.code && e.value !== null);
        const codes = new Set(inside.map((e) => e.orgCode));
        // the highest entries below the unit: no ancestor below the unit has its own entry
        const top = inside.filter((e) => !prefixesOf(e.orgCode).some((p) => p.length > u.code.length && codes.has(p)));
        if (top.length === 0) { byYear.set(year, null); continue; }
        byYear.set(year, top.reduce((s, e) => s + (e.value ?? 0), 0));
        entryMap.set(year, top);
      }
    }
  }
}
