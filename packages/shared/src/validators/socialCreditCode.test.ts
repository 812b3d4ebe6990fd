import { describe, it, expect } from 'vitest';
import {
  computeOrganizationCodeCheckChar,
  computeSocialCreditCheckChar,
  isValidSocialCreditCode,
  parseSocialCreditCode,
} from './socialCreditCode.ts';

const EXAMPLE = '91350100M000100Y43'; // GB 32100-2015 example

/** Build a code whose organisation-code check (pos 17) and final check (pos 18) are both correct. */
const build = (first8: string, orgBody: string) => {
  const first17 = first8 + orgBody + computeOrganizationCodeCheckChar(orgBody);
  return first17 + computeSocialCreditCheckChar(first17);
};

describe('check character computation', () => {
  it('reproduces the check characters of the standard example', () => {
    expect(computeSocialCreditCheckChar('91350100M000100Y4')).toBe('3');
    expect(computeOrganizationCodeCheckChar('M000100Y')).toBe('4');
  });

  it('maps MOD 31 remainder 0 to check character 0', () => {
    let found = '';
    for (let i = 0; i < 1000 && !found; i++) {
      const code = build('91310112', String(i).padStart(8, '0'));
      if (code.endsWith('0')) found = code;
    }
    expect(found).toHaveLength(18);
    expect(isValidSocialCreditCode(found)).toBe(true);
  });

  it('computes GB 11714 checks with X for 10 and 0 for 11', () => {
    expect(computeOrganizationCodeCheckChar('60003734')).toBe('1');
    const checks = new Set<string>();
    for (let i = 0; i < 300; i++) checks.add(computeOrganizationCodeCheckChar(String(i).padStart(8, '0')));
    expect(checks.has('X')).toBe(true);
    expect(checks.has('0')).toBe(true);
  });

  it('rejects invalid input', () => {
    expect(() => computeSocialCreditCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => computeSocialCreditCheckChar('91350100M000100I4')).toThrow(RangeError);
    expect(() => computeOrganizationCodeCheckChar('M000100')).toThrow(RangeError);
  });
});

describe('parseSocialCreditCode', () => {
  it('accepts the standard example 91350100M000100Y43', () => {
    expect(parseSocialCreditCode(EXAMPLE)).toEqual({
      ok: true,
      value: EXAMPLE,
      registrationAuthority: '9',
      divisionCode: '350100',
    });
  });

  it('accepts other well-formed codes', () => {
    expect(isValidSocialCreditCode('91110000600037341L')).toBe(true);
    expect(isValidSocialCreditCode(build('Y1310112', 'MA1G4L1W'))).toBe(true);
    expect(isValidSocialCreditCode(build('N2310112', '12345678'))).toBe(true);
    expect(isValidSocialCreditCode(build('A1110000', 'ABCDEFGH'))).toBe(true);
  });

  it('accepts lowercase and surrounding whitespace, normalising the value', () => {
    const r = parseSocialCreditCode('  91350100m000100y43 ');
    expect(r.ok && r.value).toBe(EXAMPLE);
  });

  it('reports empty input', () => {
    expect(parseSocialCreditCode('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseSocialCreditCode(' \n ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('reports 17 and 19 characters as a length error', () => {
    expect(parseSocialCreditCode('91350100M000100Y4')).toEqual({ ok: false, reason: 'length' });
    expect(parseSocialCreditCode('91350100M000100Y433')).toEqual({ ok: false, reason: 'length' });
  });

  it('rejects the letters I, O, Z, S and V (charset)', () => {
    for (const letter of ['I', 'O', 'Z', 'S', 'V', 'i', 'o', 'z', 's', 'v']) {
      const code = `91350100${letter}000100Y43`;
      expect(parseSocialCreditCode(code)).toEqual({ ok: false, reason: 'charset' });
    }
    expect(parseSocialCreditCode('91350100M000100Y4-')).toEqual({ ok: false, reason: 'charset' });
    expect(parseSocialCreditCode('91350100 M00100Y43')).toEqual({ ok: false, reason: 'charset' });
  });

  it('rejects an unknown registration authority, category or non-digit division (format)', () => {
    expect(parseSocialCreditCode(build('B1350100', 'M000100Y'))).toEqual({ ok: false, reason: 'format' });
    expect(parseSocialCreditCode(build('01350100', 'M000100Y'))).toEqual({ ok: false, reason: 'format' });
    expect(parseSocialCreditCode(build('90350100', 'M000100Y'))).toEqual({ ok: false, reason: 'format' });
    expect(parseSocialCreditCode(build('9A350100', 'M000100Y'))).toEqual({ ok: false, reason: 'format' });
    expect(parseSocialCreditCode(build('913501A0', 'M000100Y'))).toEqual({ ok: false, reason: 'format' });
  });

  it('detects a changed check character', () => {
    expect(parseSocialCreditCode('91350100M000100Y44')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseSocialCreditCode('91350100M000100Y4Y')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('detects a single changed character', () => {
    expect(parseSocialCreditCode('91350200M000100Y43')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseSocialCreditCode('91350100M000200Y43')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseSocialCreditCode('92350100M000100Y43')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('detects transposed adjacent characters', () => {
    expect(parseSocialCreditCode('91351000M000100Y43')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseSocialCreditCode('91350100M001000Y43')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseSocialCreditCode('91350100M000100Y34')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('detects a wrong GB 11714 organisation-code check even when the MOD 31 check is right', () => {
    const first17 = '91350100M000100Y5'; // inner check should be 4
    const code = first17 + computeSocialCreditCheckChar(first17);
    expect(parseSocialCreditCode(code)).toEqual({ ok: false, reason: 'checksum' });
    expect(parseSocialCreditCode(code, { checkOrganizationCode: false }).ok).toBe(true);
  });
});
