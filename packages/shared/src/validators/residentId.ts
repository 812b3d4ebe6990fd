/**
 * 18-digit resident identity number (公民身份号码 / 居民身份证号码, GB 11643-1999).
 *
 * Layout: 6-digit address code (division) + 8-digit birth date YYYYMMDD +
 * 3-digit sequence (odd = male, even = female) + 1 check character computed
 * with ISO 7064 MOD 11-2 (0–9 or X).
 *
 * Pure TypeScript, no runtime dependencies (shared by server and browser).
 */
import { isProvinceLevelCode } from './divisionCode.ts';

export type ResidentIdFailureReason = 'empty' | 'length' | 'format' | 'division' | 'birthdate' | 'checksum';

export type ResidentIdParseResult =
  | {
      ok: true;
      /** Normalised ID (trimmed, check character upper-cased). */
      value: string;
      /** Birth date as YYYY-MM-DD. */
      birthDate: string;
      sex: 'M' | 'F';
      /** First 2 digits, e.g. `31`. */
      provinceCode: string;
      /** First 6 digits (address code), e.g. `310112`. */
      divisionCode: string;
    }
  | { ok: false; reason: ResidentIdFailureReason };

export interface ResidentIdParseOptions {
  /**
   * Reference instant for the "birth date not in the future" rule; defaults to
   * the current time. "Today" is the calendar date in China Standard Time (UTC+8).
   */
  now?: Date;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'] as const;
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
const MIN_BIRTH_YEAR = 1900;

/**
 * ISO 7064 MOD 11-2 check character for the first 17 digits of a resident ID.
 * Throws `RangeError` if `first17` is not exactly 17 ASCII digits.
 */
export function computeResidentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`computeResidentIdCheckChar: expected 17 digits, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Today's date in China Standard Time as YYYYMMDD (China has no DST since 1991). */
function todayCst(now: Date): string {
  const d = new Date(now.getTime() + CST_OFFSET_MS);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}${m}${day}`;
}

function isValidBirthDate(yyyymmdd: string, now: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < MIN_BIRTH_YEAR) return false;
  if (m < 1 || m > 12) return false;
  if (d < 1 || d > daysInMonth(y, m)) return false;
  // Fixed-width digit strings compare chronologically.
  return yyyymmdd <= todayCst(now);
}

/**
 * Parse an 18-character resident ID. Surrounding whitespace is ignored and a
 * lowercase `x` check character is accepted (normalised to `X`).
 *
 * Checks, in order: `empty` → `length` (≠ 18) → `format` (17 digits + [0-9X])
 * → `division` (first 2 digits not a provincial-level code) → `birthdate`
 * (not a real date, year < 1900, or in the future) → `checksum`.
 */
export function parseResidentId(input: string, options: ResidentIdParseOptions = {}): ResidentIdParseResult {
  const raw = (input ?? '').trim();
  if (raw === '') return { ok: false, reason: 'empty' };
  if (raw.length !== 18) return { ok: false, reason: 'length' };
  const value = raw.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, reason: 'format' };

  const provinceCode = value.slice(0, 2);
  if (!isProvinceLevelCode(provinceCode)) return { ok: false, reason: 'division' };

  const birth = value.slice(6, 14);
  if (!isValidBirthDate(birth, options.now ?? new Date())) return { ok: false, reason: 'birthdate' };

  if (computeResidentIdCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'checksum' };

  return {
    ok: true,
    value,
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    sex: Number(value[16]) % 2 === 1 ? 'M' : 'F',
    provinceCode,
    divisionCode: value.slice(0, 6),
  };
}

export function isValidResidentId(s: string, options?: ResidentIdParseOptions): boolean {
  return parseResidentId(s, options).ok;
}

/**
 * Mask a resident ID for display: an 18-character ID keeps its first 4 and
 * last 4 characters with 10 `*` between (`3101**********123X`); any other
 * input keeps only its first 2 characters, the rest becoming `*`.
 * Surrounding whitespace is ignored; the check character is upper-cased.
 */
export function maskResidentId(id: string): string {
  const s = (id ?? '').trim();
  if (s.length === 18) return `${s.slice(0, 4)}${'*'.repeat(10)}${s.slice(14).toUpperCase()}`;
  return s.slice(0, 2) + '*'.repeat(Math.max(0, s.length - 2));
}
