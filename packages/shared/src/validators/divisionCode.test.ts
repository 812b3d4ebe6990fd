import { describe, it, expect } from 'vitest';
import {
  divisionLevel,
  isSpecialTownshipCode,
  isValidDivisionCode,
  parentDivisionCode,
  parseDivisionCode,
  toFullDivisionCode,
} from './divisionCode.ts';

describe('parseDivisionCode', () => {
  it('recognises each level of the trimmed hierarchical form', () => {
    expect(parseDivisionCode('31')).toEqual({ ok: true, value: '31', level: 'province', special: false });
    expect(parseDivisionCode('3101')).toEqual({ ok: true, value: '3101', level: 'city', special: false });
    expect(parseDivisionCode('310112')).toEqual({ ok: true, value: '310112', level: 'county', special: false });
    expect(parseDivisionCode('310112101')).toEqual({
      ok: true,
      value: '310112101',
      level: 'township',
      special: false,
    });
    expect(parseDivisionCode('310112101001')).toEqual({
      ok: true,
      value: '310112101001',
      level: 'village',
      special: false,
    });
  });

  it('flags special township units (400-599): 310112501 莘庄工业区 yes, 310112101 莘庄镇 no', () => {
    expect(parseDivisionCode('310112501')).toEqual({ ok: true, value: '310112501', level: 'township', special: true });
    expect(isSpecialTownshipCode('310112501')).toBe(true);
    expect(isSpecialTownshipCode('310112400')).toBe(true);
    expect(isSpecialTownshipCode('310112599')).toBe(true);
    expect(isSpecialTownshipCode('310112101')).toBe(false);
    expect(isSpecialTownshipCode('310112001')).toBe(false);
    expect(isSpecialTownshipCode('310112201')).toBe(false);
    expect(isSpecialTownshipCode('310112399')).toBe(false);
  });

  it('normalises the 12-digit padded form', () => {
    expect(parseDivisionCode('310112000000')).toMatchObject({ ok: true, value: '310112', level: 'county' });
    expect(parseDivisionCode('310112101000')).toMatchObject({ ok: true, value: '310112101', level: 'township' });
    expect(parseDivisionCode('310112501000')).toMatchObject({ ok: true, value: '310112501', special: true });
    expect(parseDivisionCode('310100000000')).toMatchObject({ ok: true, value: '3101', level: 'city' });
    expect(parseDivisionCode('310000000000')).toMatchObject({ ok: true, value: '31', level: 'province' });
    expect(isSpecialTownshipCode('310112501000')).toBe(true);
  });

  it('normalises the 6-digit GB/T 2260 padded form of cities and provinces', () => {
    expect(parseDivisionCode('310100')).toMatchObject({ ok: true, value: '3101', level: 'city' });
    expect(parseDivisionCode('310000')).toMatchObject({ ok: true, value: '31', level: 'province' });
  });

  it('accepts townships of cities without counties (county digits 00)', () => {
    expect(parseDivisionCode('441900003')).toMatchObject({ ok: true, value: '441900003', level: 'township' });
    expect(parseDivisionCode('441900003001')).toMatchObject({ ok: true, level: 'village' });
  });

  it('ignores surrounding whitespace', () => {
    expect(parseDivisionCode(' 310112 ')).toMatchObject({ ok: true, value: '310112' });
  });

  it('reports empty input', () => {
    expect(parseDivisionCode('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseDivisionCode('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('rejects malformed codes', () => {
    for (const bad of [
      '3', // length 1
      '310', // length 3
      '31011', // length 5
      '3101121', // length 7
      '3101121011', // length 10
      '31011210100', // length 11
      '3101121010011', // length 13
      '31011A',
      '3101-12',
      '99', // unknown province
      '990112',
      '00',
      '000000000000',
      '310012', // city 00 under a county
      '310112000101', // township 000 under a village
      '310112600', // township range 600-999 unassigned
      '310112999',
    ]) {
      expect(parseDivisionCode(bad)).toEqual({ ok: false, reason: 'format' });
    }
  });
});

describe('helpers', () => {
  it('isValidDivisionCode', () => {
    expect(isValidDivisionCode('310112')).toBe(true);
    expect(isValidDivisionCode('31011')).toBe(false);
  });

  it('toFullDivisionCode pads to 12 digits', () => {
    expect(toFullDivisionCode('31')).toBe('310000000000');
    expect(toFullDivisionCode('3101')).toBe('310100000000');
    expect(toFullDivisionCode('310112')).toBe('310112000000');
    expect(toFullDivisionCode('310112101')).toBe('310112101000');
    expect(toFullDivisionCode('310112101001')).toBe('310112101001');
    expect(toFullDivisionCode('310112101000')).toBe('310112101000');
    expect(() => toFullDivisionCode('310')).toThrow(RangeError);
  });

  it('divisionLevel', () => {
    expect(divisionLevel('31')).toBe('province');
    expect(divisionLevel('3101')).toBe('city');
    expect(divisionLevel('310112')).toBe('county');
    expect(divisionLevel('310112501')).toBe('township');
    expect(divisionLevel('310112101001')).toBe('village');
    expect(divisionLevel('310112000000')).toBe('county');
    expect(divisionLevel('abc')).toBeNull();
  });

  it('parentDivisionCode walks up one level (Shanghai: 310112 → 3101)', () => {
    expect(parentDivisionCode('310112101001')).toBe('310112101');
    expect(parentDivisionCode('310112101')).toBe('310112');
    expect(parentDivisionCode('310112')).toBe('3101');
    expect(parentDivisionCode('3101')).toBe('31');
    expect(parentDivisionCode('31')).toBeNull();
    expect(parentDivisionCode('310112101000')).toBe('310112');
    expect(parentDivisionCode('441900003')).toBe('4419');
    expect(() => parentDivisionCode('31011')).toThrow(RangeError);
  });
});
