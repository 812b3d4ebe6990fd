import { describe, it, expect } from 'vitest';
import {
  computeResidentIdCheckChar,
  isValidResidentId,
  maskResidentId,
  parseResidentId,
} from './residentId.ts';

/** Build an ID with a correct check character so only the field under test can fail. */
const withCheck = (first17: string) => first17 + computeResidentIdCheckChar(first17);

const NOW = new Date('2024-06-15T12:00:00+08:00');

describe('computeResidentIdCheckChar', () => {
  it('computes the GB 11643 example check character', () => {
    expect(computeResidentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('maps every remainder to the standard check characters', () => {
    const seen = new Set<string>();
    for (let seq = 0; seq < 200; seq++) {
      seen.add(computeResidentIdCheckChar(`3101121990030${String(seq).padStart(4, '0')}`));
    }
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('rejects input that is not 17 digits', () => {
    expect(() => computeResidentIdCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => computeResidentIdCheckChar('110105194912310021')).toThrow(RangeError);
    expect(() => computeResidentIdCheckChar('1101051949123100A')).toThrow(RangeError);
  });
});

describe('parseResidentId', () => {
  it('accepts the standard example 11010519491231002X and extracts its fields', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'F',
      provinceCode: '11',
      divisionCode: '110105',
    });
  });

  it('accepts a lowercase x and normalises it, ignoring surrounding whitespace', () => {
    const r = parseResidentId(' 11010519491231002x\t');
    expect(r.ok && r.value).toBe('11010519491231002X');
  });

  it('derives sex from the 17th digit', () => {
    const male = parseResidentId(withCheck('31011219900307123'));
    const female = parseResidentId(withCheck('31011219900307124'));
    expect(male.ok && male.sex).toBe('M');
    expect(female.ok && female.sex).toBe('F');
  });

  it('reports empty input', () => {
    expect(parseResidentId('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseResidentId('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('reports 17 and 19 characters as a length error', () => {
    expect(parseResidentId('11010519491231002')).toEqual({ ok: false, reason: 'length' });
    expect(parseResidentId('11010519491231002X1')).toEqual({ ok: false, reason: 'length' });
  });

  it('reports non-digits and misplaced X as a format error', () => {
    expect(parseResidentId('1101051949123100XX')).toEqual({ ok: false, reason: 'format' });
    expect(parseResidentId('11010519491231002Y')).toEqual({ ok: false, reason: 'format' });
    expect(parseResidentId('110105 1949123100X')).toEqual({ ok: false, reason: 'format' });
    expect(parseResidentId('１１０１０５１９４９１２３１００２Ｘ')).toEqual({ ok: false, reason: 'format' });
  });

  it('rejects an unknown province prefix (99, 00, 10)', () => {
    expect(parseResidentId(withCheck('99010519491231002'))).toEqual({ ok: false, reason: 'division' });
    expect(parseResidentId(withCheck('00000019491231002'))).toEqual({ ok: false, reason: 'division' });
    expect(parseResidentId(withCheck('10010519491231002'))).toEqual({ ok: false, reason: 'division' });
  });

  it('accepts every provincial-level prefix including 71, 81 and 82', () => {
    for (const p of ['11', '31', '46', '50', '65', '71', '81', '82']) {
      expect(isValidResidentId(withCheck(`${p}010519491231002`), { now: NOW })).toBe(true);
    }
  });

  it('rejects impossible dates: 30 February, 29 February in non-leap years, month 13, day 0, 31 April', () => {
    for (const date of ['19900230', '19990229', '19000229', '19901301', '19900100', '19900431', '19900001']) {
      expect(parseResidentId(withCheck(`310112${date}123`), { now: NOW })).toEqual({ ok: false, reason: 'birthdate' });
    }
  });

  it('accepts 29 February in leap years (incl. 2000)', () => {
    expect(parseResidentId(withCheck('31011220000229123'), { now: NOW }).ok).toBe(true);
    expect(parseResidentId(withCheck('31011219960229123'), { now: NOW }).ok).toBe(true);
  });

  it('rejects birth years before 1900', () => {
    expect(parseResidentId(withCheck('31011218991231123'), { now: NOW })).toEqual({ ok: false, reason: 'birthdate' });
    expect(parseResidentId(withCheck('31011219000101123'), { now: NOW }).ok).toBe(true);
  });

  it('rejects a birth date in the future; today (China time) is fine', () => {
    expect(parseResidentId(withCheck('31011220240615123'), { now: NOW }).ok).toBe(true);
    expect(parseResidentId(withCheck('31011220240616123'), { now: NOW })).toEqual({ ok: false, reason: 'birthdate' });
    // 2024-06-15T20:00Z is already 2024-06-16 in China.
    const lateUtc = new Date('2024-06-15T20:00:00Z');
    expect(parseResidentId(withCheck('31011220240616123'), { now: lateUtc }).ok).toBe(true);
  });

  it('rejects a future birth date against the real clock by default', () => {
    const y = new Date().getUTCFullYear() + 1;
    expect(parseResidentId(withCheck(`310112${y}0101123`))).toEqual({ ok: false, reason: 'birthdate' });
  });

  it('detects a changed check character', () => {
    expect(parseResidentId('110105194912310021')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseResidentId('110105194912310020')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('detects a single changed digit', () => {
    expect(parseResidentId('11010519491231003X')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseResidentId('11010619491231002X')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('detects transposed adjacent digits', () => {
    // ...002X → ...020X
    expect(parseResidentId('11010519491231020X')).toEqual({ ok: false, reason: 'checksum' });
    // 110105 → 101105
    expect(parseResidentId('10110519491231002X').ok).toBe(false);
    // 110105 → 111005
    expect(parseResidentId('11100519491231002X')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('checks in the documented order (division before birthdate before checksum)', () => {
    // bad province, bad date and bad check character at once
    expect(parseResidentId('990105199002300000')).toEqual({ ok: false, reason: 'division' });
    // bad date and bad check character
    expect(parseResidentId('310112199002300000')).toEqual({ ok: false, reason: 'birthdate' });
  });
});

describe('isValidResidentId', () => {
  it('mirrors parseResidentId', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('11010519491231002')).toBe(false);
    expect(isValidResidentId('110105194912310021')).toBe(false);
  });
});

describe('maskResidentId', () => {
  it('keeps the first 4 and last 4 characters of an 18-character ID', () => {
    expect(maskResidentId('11010519491231002X')).toBe('1101**********002X');
    expect(maskResidentId('31011219900307123X')).toBe('3101**********123X');
    expect(maskResidentId('11010519491231002x')).toBe('1101**********002X');
  });

  it('masks anything else except the first 2 characters', () => {
    expect(maskResidentId('11010519491231002')).toBe('11***************');
    expect(maskResidentId('11010519491231002X1')).toBe('11*****************');
    expect(maskResidentId('123')).toBe('12*');
    expect(maskResidentId('')).toBe('');
  });
});
