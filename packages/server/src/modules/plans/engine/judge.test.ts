import { describe, it, expect } from 'vitest';
import { elapsedShare, judge, resolveAsOf, statusLabel, type JudgeInput } from './judge.ts';

const P5 = { start: 2021, end: 2025 };
const P2 = { start: 2021, end: 2022 };

const base = (over: Partial<JudgeInput>): JudgeInput => ({
  kind: 'cumulative',
  targetValue: 10,
  period: P5,
  values: [],
  asOf: { year: 2023 },
  ...over,
});

const vals = (o: Record<number, number | null>) => Object.entries(o).map(([y, v]) => ({ year: Number(y), value: v }));

describe('elapsed share', () => {
  it('every year weighs the same; { year } is the end of that year', () => {
    expect(elapsedShare(P5, { year: 2023 })).toBe(0.6);
    expect(elapsedShare(P2, { year: 2021 })).toBe(0.5);
    expect(elapsedShare(P5, { year: 2020 })).toBe(0);
    expect(elapsedShare(P5, { year: 2025 })).toBe(1);
    expect(elapsedShare(P5, { year: 2030 })).toBe(1);
  });

  it('dayOfYear counts the day as elapsed', () => {
    expect(elapsedShare({ start: 2023, end: 2023 }, { year: 2023, dayOfYear: 73 })).toBeCloseTo(0.2, 12);
    expect(elapsedShare(P2, { year: 2021, dayOfYear: 365 })).toBe(0.5);
    expect(elapsedShare(P5, { year: 2021, dayOfYear: 0 })).toBe(0);
  });

  it('a Date is its calendar day in China Standard Time', () => {
    // 2023-12-31T16:30Z is 2024-01-01 00:30 in Shanghai: day 1 of 2024 (leap year).
    expect(resolveAsOf(new Date('2023-12-31T16:30:00Z'))).toEqual({ year: 2024, fraction: 1 / 366 });
    expect(resolveAsOf(new Date('2023-03-01T00:00:00+08:00'))).toEqual({ year: 2023, fraction: 60 / 365 });
    expect(elapsedShare(P2, new Date('2021-12-31T12:00:00+08:00'))).toBe(0.5);
  });
});

describe('common rules', () => {
  it('a period not yet started is pending, whatever the data', () => {
    for (const kind of ['cumulative', 'annual', 'end_level', 'floor', 'ceiling', 'zero', 'quota', 'milestone'] as const) {
      const j = judge(
        base({ kind, targetValue: kind === 'milestone' ? null : 5, asOf: { year: 2020 }, values: vals({ 2020: 99 }), milestone: { met: true } }),
      );
      expect(j.status, kind).toBe('pending');
      expect(j.elapsedShare).toBe(0);
      expect(j.basis).toContain('尚未开始');
    }
  });

  it('no values at all is pending', () => {
    for (const kind of ['cumulative', 'annual', 'end_level', 'floor', 'ceiling', 'zero', 'quota'] as const) {
      expect(judge(base({ kind, values: [] })).status, kind).toBe('pending');
      expect(judge(base({ kind, values: vals({ 2021: null, 2022: null }) })).status, kind).toBe('pending');
      expect(judge(base({ kind, values: [], asOf: { year: 2030 } })).status, kind).toBe('pending');
      expect(judge(base({ kind, values: [] })).basis).toBe('暂无数据');
    }
  });

  it('values outside the period or after asOf are ignored', () => {
    const j = judge(base({ values: vals({ 2020: 100, 2021: 2, 2024: 100, 2026: 100 }), asOf: { year: 2023 } }));
    expect(j.achieved).toBe(2);
  });

  it('a numeric kind without a target is pending', () => {
    expect(judge(base({ kind: 'floor', targetValue: null, values: vals({ 2021: 1 }) })).status).toBe('pending');
  });

  it('status labels', () => {
    expect(statusLabel('achieved', 'zh-CN')).toBe('达标');
    expect(statusLabel('on_track', 'zh-CN')).toBe('进度正常');
    expect(statusLabel('lagging', 'zh-CN')).toBe('滞后');
    expect(statusLabel('missed', 'zh-CN')).toBe('未达标');
    expect(statusLabel('pending', 'zh-CN')).toBe('待评估');
    expect(statusLabel('pending')).toBe('待评估');
    expect(statusLabel('achieved', 'en')).toBe('Achieved');
    expect(statusLabel('on_track', 'en')).toBe('On track');
    expect(statusLabel('lagging', 'en')).toBe('Lagging');
    expect(statusLabel('missed', 'en')).toBe('Missed');
    expect(statusLabel('pending', 'en')).toBe('Pending');
  });
});

describe('cumulative (时间过半、任务过半)', () => {
  it('half way with exactly half the target is on track', () => {
    const j = judge(base({ period: P2, targetValue: 10, values: vals({ 2021: 5 }), asOf: { year: 2021 }, unit: '万人' }));
    expect(j).toMatchObject({ status: 'on_track', achieved: 5, expectedByNow: 5, target: 10, gap: 5, elapsedShare: 0.5 });
    expect(j.basis).toBe('累计 5万人，按时间进度应达 5万人（50%），目标 10万人');
  });

  it('just below the pro-rata path is lagging', () => {
    const j = judge(base({ period: P2, targetValue: 10, values: vals({ 2021: 4.99 }), asOf: { year: 2021 } }));
    expect(j.status).toBe('lagging');
    expect(j.basis).toContain('低于按时间进度应达 5（50%）');
  });

  it('sums the yearly additions; float sums exactly on the path are on track', () => {
    // 0.1 + 0.2 = 0.30000000000000004; target 0.5 × 0.6 = 0.3
    const j = judge(base({ targetValue: 0.5, values: vals({ 2021: 0.1, 2022: 0.2 }), asOf: { year: 2023 } }));
    expect(j.status).toBe('on_track');
    expect(j.basis).toContain('缺 2023 年数据');
  });

  it('reaching the target at any time is achieved', () => {
    const j = judge(base({ targetValue: 16, values: vals({ 2021: 9, 2022: 7 }), asOf: { year: 2022, dayOfYear: 10 } }));
    expect(j).toMatchObject({ status: 'achieved', achieved: 16, gap: 0 });
  });

  it('exactly on target at the end is achieved, below is missed', () => {
    const v = vals({ 2021: 3, 2022: 3, 2023: 3, 2024: 3, 2025: 4 });
    expect(judge(base({ targetValue: 16, values: v, asOf: { year: 2025 } })).status).toBe('achieved');
    const missed = judge(base({ targetValue: 17, values: v, asOf: { year: 2026 } }));
    expect(missed).toMatchObject({ status: 'missed', achieved: 16, gap: 1, elapsedShare: 1 });
    expect(missed.basis).toBe('期末累计 16，未达到目标 17，差 1');
  });

  it('a period that is over is never on track or lagging', () => {
    // 1 of 10, asOf a Date after the period: missed, not lagging.
    const j = judge(base({ period: P2, targetValue: 10, values: vals({ 2021: 1 }), asOf: new Date('2024-06-01T00:00:00Z') }));
    expect(j.status).toBe('missed');
  });

  it('mid-year: includes the current year-to-date figure', () => {
    const j = judge(
      base({ period: { start: 2024, end: 2024 }, targetValue: 12, values: vals({ 2024: 6 }), asOf: { year: 2024, dayOfYear: 183 } }),
    );
    expect(j.elapsedShare).toBe(0.5);
    expect(j.status).toBe('on_track');
  });
});

describe('annual (每年不低于)', () => {
  const A = (values: Record<number, number | null>, asOf: JudgeInput['asOf'], extra: Partial<JudgeInput> = {}) =>
    judge(base({ kind: 'annual', targetValue: 50, values: vals(values), asOf, unit: '万个', ...extra }));

  it('every complete year at or above the target is on track while running', () => {
    const j = A({ 2021: 55, 2022: 50, 2023: 52 }, { year: 2023 });
    expect(j).toMatchObject({ status: 'on_track', achieved: 52, expectedByNow: 50, target: 50, gap: -2 });
    expect(j.basis).toBe('已完成的 3 个年度均达到每年不低于 50万个（2023 年 52万个）');
  });

  it('the current, incomplete year is not judged yet', () => {
    expect(A({ 2021: 55, 2022: 10 }, { year: 2022, dayOfYear: 100 })).toMatchObject({ status: 'on_track', achieved: 55 });
    expect(A({ 2021: 10 }, { year: 2021, dayOfYear: 100 }).status).toBe('pending');
  });

  it('any completed year below the target is lagging, missed once the period is over', () => {
    const j = A({ 2021: 48, 2022: 55 }, { year: 2022 });
    expect(j.status).toBe('lagging');
    expect(j.basis).toBe('未达标年度：2021 年 48万个；每年不低于 50万个');
    expect(A({ 2021: 55, 2022: 55, 2023: 55, 2024: 49.9, 2025: 60 }, { year: 2025 }).status).toBe('missed');
  });

  it('over with every year met (exactly on target) is achieved', () => {
    expect(A({ 2021: 50, 2022: 50, 2023: 50, 2024: 50, 2025: 50 }, { year: 2025 }).status).toBe('achieved');
  });

  it('lower is better when higherIsBetter is false', () => {
    expect(A({ 2021: 45, 2022: 50 }, { year: 2022 }, { higherIsBetter: false }).status).toBe('on_track');
    expect(A({ 2021: 51 }, { year: 2022 }, { higherIsBetter: false }).status).toBe('lagging');
  });
});

describe('end_level (期末水平)', () => {
  const E = (values: Record<number, number | null>, asOf: JudgeInput['asOf'], extra: Partial<JudgeInput> = {}) =>
    judge(base({ kind: 'end_level', targetValue: 36, values: vals(values), asOf, unit: '%', ...extra }));

  it('latest value at or above the target is achieved, even before the end', () => {
    expect(E({ 2021: 30, 2022: 36 }, { year: 2022 })).toMatchObject({ status: 'achieved', achieved: 36, gap: 0 });
  });

  it('with a baseline: on track on the pro-rata path between baseline and target', () => {
    // baseline 30 → 36, 60% elapsed: expected 33.6
    const on = E({ 2023: 33.6 }, { year: 2023 }, { baseline: 30 });
    expect(on.status).toBe('on_track');
    expect(on.expectedByNow).toBeCloseTo(33.6, 12);
    expect(on.basis).toBe('最新（2023 年）33.6%，按时间进度应达 33.6%（基数 30%，60%），期末目标 36%');
    expect(E({ 2023: 33.5 }, { year: 2023 }, { baseline: 30 }).status).toBe('lagging');
  });

  it('without a baseline: below the target is lagging', () => {
    expect(E({ 2023: 35 }, { year: 2023 })).toMatchObject({ status: 'lagging', expectedByNow: 36, gap: 1 });
  });

  it('after the end: achieved or missed on the final value', () => {
    expect(E({ 2024: 40, 2025: 36 }, { year: 2025 }, { baseline: 30 }).status).toBe('achieved');
    const m = E({ 2024: 40, 2025: 35 }, { year: 2026 }, { baseline: 30 });
    expect(m).toMatchObject({ status: 'missed', achieved: 35, expectedByNow: 36 });
  });

  it('lower is better when higherIsBetter is false', () => {
    const j = (v: number) => E({ 2023: v }, { year: 2023 }, { targetValue: 4, baseline: 6, higherIsBetter: false });
    expect(j(4).status).toBe('achieved');
    expect(j(4.8).status).toBe('on_track'); // 6 + (4 − 6) × 0.6 = 4.8
    expect(j(4.9).status).toBe('lagging');
  });
});

describe('floor / ceiling / zero / quota: compared as they stand', () => {
  it('floor', () => {
    const f = (v: number, asOf: JudgeInput['asOf']) =>
      judge(base({ kind: 'floor', targetValue: 65, values: vals({ 2021: 70, 2022: v }), asOf, unit: '%' }));
    expect(f(65, { year: 2022 })).toMatchObject({ status: 'achieved', achieved: 65, gap: 0 });
    expect(f(64, { year: 2022 })).toMatchObject({ status: 'lagging', gap: 1 });
    expect(f(64, { year: 2022 }).basis).toBe('最新（2022 年）64%，不符合（应不低于 65%）');
    expect(f(64, { year: 2027 }).status).toBe('missed');
    expect(f(66, { year: 2027 }).status).toBe('achieved');
  });

  it('ceiling', () => {
    const c = (v: number, asOf: JudgeInput['asOf']) =>
      judge(base({ kind: 'ceiling', targetValue: 2.8, values: vals({ 2022: v }), asOf, unit: '万人' }));
    expect(c(2.8, { year: 2022 })).toMatchObject({ status: 'achieved', gap: 0 });
    expect(c(2.5, { year: 2022 }).basis).toBe('最新（2022 年）2.5万人，符合（应控制在 2.8万人 以内）');
    expect(c(2.9, { year: 2022 }).status).toBe('lagging');
    expect(c(2.9, { year: 2022 }).gap).toBeCloseTo(0.1, 12);
    expect(c(2.9, { year: 2025 }).status).toBe('missed');
  });

  it('zero', () => {
    const z = (v: number, asOf: JudgeInput['asOf']) =>
      judge(base({ kind: 'zero', targetValue: null, values: vals({ 2021: 3, 2022: v }), asOf }));
    expect(z(0, { year: 2022 })).toMatchObject({ status: 'achieved', target: 0, achieved: 0 });
    expect(z(1, { year: 2022 })).toMatchObject({ status: 'lagging', gap: 1 });
    expect(z(1, { year: 2025 }).status).toBe('missed');
    expect(z(0, { year: 2025 }).status).toBe('achieved');
  });

  it('quota: the quota from above, else the target value, else pending', () => {
    const q = (extra: Partial<JudgeInput>) => judge(base({ kind: 'quota', values: vals({ 2022: 4 }), asOf: { year: 2022 }, ...extra }));
    expect(q({ quota: 4, targetValue: null })).toMatchObject({ status: 'achieved', target: 4 });
    expect(q({ quota: 3.5, targetValue: 10 })).toMatchObject({ status: 'lagging', target: 3.5, gap: 0.5 });
    expect(q({ quota: null, targetValue: 5 })).toMatchObject({ status: 'achieved', target: 5 });
    const p = q({ quota: null, targetValue: null });
    expect(p.status).toBe('pending');
    expect(p.basis).toBe('尚未取得上级下达指标');
    expect(q({ quota: 3, asOf: { year: 2025 } }).status).toBe('missed');
  });
});

describe('milestone', () => {
  const M = (milestone: JudgeInput['milestone'], asOf: JudgeInput['asOf'] = { year: 2023 }) =>
    judge(base({ kind: 'milestone', targetValue: null, milestone, asOf }));

  it('met → achieved, with who and what', () => {
    const j = M({ met: true, by: '张三', evidence: '2023 年工作总结' });
    expect(j).toMatchObject({ status: 'achieved', achieved: null, target: null, gap: null, elapsedShare: 0.6 });
    expect(j.basis).toBe('已认定达成（认定人：张三；依据：2023 年工作总结）');
  });

  it('not met → lagging, missed at the end', () => {
    expect(M({ met: false, by: '李四' }).status).toBe('lagging');
    expect(M({ met: false }, { year: 2025 }).status).toBe('missed');
  });

  it('not judged → pending', () => {
    expect(M({ met: null }).status).toBe('pending');
    expect(M(null).status).toBe('pending');
    expect(M(undefined, { year: 2030 }).status).toBe('pending');
  });
});
