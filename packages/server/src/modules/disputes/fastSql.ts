// The hot path of a state change in plain SQL text (built once) instead of the query builder: building a 60-column
// select and mapping its rows cost more CPU than the database work itself (see bench/disputes.ts). Dates, timestamps
// and numerics are cast in SQL so both engines (PGlite and node-postgres) return the same JS types as drizzle does.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Scope } from '../../platform/scope.ts';
import type { CaseRow, EventRow, NewCaseRow, NewEventRow } from './repository.ts';
import { disputeCaseEvents, disputeCases } from './schema.ts';

type Kind = 'date' | 'ts' | 'numeric' | 'plain';
interface Col { key: string; name: string; kind: Kind }

function columnsOf(table: typeof disputeCases | typeof disputeCaseEvents): Col[] {
  return Object.entries(getTableColumns(table)).map(([key, c]) => {
    const t = (c as { columnType: string }).columnType;
    const kind: Kind = t === 'PgDateString' || t === 'PgDate' ? 'date' : t === 'PgTimestamp' || t === 'PgTimestampString' ? 'ts' : t === 'PgNumeric' ? 'numeric' : 'plain';
    return { key, name: (c as { name: string }).name, kind };
  });
}

function selectList(cols: Col[], alias = ''): string {
  return cols.map((c) => {
    const ref = `${alias}"${c.name}"`;
    if (c.kind === 'date' || c.kind === 'numeric') return `${ref}::text as "${c.key}"`;
    if (c.kind === 'ts') return `(extract(epoch from ${ref}) * 1000)::float8 as "${c.key}"`;
    return `${ref} as "${c.key}"`;
  }).join(', ');
}

function mapRow<T>(cols: Col[], raw: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const c of cols) {
    const v = raw[c.key];
    out[c.key] = v === null || v === undefined ? null : c.kind === 'ts' ? new Date(Number(v)) : c.kind === 'plain' && c.name === 'id' && typeof v === 'string' && cols === EVENT_COLS ? Number(v) : v;
  }
  return out as T;
}

const CASE_COLS = columnsOf(disputeCases);
const EVENT_COLS = columnsOf(disputeCaseEvents);
const CASE_SELECT = selectList(CASE_COLS);
const EVENT_SELECT = selectList(EVENT_COLS);
const CASE_COL_BY_KEY = new Map(CASE_COLS.map((c) => [c.key, c]));

function rowsOf(res: unknown): Record<string, unknown>[] {
  return ((res as { rows?: Record<string, unknown>[] }).rows ?? (res as Record<string, unknown>[]));
}

export async function lockCase(db: Executor, scope: Scope, id: string): Promise<CaseRow | undefined> {
  const scopeSql = scope.orgCode ? sql` and org_code like ${scope.orgCode + '%'}` : sql``;
  const res = await db.execute(sql`select ${sql.raw(CASE_SELECT)} from dispute_cases where id = ${id}${scopeSql} for update`);
  const r = rowsOf(res)[0];
  return r ? mapRow<CaseRow>(CASE_COLS, r) : undefined;
}

/** UPDATE … WHERE version = $v RETURNING: undefined when someone else changed the case first. */
export async function updateCaseVersioned(db: Executor, id: string, version: number, patch: Partial<NewCaseRow>): Promise<CaseRow | undefined> {
  const sets: SQL[] = [sql`updated_at = now()`, sql`version = version + 1`];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === 'version' || key === 'updatedAt') continue;
    const col = CASE_COL_BY_KEY.get(key);
    if (!col) throw new Error(`unknown case column ${key}`);
    const v = value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value instanceof Date ? value.toISOString() : value;
    sets.push(sql`${sql.identifier(col.name)} = ${v}`);
  }
  const res = await db.execute(sql`update dispute_cases set ${sql.join(sets, sql`, `)} where id = ${id} and version = ${version} returning ${sql.raw(CASE_SELECT)}`);
  const r = rowsOf(res)[0];
  return r ? mapRow<CaseRow>(CASE_COLS, r) : undefined;
}

export async function insertEventFast(db: Executor, e: NewEventRow): Promise<void> {
  await db.execute(sql`insert into dispute_case_events (case_id, org_code, on_date, action, from_state, to_state, actor_name, note, data)
    values (${e.caseId}, ${e.orgCode}, ${e.onDate}, ${e.action}, ${e.fromState ?? null}, ${e.toState}, ${e.actorName}, ${e.note ?? null}, ${e.data ? JSON.stringify(e.data) : null}::jsonb)`);
}

export async function eventsFast(db: Executor, caseId: string): Promise<EventRow[]> {
  const res = await db.execute(sql`select ${sql.raw(EVENT_SELECT)} from dispute_case_events where case_id = ${caseId} order by id`);
  return rowsOf(res).map((r) => mapRow<EventRow>(EVENT_COLS, r));
}
