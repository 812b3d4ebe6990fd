/**
 * Pre-aggregation of SQL measures with exact freshness (Cube's "pre-aggregations", without a refresh schedule).
 *
 * For a fact source that declares an `updatedColumn` (platform/measures.ts), every year strictly before the current
 * year is served from `measure_rollups`: per (source key, year, full org_code, measure) the measure's value, zeros
 * not stored; a unit's figure is the sum over the org codes under it (`left(org_code, childLen)`, `like root%`), so a
 * district rate is still the formula applied to the summed measures. `measure_rollup_years` records per (source
 * key, year) when the year was computed and over which measure definitions (a hash of every registered measure of
 * the source, so adding or changing a measure recomputes).
 *
 * Freshness, per compute and source, in one query before anything else:
 *   barrier = least(now(), xact_start of the oldest other open transaction on this database)
 *   fresh years = years whose rollup exists with the current signature and no fact dated in that year has
 *                 updatedColumn >= computed_at (an index probe on the updated column)
 * Missing or stale past years are recomputed with one grouped scan over the whole table (all org units) restricted
 * to those years, written back in one transaction (delete + insert … select + computed_at := barrier). Every
 * write that the scan does not see was made by a transaction open at the barrier or started after it, so its
 * updatedColumn (set inside that transaction) is >= barrier and the next compute sees the year as stale. The
 * current year and later are always computed live with the plan's grouped query.
 */
import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { listMeasures, type SqlMeasure } from '../../../platform/measures.ts';
import { rows, sourceQuery, type CompiledSource } from './compute.ts';

export interface SourceRollupStats {
  source: string;
  /** past years served from the rollup unchanged */
  cached: number[];
  /** past years (re)computed into the rollup by this compute */
  recomputed: number[];
  /** years computed live (current year and later, or every year for sources without updatedColumn) */
  live: number[];
}

export interface SourceValues {
  /** unit (left(org, childLen)) → year → measure → value */
  rows: Array<{ unit: string; year: number; values: Map<string, number> }>;
  stats: SourceRollupStats;
  queries: number;
  /** grouped scans over the fact table */
  scans: number;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;
function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`bad SQL identifier ${name}`);
  return `"${name}"`;
}
function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
function yearList(ys: number[]): SQL {
  for (const y of ys) if (!Number.isInteger(y)) throw new Error(`bad year ${y}`);
  return sql.raw(ys.join(', '));
}

/** Every registered measure of the source (the rollup covers them all, whichever plan asked first). */
export function measuresOfSource(src: CompiledSource): SqlMeasure[] {
  const all = listMeasures().filter((m) =>
    m.source.table === src.table && m.source.orgColumn === src.orgColumn && m.dateColumn === src.dateColumn);
  for (const m of src.measures) if (!all.includes(m)) all.push(m);
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

export function signatureOf(measures: SqlMeasure[]): string {
  const defs = measures.map((m) => [m.name, m.aggregate, m.column ?? null, m.where, m.source.updatedColumn ?? null]);
  return createHash('sha256').update(JSON.stringify(defs)).digest('hex').slice(0, 32);
}

/** Deletes the rollups of every fact source over `table` (call after deleting facts or moving a fact's date). */
export async function invalidateRollups(db: Executor, table: string): Promise<void> {
  const like = `${table}|%`;
  await db.execute(sql`delete from measure_rollup_years where source_key like ${like}`);
  await db.execute(sql`delete from measure_rollups where source_key like ${like}`);
}

function liveRows(src: CompiledSource, r: Record<string, unknown>[]): SourceValues['rows'] {
  return r.map((row) => {
    const values = new Map<string, number>();
    src.measures.forEach((m, i) => values.set(m.name, Number(row[`m${i}`])));
    return { unit: String(row.unit), year: Number(row.year), values };
  });
}

/**
 * The values of the plan's measures of one source for `root`'s subtree grouped by left(org, childLen) and year —
 * from the rollup for fresh past years, recomputing stale or missing ones, live otherwise.
 */
export async function sourceValues(
  db: Executor, src: CompiledSource, root: string, childLen: number, years: number[], opts: { rollups?: boolean } = {},
): Promise<SourceValues> {
  const fromYear = Math.min(...years);
  const toYear = Math.max(...years);
  const stats: SourceRollupStats = { source: src.key, cached: [], recomputed: [], live: [] };
  if (!src.updatedColumn || opts.rollups === false) {
    const r = await rows<Record<string, unknown>>(db, sourceQuery(src, root, childLen, fromYear, toYear));
    stats.live = [...years];
    return { rows: liveRows(src, r), stats, queries: 1, scans: 1 };
  }

  const table = ident(src.table);
  const org = ident(src.orgColumn);
  const date = ident(src.dateColumn);
  const updated = ident(src.updatedColumn);
  const all = measuresOfSource(src);
  const sig = signatureOf(all);
  let queries = 0;
  let scans = 0;

  // 1. barrier, current year and fresh past years — one statement, before any scan
  const [head] = await rows<{ barrier: string; cy: number; fresh: number[] | string | null }>(db, sql`
    select least(now(), (select min(xact_start) from pg_stat_activity
                          where datname = current_database() and pid <> pg_backend_pid()
                            and backend_type = 'client backend' and xact_start is not null))::text as barrier,
           extract(year from current_date)::int as cy,
           (select array_agg(r.year order by r.year) from measure_rollup_years r
             where r.source_key = ${src.key} and r.signature = ${sig} and r.year in (${yearList(years)})
               and not exists (select 1 from ${sql.raw(table)} f
                                where f.${sql.raw(updated)} >= r.computed_at
                                  and f.${sql.raw(date)} >= make_date(r.year, 1, 1) and f.${sql.raw(date)} < make_date(r.year + 1, 1, 1))
           ) as fresh`);
  queries++;
  const cy = Number(head!.cy);
  const freshRaw = head!.fresh;
  const fresh = new Set<number>(
    (Array.isArray(freshRaw) ? freshRaw : typeof freshRaw === 'string' ? freshRaw.replace(/[{}]/g, '').split(',').filter(Boolean) : [])
      .map(Number));
  const past = years.filter((y) => y < cy);
  const live = years.filter((y) => y >= cy);
  const stale = past.filter((y) => !fresh.has(y));
  stats.cached = past.filter((y) => fresh.has(y));
  stats.recomputed = stale;
  stats.live = live;

  // 2. recompute stale/missing past years over the whole table, written back in one transaction
  if (stale.length) {
    const cols = all.map((m, i) => {
      const agg = m.aggregate === 'count' ? 'count(*)' : `sum(${ident(m.column!)})`;
      return `coalesce(${agg} filter (where (${m.where})), 0)::numeric as m${i}`;
    });
    const anyWhere = all.map((m) => `(${m.where})`).join(' or ');
    const valuesList = all.map((m, i) => `(${literal(m.name)}, g.m${i})`).join(', ');
    const lo = `${Math.min(...stale)}-01-01`;
    const hi = `${Math.max(...stale) + 1}-01-01`;
    await db.transaction(async (tx) => {
      await tx.execute(sql`delete from measure_rollups where source_key = ${src.key} and year in (${yearList(stale)})`);
      await tx.execute(sql`insert into measure_rollups (source_key, year, org_code, measure, value)
        select ${src.key}, g.year, g.org, v.measure, v.value
        from (select ${sql.raw(org)} as org, extract(year from ${sql.raw(date)})::int as year, ${sql.raw(cols.join(', '))}
              from ${sql.raw(table)}
              where ${sql.raw(date)} >= ${lo}::date and ${sql.raw(date)} < ${hi}::date
                and extract(year from ${sql.raw(date)})::int in (${yearList(stale)})
                and (${sql.raw(anyWhere)})
              group by 1, 2) g
        cross join lateral (values ${sql.raw(valuesList)}) as v(measure, value)
        where v.value <> 0
        on conflict (source_key, year, org_code, measure) do update set value = excluded.value`);
      const yearRows = sql.join(stale.map((y) => sql`(${src.key}, ${y}::int, ${head!.barrier}::timestamptz, ${sig})`), sql`, `);
      await tx.execute(sql`insert into measure_rollup_years (source_key, year, computed_at, signature) values ${yearRows}
        on conflict (source_key, year) do update set computed_at = excluded.computed_at, signature = excluded.signature`);
    });
    queries += 3;
    scans++;
  }

  // 3. past years from the rollup, summed to the units asked for
  const out: SourceValues['rows'] = [];
  if (past.length) {
    const names = src.measures.map((m) => literal(m.name)).join(', ');
    const r = await rows<{ unit: string; year: number; measure: string; v: number }>(db, sql`
      select left(org_code, ${childLen}::int) as unit, year, measure, sum(value)::float8 as v
      from measure_rollups
      where source_key = ${src.key} and year in (${yearList(past)}) and org_code like ${root + '%'} and measure in (${sql.raw(names)})
      group by 1, 2, 3`);
    queries++;
    const byKey = new Map<string, SourceValues['rows'][number]>();
    for (const row of r) {
      const k = `${row.unit}|${row.year}`;
      let e = byKey.get(k);
      if (!e) { e = { unit: String(row.unit), year: Number(row.year), values: new Map() }; byKey.set(k, e); out.push(e); }
      e.values.set(row.measure, Number(row.v));
    }
  }

  // 4. current year and later, live
  if (live.length) {
    const r = await rows<Record<string, unknown>>(db, sourceQuery(src, root, childLen, Math.max(fromYear, cy), toYear));
    queries++;
    scans++;
    out.push(...liveRows(src, r));
  }
  return { rows: out, stats, queries, scans };
}
