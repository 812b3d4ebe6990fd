/**
 * User-facing messages (zh-CN and English) for every failure reason of the
 * identity validators.
 */
import type { DivisionCodeFailureReason } from './divisionCode.ts';
import type { MobileFailureReason } from './mobile.ts';
import type { ResidentIdFailureReason } from './residentId.ts';
import type { SocialCreditCodeFailureReason } from './socialCreditCode.ts';

export type ValidationMessageLang = 'zh-CN' | 'en';

export type ValidationMessageText = Readonly<Record<ValidationMessageLang, string>>;

/** Failure reasons per validator kind. */
export interface ValidationFailureReasons {
  residentId: ResidentIdFailureReason;
  socialCreditCode: SocialCreditCodeFailureReason;
  mobile: MobileFailureReason;
  divisionCode: DivisionCodeFailureReason;
}

export type ValidatorKind = keyof ValidationFailureReasons;

export type ValidationMessages = {
  readonly [K in ValidatorKind]: Readonly<Record<ValidationFailureReasons[K], ValidationMessageText>>;
};

export const validationMessages: ValidationMessages = {
  residentId: {
    empty: { 'zh-CN': '请输入身份证号码', en: 'Please enter the resident ID number' },
    length: { 'zh-CN': '身份证号码应为18位', en: 'The resident ID number must be 18 characters long' },
    format: {
      'zh-CN': '身份证号码格式不正确（应为17位数字加1位数字或X）',
      en: 'The resident ID number must be 17 digits followed by a digit or X',
    },
    division: {
      'zh-CN': '身份证号码的地址码不正确（前两位不是有效的省级行政区划代码）',
      en: 'The resident ID address code is wrong (the first two digits are not a valid province code)',
    },
    birthdate: {
      'zh-CN': '身份证号码中的出生日期无效',
      en: 'The birth date in the resident ID is not valid',
    },
    checksum: { 'zh-CN': '身份证号码校验位不正确', en: 'The resident ID check digit is wrong' },
  },
  socialCreditCode: {
    empty: { 'zh-CN': '请输入统一社会信用代码', en: 'Please enter the unified social credit code' },
    length: {
      'zh-CN': '统一社会信用代码应为18位',
      en: 'The unified social credit code must be 18 characters long',
    },
    charset: {
      'zh-CN': '统一社会信用代码只能包含数字和大写字母（不含I、O、Z、S、V）',
      en: 'The unified social credit code may only contain digits and capital letters except I, O, Z, S and V',
    },
    format: {
      'zh-CN': '统一社会信用代码格式不正确（登记管理部门、机构类别或行政区划码无效）',
      en: 'The unified social credit code is malformed (invalid registration authority, category or division code)',
    },
    checksum: {
      'zh-CN': '统一社会信用代码校验码不正确',
      en: 'The unified social credit code check character is wrong',
    },
  },
  mobile: {
    empty: { 'zh-CN': '请输入手机号码', en: 'Please enter a mobile number' },
    format: {
      'zh-CN': '手机号码格式不正确（应为以1开头的11位号码）',
      en: 'The mobile number must be an 11-digit mainland China number starting with 13–19',
    },
  },
  divisionCode: {
    empty: { 'zh-CN': '请输入行政区划代码', en: 'Please enter a division code' },
    format: {
      'zh-CN': '行政区划代码格式不正确（应为2、4、6、9或12位的有效代码）',
      en: 'The division code must be a valid 2, 4, 6, 9 or 12-digit code',
    },
  },
};

/** Message for a validator failure reason, in the requested language (default zh-CN). */
export function validationMessage<K extends ValidatorKind>(
  kind: K,
  reason: ValidationFailureReasons[K],
  lang: ValidationMessageLang = 'zh-CN',
): string {
  const byReason = validationMessages[kind] as Readonly<Record<string, ValidationMessageText>>;
  return byReason[reason][lang];
}
