// Measures as data (the Cube way): each business module declares its measures next to its own code — a count or a
// sum over one of its fact tables, with the filter that selects the facts and the date that puts a fact into a
// period. The indicator engine (modules/plans) compiles all measures of one fact source into a single grouped query
// by org unit and year, separately from executing it. Modules never hand the engine a function that reads tables.

export interface FactSource {
  /** e.g. 'dispute_cases' */
  name: string;
  /** SQL table name owned by the module */
  table: string;
  /** column holding the org unit (division code) responsible for the fact */
  orgColumn: string;
  /**
   * timestamptz column that every insert and update of the module sets to the time of the write (now() of the
   * writing transaction, or the application clock inside it), indexed. When declared, the indicator engine keeps
   * past years of the source's measures pre-aggregated (measure_rollups) and recomputes a year only when a fact
   * dated in it was written after the year's rollup. Contract: facts are not deleted and a fact's date is not moved
   * out of a past year — a module that does either must call `invalidateRollups(db, table)` in the same transaction.
   * Without it, the source is always computed live.
   */
  updatedColumn?: string;
}

export interface SqlMeasure {
  kind: 'sql';
  /** `module.camelCase`, e.g. `disputes.mediationAccepted` */
  name: string;
  label: { 'zh-CN': string; en: string };
  unit: string;
  source: FactSource;
  aggregate: 'count' | 'sum';
  /** column summed when aggregate = 'sum' */
  column?: string;
  /** date/timestamp column that places a fact into a year */
  dateColumn: string;
  /** SQL boolean expression over the source's columns, written by the module (trusted code, never user input) */
  where: string;
  /** Which words of the seed this measure implements, quoted, with the seed and section. */
  seedWords: string;
}

const registry = new Map<string, SqlMeasure>();

export function registerMeasures(measures: SqlMeasure[]): void {
  for (const m of measures) {
    if (!/^[a-z][a-zA-Z0-9]*\.[a-zA-Z][a-zA-Z0-9]*$/.test(m.name)) throw new Error(`bad measure name ${m.name}`);
    const existing = registry.get(m.name);
    if (existing && existing !== m) throw new Error(`measure ${m.name} registered twice`);
    registry.set(m.name, m);
  }
}

export function getMeasure(name: string): SqlMeasure | undefined {
  return registry.get(name);
}

export function listMeasures(): SqlMeasure[] {
  return [...registry.values()];
}

export function isRegisteredMeasure(name: string): boolean {
  return registry.has(name);
}
