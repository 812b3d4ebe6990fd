/**
 * Mainland China mobile numbers: 11 digits starting with 1[3-9].
 * Accepts an optional `+86` / `86` country prefix and ignores spaces and hyphens.
 *
 * Pure TypeScript, no runtime dependencies (shared by server and browser).
 */

export type MobileFailureReason = 'empty' | 'format';

export type MobileParseResult = { ok: true; value: string } | { ok: false; reason: MobileFailureReason };

const MOBILE = /^1[3-9]\d{9}$/;

/** Drop spaces/hyphens, then a `+86` or (before 11 more digits) `86` prefix. */
function stripPrefix(compact: string): string {
  if (compact.startsWith('+86')) return compact.slice(3);
  if (/^86\d{11}$/.test(compact)) return compact.slice(2);
  return compact;
}

/**
 * Parse a mobile number. `empty` when nothing but whitespace/hyphens is given,
 * `format` for anything that is not (+86/86 +) 1[3-9] + 9 digits.
 * `value` is the bare 11-digit number.
 */
export function parseMobile(input: string): MobileParseResult {
  const compact = (input ?? '').replace(/[\s-]+/g, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  const s = stripPrefix(compact);
  if (!MOBILE.test(s)) return { ok: false, reason: 'format' };
  return { ok: true, value: s };
}

export function isValidMobile(s: string): boolean {
  return parseMobile(s).ok;
}

/**
 * Mask a mobile number for display: `138****1234`. Valid input (in any
 * accepted form) is normalised first; other input keeps its first 3 and last
 * 4 characters when it has at least 8, otherwise it is masked entirely.
 */
export function maskMobile(mobile: string): string {
  const r = parseMobile(mobile);
  if (r.ok) return `${r.value.slice(0, 3)}****${r.value.slice(7)}`;
  const s = (mobile ?? '').trim();
  if (s.length >= 8) return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4);
  return '*'.repeat(s.length);
}
