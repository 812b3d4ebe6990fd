/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015).
 *
 * 18 characters from `0123456789ABCDEFGHJKLMNPQRTUWXY` (no I, O, Z, S, V):
 *
 * | pos   | meaning                                                      |
 * |-------|--------------------------------------------------------------|
 * | 1     | registration authority (登记管理部门): 1–9, A, N, Y            |
 * | 2     | organisation category (机构类别): 1–9                          |
 * | 3–8   | administrative division code of the registering authority   |
 * | 9–17  | subject identifier = organisation code (GB 11714), pos 17 is |
 * |       | its own check character                                      |
 * | 18    | check character (MOD 31)                                     |
 *
 * The GB 11714 organisation-code check (pos 17) is verified as well: weights
 * 3 7 9 10 5 8 4 2 over pos 9–16 with GB 11714 character values (0–9, A=10 …
 * Z=35), check = 11 − (sum mod 11), 10 → X, 11 → 0. The standard's example
 * 91350100M000100Y43 passes it (inner check 4). It can be switched off with
 * `{ checkOrganizationCode: false }` for legacy data that does not honour it.
 *
 * Pure TypeScript, no runtime dependencies (shared by server and browser).
 */

export const SOCIAL_CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export type SocialCreditCodeFailureReason = 'empty' | 'length' | 'charset' | 'format' | 'checksum';

export type SocialCreditCodeParseResult =
  | {
      ok: true;
      /** Normalised code (trimmed, upper-cased). */
      value: string;
      /** Position 1, e.g. `9` (市场监管/工商). */
      registrationAuthority: string;
      /** Positions 3–8. */
      divisionCode: string;
    }
  | { ok: false; reason: SocialCreditCodeFailureReason };

export interface SocialCreditCodeParseOptions {
  /** Verify the GB 11714 check character at position 17 (default `true`). */
  checkOrganizationCode?: boolean;
}

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const REGISTRATION_AUTHORITIES = '123456789ANY';
const ORGANISATION_CATEGORIES = '123456789';

const CHAR_VALUE: ReadonlyMap<string, number> = new Map(
  [...SOCIAL_CREDIT_CODE_CHARSET].map((c, i) => [c, i] as const),
);

/**
 * MOD 31 check character (position 18) for the first 17 characters.
 * Input is upper-cased; throws `RangeError` unless it is 17 characters of the USCC charset.
 */
export function computeSocialCreditCheckChar(first17: string): string {
  const s = (first17 ?? '').toUpperCase();
  if (s.length !== 17) {
    throw new RangeError(`computeSocialCreditCheckChar: expected 17 characters, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHAR_VALUE.get(s[i]);
    if (v === undefined) {
      throw new RangeError(`computeSocialCreditCheckChar: invalid character ${JSON.stringify(s[i])} at position ${i + 1}`);
    }
    sum += v * WEIGHTS[i];
  }
  return SOCIAL_CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * GB 11714-1997 organisation-code check character for an 8-character body
 * (digits and upper-case Latin letters, A=10 … Z=35). Returns 0–9 or X.
 * Throws `RangeError` on invalid input.
 */
export function computeOrganizationCodeCheckChar(first8: string): string {
  const s = (first8 ?? '').toUpperCase();
  if (!/^[0-9A-Z]{8}$/.test(s)) {
    throw new RangeError(`computeOrganizationCodeCheckChar: expected 8 characters [0-9A-Z], got ${JSON.stringify(first8)}`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(s[i], 36) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Parse a unified social credit code. Surrounding whitespace is ignored and
 * lowercase letters are accepted (normalised to upper case).
 *
 * Checks, in order: `empty` → `length` (≠ 18) → `charset` (a character outside
 * the 31-character set, e.g. I/O/Z/S/V) → `format` (registration authority not
 * 1–9/A/N/Y, category not 1–9, positions 3–8 not digits) → `checksum`
 * (position 18, then the GB 11714 check at position 17).
 */
export function parseSocialCreditCode(
  input: string,
  options: SocialCreditCodeParseOptions = {},
): SocialCreditCodeParseResult {
  const raw = (input ?? '').trim();
  if (raw === '') return { ok: false, reason: 'empty' };
  if (raw.length !== 18) return { ok: false, reason: 'length' };
  const value = raw.toUpperCase();
  for (const c of value) if (!CHAR_VALUE.has(c)) return { ok: false, reason: 'charset' };

  if (!REGISTRATION_AUTHORITIES.includes(value[0])) return { ok: false, reason: 'format' };
  if (!ORGANISATION_CATEGORIES.includes(value[1])) return { ok: false, reason: 'format' };
  if (!/^\d{6}$/.test(value.slice(2, 8))) return { ok: false, reason: 'format' };

  if (computeSocialCreditCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'checksum' };
  if ((options.checkOrganizationCode ?? true) && computeOrganizationCodeCheckChar(value.slice(8, 16)) !== value[16]) {
    return { ok: false, reason: 'checksum' };
  }

  return { ok: true, value, registrationAuthority: value[0], divisionCode: value.slice(2, 8) };
}

export function isValidSocialCreditCode(s: string, options?: SocialCreditCodeParseOptions): boolean {
  return parseSocialCreditCode(s, options).ok;
}
