import { describe, it, expect } from 'vitest';
import { isValidMobile, maskMobile, parseMobile } from './mobile.ts';

describe('parseMobile', () => {
  it('accepts a bare 11-digit number', () => {
    expect(parseMobile('13812341234')).toEqual({ ok: true, value: '13812341234' });
  });

  it('accepts every second digit 3-9', () => {
    for (const d of '3456789') expect(isValidMobile(`1${d}812341234`)).toBe(true);
  });

  it('strips +86 / 86 prefixes, spaces and hyphens', () => {
    for (const form of [
      '+8613812341234',
      '+86 138 1234 1234',
      '+86-138-1234-1234',
      '8613812341234',
      '86 138 1234 1234',
      '138-1234-1234',
      '138 1234 1234',
      '  13812341234  ',
    ]) {
      expect(parseMobile(form)).toEqual({ ok: true, value: '13812341234' });
    }
  });

  it('reports empty input', () => {
    expect(parseMobile('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseMobile('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseMobile(' - ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('rejects malformed numbers', () => {
    for (const bad of [
      '12812341234', // second digit 2
      '10812341234',
      '23812341234',
      '1381234123', // 10 digits
      '138123412345', // 12 digits
      '+85213812341234', // other country code
      '+86',
      '0086 13812341234',
      '138l2341234',
      '(138)12341234',
      '861381234123', // 86 + 10 digits
    ]) {
      expect(parseMobile(bad)).toEqual({ ok: false, reason: 'format' });
    }
  });
});

describe('maskMobile', () => {
  it('masks the middle four digits', () => {
    expect(maskMobile('13812341234')).toBe('138****1234');
    expect(maskMobile('+86 139-0000-5678')).toBe('139****5678');
  });

  it('masks invalid input without revealing it', () => {
    expect(maskMobile('021-12345678')).toBe('021*****5678');
    expect(maskMobile('12345')).toBe('*****');
    expect(maskMobile('')).toBe('');
  });
});
