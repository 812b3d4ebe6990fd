import { describe, it, expect } from 'vitest';
import { validationMessage, validationMessages } from './messages.ts';
import { parseResidentId } from './residentId.ts';

describe('validationMessages', () => {
  it('has a non-empty zh-CN and en message for every reason', () => {
    const expected = {
      residentId: ['empty', 'length', 'format', 'division', 'birthdate', 'checksum'],
      socialCreditCode: ['empty', 'length', 'charset', 'format', 'checksum'],
      mobile: ['empty', 'format'],
      divisionCode: ['empty', 'format'],
    };
    expect(Object.keys(validationMessages).sort()).toEqual(Object.keys(expected).sort());
    for (const [kind, reasons] of Object.entries(expected)) {
      const table = validationMessages[kind as keyof typeof validationMessages] as Record<
        string,
        { 'zh-CN': string; en: string }
      >;
      expect(Object.keys(table).sort()).toEqual([...reasons].sort());
      for (const r of reasons) {
        expect(table[r]['zh-CN']).toMatch(/\S/);
        expect(table[r].en).toMatch(/\S/);
      }
    }
  });

  it('validationMessage looks up by kind, reason and language', () => {
    expect(validationMessage('residentId', 'checksum', 'zh-CN')).toBe('身份证号码校验位不正确');
    expect(validationMessage('residentId', 'checksum', 'en')).toBe('The resident ID check digit is wrong');
    expect(validationMessage('mobile', 'format')).toBe(validationMessages.mobile.format['zh-CN']);
    const r = parseResidentId('110105194912310021');
    if (r.ok) throw new Error('expected failure');
    expect(validationMessage('residentId', r.reason, 'en')).toBe('The resident ID check digit is wrong');
  });
});
