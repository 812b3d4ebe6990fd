// Deterministic pseudo-random numbers for demo data: the same --seed gives the same organisation, byte for byte.
import { computeResidentIdCheckChar } from '@renshe/shared';

export type Rng = () => number;

/** mulberry32 — small, fast and good enough for demo data (not for anything secret). */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Weighted choice: weights need not sum to 1. */
export function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let x = rng() * total;
  for (const [v, w] of entries) {
    x -= w;
    if (x < 0) return v;
  }
  return entries[entries.length - 1]![0];
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏斌宇浩凯俊帆欣怡佳琪子涵梓轩思远雨晨嘉宁晓东海峰建国立新文博志明婷婷';

export function chineseName(rng: Rng): string {
  const len = rng() < 0.6 ? 2 : 1;
  let given = '';
  for (let i = 0; i < len; i++) given += GIVEN[Math.floor(rng() * GIVEN.length)];
  return SURNAMES[Math.floor(rng() * SURNAMES.length)] + given;
}

/** A resident ID with a valid check digit, born between the given years, registered in `division6`. */
export function residentId(rng: Rng, division6: string, minYear = 1960, maxYear = 2004, sex?: 'M' | 'F'): string {
  const year = intBetween(rng, minYear, maxYear);
  const month = intBetween(rng, 1, 12);
  const day = intBetween(rng, 1, 28);
  let seq = intBetween(rng, 0, 999);
  if (sex) seq = (seq - (seq % 2)) + (sex === 'M' ? 1 : 0);
  const first17 = `${division6}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + computeResidentIdCheckChar(first17);
}

export function mobile(rng: Rng): string {
  return `1${pick(rng, ['35', '36', '37', '38', '39', '50', '51', '58', '59', '86', '88'])}${String(intBetween(rng, 0, 99_999_999)).padStart(8, '0')}`;
}
