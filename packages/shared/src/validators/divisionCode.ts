/**
 * Statistical division codes (统计用区划代码) in the trimmed hierarchical form
 * used throughout the system:
 *
 * | length | level      | example       |
 * |--------|------------|---------------|
 * | 2      | province   | `31`          |
 * | 4      | city       | `3101`        |
 * | 6      | county     | `310112`      |
 * | 9      | township   | `310112101`   |
 * | 12     | village    | `310112101001`|
 *
 * Township digits 7–9: 001–099 街道, 100–199 镇, 200–399 乡, 400–599 special
 * units (政企合一单位 / 开发区 / 工业区 …). 600–999 and 000 are not assigned.
 *
 * Padded forms (the 12-digit statistical form, or the 6-digit GB/T 2260 form)
 * are accepted and normalised by dropping trailing all-zero levels:
 * `310112000000 → 310112`, `310112101000 → 310112101`, `310100 → 3101`.
 *
 * Cities without a county level (东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202)
 * have township codes whose county digits are `00`, e.g. `441900003`; those are
 * valid 9-/12-digit codes and their parent is the 4-digit city code.
 *
 * Pure TypeScript, no runtime dependencies (shared by server and browser).
 */

/** Provincial-level division codes of China (GB/T 2260), incl. 71 台湾, 81 香港, 82 澳门. */
export const PROVINCE_LEVEL_DIVISION_CODES: readonly string[] = Object.freeze([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

const PROVINCE_SET: ReadonlySet<string> = new Set(PROVINCE_LEVEL_DIVISION_CODES);

/** True if `code` is exactly a known 2-digit provincial-level code. */
export function isProvinceLevelCode(code: string): boolean {
  return PROVINCE_SET.has(code);
}

export type DivisionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

export type DivisionCodeFailureReason = 'empty' | 'format';

export type DivisionCodeParseResult =
  | { ok: true; value: string; level: DivisionLevel; special: boolean }
  | { ok: false; reason: DivisionCodeFailureReason };

const LEVEL_BY_LENGTH: Readonly<Record<number, DivisionLevel>> = {
  2: 'province',
  4: 'city',
  6: 'county',
  9: 'township',
  12: 'village',
};

/** Length of the code one level up, for each accepted length. */
const PARENT_LENGTH: Readonly<Record<number, number>> = { 4: 2, 6: 4, 9: 6, 12: 9 };

const ACCEPTED = /^(?:\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

/** Drop trailing all-zero levels: 12→9 ('000'), 9→6 ('000'), 6→4 ('00'), 4→2 ('00'). */
function stripPadding(digits: string): string {
  let s = digits;
  for (;;) {
    const parentLen = PARENT_LENGTH[s.length];
    if (parentLen === undefined) return s;
    if (/^0+$/.test(s.slice(parentLen))) s = s.slice(0, parentLen);
    else return s;
  }
}

function isSpecialTownshipSegment(segment: string): boolean {
  const n = Number(segment);
  return n >= 400 && n <= 599;
}

/**
 * Parse and normalise a division code. Leading/trailing whitespace is ignored.
 * Failure reasons: `empty` (nothing but whitespace), `format` (anything else
 * that is not a well-formed code: wrong length, non-digits, unknown province,
 * city digits 00 under a non-zero county, township digits 000 or ≥ 600 …).
 *
 * `special` is true for township-level codes whose digits 7–9 are 400–599.
 */
export function parseDivisionCode(input: string): DivisionCodeParseResult {
  const raw = (input ?? '').trim();
  if (raw === '') return { ok: false, reason: 'empty' };
  if (!ACCEPTED.test(raw)) return { ok: false, reason: 'format' };

  const value = stripPadding(raw);
  if (!PROVINCE_SET.has(value.slice(0, 2))) return { ok: false, reason: 'format' };
  // City digits may only be 00 when everything below is 00 too (then stripped).
  if (value.length >= 6 && value.slice(2, 4) === '00') return { ok: false, reason: 'format' };
  // County digits 00 are allowed below cities without counties (e.g. 441900003).
  if (value.length >= 9) {
    const township = value.slice(6, 9);
    const n = Number(township);
    if (n === 0 || n > 599) return { ok: false, reason: 'format' };
  }
  // Village digits are non-zero by construction (000 would have been stripped).

  const level = LEVEL_BY_LENGTH[value.length];
  const special = level === 'township' && isSpecialTownshipSegment(value.slice(6, 9));
  return { ok: true, value, level, special };
}

export function isValidDivisionCode(code: string): boolean {
  return parseDivisionCode(code).ok;
}

function requireValid(code: string, fn: string): { value: string; level: DivisionLevel } {
  const r = parseDivisionCode(code);
  if (!r.ok) throw new RangeError(`${fn}: invalid division code ${JSON.stringify(code)} (${r.reason})`);
  return r;
}

/** Pad a (valid) division code to the 12-digit statistical form. Throws `RangeError` on invalid input. */
export function toFullDivisionCode(code: string): string {
  return requireValid(code, 'toFullDivisionCode').value.padEnd(12, '0');
}

/** Level of a division code, or `null` when the code is not valid. */
export function divisionLevel(code: string): DivisionLevel | null {
  const r = parseDivisionCode(code);
  return r.ok ? r.level : null;
}

/** True for a valid township-level code (9 digits, or its 12-digit padded form) with digits 7–9 in 400–599. */
export function isSpecialTownshipCode(code: string): boolean {
  const r = parseDivisionCode(code);
  return r.ok && r.special;
}

/**
 * Code of the enclosing division, in trimmed form: village → township,
 * township → county, county → city, city → province, province → `null`.
 * A township directly under a city without counties (441900003) returns the
 * city (4419). Throws `RangeError` on an invalid code.
 */
export function parentDivisionCode(code: string): string | null {
  const { value } = requireValid(code, 'parentDivisionCode');
  const parentLen = PARENT_LENGTH[value.length];
  if (parentLen === undefined) return null;
  return stripPadding(value.slice(0, parentLen));
}
