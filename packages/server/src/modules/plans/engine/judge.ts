/**
 * Judging an indicator's progress against its target (进度判定), one rule per target kind.
 *
 * Time model:
 * - A plan period runs from Jan 1 of `period.start` to Dec 31 of `period.end`; every year of the period
 *   weighs the same, so the elapsed share of a 2021–2025 plan as of the end of 2023 is exactly 3/5.
 * - `asOf: { year }` means the END of that year (its figures are complete); `{ year, dayOfYear }` means
 *   the end of that day (1-based; day d of a 365-day year is d/365 of the year). A `Date` is taken as
 *   its calendar day in China Standard Time (UTC+8, no DST).
 * - Elapsed share = elapsed fraction of the period, 0 before it starts, 1 from the end of its last day.
 *   Share 0 → the period has not started → 'pending'. Share 1 → the period is over → judged on the
 *   final values: only 'achieved' or 'missed' (or 'pending' when there is nothing to judge).
 *
 * Values: `values` are the indicator's yearly figures (for `cumulative`: that year's addition).
 * Only years inside the period and not after `asOf`'s year count; null values are "no data". If a year
 * appears more than once the last entry wins.
 *
 * `gap` is signed "distance still to go": positive = short of the target (or over a ceiling/quota)
 * by that much; 0 or negative = met, with |gap| the margin.
 *
 * `higherIsBetter` (default true) only affects `annual` and `end_level`, e.g. an end-level unemployment
 * rate that must fall to a value; `floor`, `ceiling`, `zero`, `quota` carry their direction and
 * `cumulative` always means "reach the total".
 */

export const TARGET_KINDS = [
  'cumulative',
  'annual',
  'end_level',
  'floor',
  'ceiling',
  'zero',
  'quota',
  'milestone',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const JUDGEMENT_STATUSES = ['achieved', 'on_track', 'lagging', 'missed', 'pending'] as const;
/** 达标 / 进度正常 / 滞后 / 未达标 / 待评估 */
export type JudgementStatus = (typeof JUDGEMENT_STATUSES)[number];

export type AsOf = { year: number; dayOfYear?: number } | Date;

export interface JudgeInput {
  kind: TargetKind;
  targetValue: number | null;
  period: { start: number; end: number };
  /** Yearly values of the indicator, each a year's figure (for cumulative: that year's addition). */
  values: Array<{ year: number; value: number | null }>;
  asOf: AsOf;
  /** For `quota`: the quota set from above; falls back to `targetValue`. */
  quota?: number | null;
  /** For `milestone`: the named person's judgement. */
  milestone?: { met: boolean | null; by?: string; evidence?: string } | null;
  /** Default true; used by `annual` and `end_level` only. */
  higherIsBetter?: boolean;
  /** For `end_level`: the baseline value; enables the pro-rata "on track" path. */
  baseline?: number | null;
  /** Only used to print the numbers in `basis` ("万人", "%" …). */
  unit?: string | null;
}

export interface Judgement {
  status: JudgementStatus;
  /** The figure judged: the period sum (cumulative) or the latest value (other numeric kinds). */
  achieved: number | null;
  /** What the figure should be by now: target × elapsed share (cumulative), the pro-rata path
   *  (end_level with baseline), else the target / limit itself. */
  expectedByNow: number | null;
  /** The effective target: target value, the quota for `quota`, 0 for `zero`; null for milestones. */
  target: number | null;
  gap: number | null;
  elapsedShare: number | null;
  /** Short zh-CN explanation of the numbers behind the status. */
  basis: string;
}

const EPS = 1e-9;
const geq = (a: number, b: number): boolean => a >= b - EPS * Math.max(1, Math.abs(b));
const leq = (a: number, b: number): boolean => a <= b + EPS * Math.max(1, Math.abs(b));

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInYear = (y: number): number => (isLeap(y) ? 366 : 365);

/** The as-of point as a year plus the fraction of that year elapsed (0..1). */
export function resolveAsOf(asOf: AsOf): { year: number; fraction: number } {
  if (asOf instanceof Date) {
    const t = asOf.getTime();
    if (!Number.isFinite(t)) throw new RangeError('asOf is an invalid Date');
    const cst = new Date(t + 8 * 3600_000);
    const y = cst.getUTCFullYear();
    const day = Math.floor((Date.UTC(y, cst.getUTCMonth(), cst.getUTCDate()) - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
    return { year: y, fraction: day / daysInYear(y) };
  }
  if (!Number.isInteger(asOf.year)) throw new RangeError('asOf.year must be an integer');
  if (asOf.dayOfYear === undefined) return { year: asOf.year, fraction: 1 };
  const diy = daysInYear(asOf.year);
  const d = Math.min(Math.max(asOf.dayOfYear, 0), diy);
  return { year: asOf.year, fraction: d / diy };
}

/** Elapsed fraction of the period at `asOf`, clamped to [0, 1]. */
export function elapsedShare(period: { start: number; end: number }, asOf: AsOf): number {
  const { year, fraction } = resolveAsOf(asOf);
  const years = period.end - period.start + 1;
  const share = (year - period.start + fraction) / years;
  return Math.min(1, Math.max(0, share));
}

/** Up to 2 decimals, trailing zeros dropped, no "-0". */
export function formatNumber(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}

function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

const STATUS_LABELS: Record<JudgementStatus, { 'zh-CN': string; en: string }> = {
  achieved: { 'zh-CN': '达标', en: 'Achieved' },
  on_track: { 'zh-CN': '进度正常', en: 'On track' },
  lagging: { 'zh-CN': '滞后', en: 'Lagging' },
  missed: { 'zh-CN': '未达标', en: 'Missed' },
  pending: { 'zh-CN': '待评估', en: 'Pending' },
};

export function statusLabel(status: JudgementStatus, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  return STATUS_LABELS[status][lang];
}

export function judge(input: JudgeInput): Judgement {
  const { kind, period } = input;
  if (!Number.isInteger(period.start) || !Number.isInteger(period.end) || period.start > period.end) {
    throw new RangeError(`invalid period ${period.start}–${period.end}`);
  }
  const { year: asOfYear, fraction } = resolveAsOf(input.asOf);
  const share = elapsedShare(period, input.asOf);
  const over = share >= 1;
  /** The last year whose figures are complete at asOf. */
  const completeThrough = fraction >= 1 ? asOfYear : asOfYear - 1;
  const unit = input.unit ?? '';
  const u = (n: number): string => formatNumber(n) + unit;

  const result = (
    status: JudgementStatus,
    basis: string,
    fields: Partial<Pick<Judgement, 'achieved' | 'expectedByNow' | 'target' | 'gap'>> = {},
  ): Judgement => ({
    status,
    achieved: fields.achieved ?? null,
    expectedByNow: fields.expectedByNow ?? null,
    target: fields.target ?? null,
    gap: fields.gap ?? null,
    elapsedShare: share,
    basis,
  });

  const effectiveTarget: number | null =
    kind === 'milestone'
      ? null
      : kind === 'zero'
        ? 0
        : kind === 'quota'
          ? (input.quota ?? input.targetValue ?? null)
          : input.targetValue;

  if (share <= 0) {
    return result('pending', `规划期 ${period.start}–${period.end} 年尚未开始`, { target: effectiveTarget });
  }

  if (kind === 'milestone') {
    const m = input.milestone;
    const who = m?.by ? `认定人：${m.by}` : '';
    const ev = m?.evidence ? `依据：${m.evidence}` : '';
    const detail = [who, ev].filter(Boolean).join('；');
    const suffix = detail ? `（${detail}）` : '';
    if (!m || m.met === null || m.met === undefined) return result('pending', '尚未认定是否达成');
    if (m.met) return result('achieved', `已认定达成${suffix}`);
    return result(over ? 'missed' : 'lagging', `${over ? '规划期结束，' : ''}认定未达成${suffix}`);
  }

  if (effectiveTarget === null || !Number.isFinite(effectiveTarget)) {
    return result('pending', kind === 'quota' ? '尚未取得上级下达指标' : '未设定目标值');
  }
  const target = effectiveTarget;

  // Values inside the period and not after asOf; last entry per year wins.
  const byYear = new Map<number, number | null>();
  for (const v of input.values) {
    if (v.year >= period.start && v.year <= period.end && v.year <= asOfYear) {
      byYear.set(v.year, typeof v.value === 'number' && Number.isFinite(v.value) ? v.value : null);
    }
  }
  const known = [...byYear.entries()]
    .filter((e): e is [number, number] => e[1] !== null)
    .sort((a, b) => a[0] - b[0]);
  if (known.length === 0) return result('pending', '暂无数据', { target });

  const missingComplete: number[] = [];
  for (let y = period.start; y <= Math.min(period.end, completeThrough); y++) {
    if (byYear.get(y) === undefined || byYear.get(y) === null) missingComplete.push(y);
  }
  const missingNote = missingComplete.length ? `；缺 ${missingComplete.join('、')} 年数据` : '';

  const [latestYear, latest] = known[known.length - 1];
  const latestText = `最新（${latestYear} 年）${u(latest)}`;
  const hib = input.higherIsBetter !== false;

  switch (kind) {
    case 'cumulative': {
      const achieved = known.reduce((s, [, v]) => s + v, 0);
      const expected = target * share;
      const gap = target - achieved;
      const fields = { achieved, expectedByNow: expected, target, gap };
      if (geq(achieved, target)) {
        return result('achieved', `累计 ${u(achieved)}，已达到目标 ${u(target)}${missingNote}`, fields);
      }
      if (over) {
        return result(
          'missed',
          `期末累计 ${u(achieved)}，未达到目标 ${u(target)}，差 ${u(gap)}${missingNote}`,
          fields,
        );
      }
      const progress = `按时间进度应达 ${u(expected)}（${formatShare(share)}），目标 ${u(target)}`;
      if (geq(achieved, expected)) {
        return result('on_track', `累计 ${u(achieved)}，${progress}${missingNote}`, fields);
      }
      return result('lagging', `累计 ${u(achieved)}，低于${progress}${missingNote}`, fields);
    }

    case 'annual': {
      const complete = known.filter(([y]) => y <= completeThrough);
      const meets = (v: number): boolean => (hib ? geq(v, target) : leq(v, target));
      const word = hib ? '不低于' : '不高于';
      if (complete.length === 0) {
        return result('pending', `尚无完整年度数据（每年${word} ${u(target)}）`, { target, expectedByNow: target });
      }
      const [lastYear, lastValue] = complete[complete.length - 1];
      const fields = {
        achieved: lastValue,
        expectedByNow: target,
        target,
        gap: hib ? target - lastValue : lastValue - target,
      };
      const failing = complete.filter(([, v]) => !meets(v));
      if (failing.length) {
        const list = failing.map(([y, v]) => `${y} 年 ${u(v)}`).join('、');
        return result(over ? 'missed' : 'lagging', `未达标年度：${list}；每年${word} ${u(target)}${missingNote}`, fields);
      }
      if (over) {
        return result(
          'achieved',
          `各年度均达到每年${word} ${u(target)}（${lastYear} 年 ${u(lastValue)}）${missingNote}`,
          fields,
        );
      }
      return result(
        'on_track',
        `已完成的 ${complete.length} 个年度均达到每年${word} ${u(target)}（${lastYear} 年 ${u(lastValue)}）${missingNote}`,
        fields,
      );
    }

    case 'end_level': {
      const meets = (v: number, t: number): boolean => (hib ? geq(v, t) : leq(v, t));
      const baseline = typeof input.baseline === 'number' && Number.isFinite(input.baseline) ? input.baseline : null;
      const expected = baseline === null ? target : baseline + (target - baseline) * share;
      const fields = {
        achieved: latest,
        expectedByNow: over ? target : expected,
        target,
        gap: hib ? target - latest : latest - target,
      };
      if (meets(latest, target)) {
        return result('achieved', `${latestText}，已达到期末目标 ${u(target)}`, fields);
      }
      if (over) return result('missed', `${latestText}，未达到期末目标 ${u(target)}`, fields);
      if (baseline !== null) {
        const path = `按时间进度应达 ${u(expected)}（基数 ${u(baseline)}，${formatShare(share)}），期末目标 ${u(target)}`;
        if (meets(latest, expected)) return result('on_track', `${latestText}，${path}`, fields);
        return result('lagging', `${latestText}，未达${path}`, fields);
      }
      return result('lagging', `${latestText}，未达到期末目标 ${u(target)}`, fields);
    }

    case 'floor':
    case 'ceiling':
    case 'zero':
    case 'quota': {
      const higher = kind === 'floor';
      const met = kind === 'zero' ? Math.abs(latest) <= EPS : higher ? geq(latest, target) : leq(latest, target);
      const fields = {
        achieved: latest,
        expectedByNow: target,
        target,
        gap: higher ? target - latest : latest - target,
      };
      const rule =
        kind === 'floor'
          ? `应不低于 ${u(target)}`
          : kind === 'ceiling'
            ? `应控制在 ${u(target)} 以内`
            : kind === 'zero'
              ? '应保持为零'
              : `应控制在下达指标 ${u(target)} 以内`;
      const verdict = met ? '符合' : '不符合';
      return result(met ? 'achieved' : over ? 'missed' : 'lagging', `${latestText}，${verdict}（${rule}）`, fields);
    }
  }
}
