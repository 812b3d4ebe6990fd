// `renshe demo` step: plausible yearly values for every hand-entered indicator of the open 十四五 plans
// (minhang-14, jiading-14, haiyan-14) for 2021 up to the current year, flagged demo = true (shown as 演示数据).
// Counts that can be split by 街镇 (万人, 家, 个 …) are entered per 街镇; rates, levels and milestones at the
// region. Deterministic for a given seed; rows already present (entered by someone, or by an earlier run) are kept.
import type { Database } from '../../db/client.ts';
import { orgService } from '../orgs/service.ts';
import { systemCtx } from '../../platform/context.ts';
import { createRng, type Rng } from '../../demo/random.ts';
import type { DemoStep } from '../../demo/index.ts';
import { planCatalog } from './catalog.ts';
import { isAdditive } from './engine/compute.ts';
import { manualMeasureName, type Plan, type PlanIndicator } from './engine/planFile.ts';
import { planValueRepository, type NewPlanValueRow } from './repository.ts';
import { plansService } from './service.ts';

export const DEMO_PLAN_IDS = ['minhang-14', 'jiading-14', 'haiyan-14'];

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const between = (rng: Rng, a: number, b: number): number => a + rng() * (b - a);
const round = (v: number, unit: string | null): number => {
  const digits = unit && unit.startsWith('万') ? 4 : unit === '%' ? 2 : unit === '元/月' ? 0 : unit ? 0 : 0;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/** The region-level yearly figures of one indicator, or null when no plausible figure can be made up. */
function regionSeries(ind: PlanIndicator, years: number[], period: Plan['period'], rng: Rng): Array<{ year: number; value: number | null; met: boolean | null }> | null {
  const t = ind.target.value;
  const n = period.end - period.start + 1;
  const pct = ind.unit === '%';
  const cap = (v: number) => (pct ? Math.min(100, v) : v);
  switch (ind.target.kind) {
    case 'milestone':
      return years.map((year) => ({ year, value: null, met: rng() < 0.85 }));
    case 'zero':
      return years.map((year) => ({ year, value: 0, met: null }));
    case 'cumulative':
      if (t === null) return null;
      return years.map((year) => ({ year, value: (t / n) * between(rng, 0.92, 1.25), met: null }));
    case 'annual':
      if (t === null) return null;
      return years.map((year) => ({ year, value: t * between(rng, 0.97, 1.3), met: null }));
    case 'end_level': {
      if (t === null) return null;
      const start = ind.baseline?.value ?? t * between(rng, 0.8, 0.9);
      const end = t * between(rng, 0.96, 1.06);
      return years.map((year) => {
        const share = (year - period.start + 1) / n;
        return { year, value: cap(start + (end - start) * share * between(rng, 0.95, 1.05)), met: null };
      });
    }
    case 'floor':
      if (t === null) return null;
      return years.map((year) => ({ year, value: cap(pct ? t + between(rng, -2, 8) : t * between(rng, 0.98, 1.1)), met: null }));
    case 'ceiling':
      if (t === null) return null;
      return years.map((year) => ({ year, value: t * between(rng, 0.6, 0.95), met: null }));
    case 'quota': {
      const base = ind.baseline?.value ?? t;
      if (base === null || base === undefined) return null;
      return years.map((year) => ({ year, value: base * between(rng, 0.85, 1.05), met: null }));
    }
  }
}

export async function generatePlanDemo(database: Database, seed: number, planIds = DEMO_PLAN_IDS): Promise<number> {
  const { db } = database;
  const cy = new Date().getFullYear();
  const rows: NewPlanValueRow[] = [];
  for (const id of planIds) {
    const plan = planCatalog.get(id);
    if (!plan) continue;
    const years: number[] = [];
    for (let y = plan.period.start; y <= Math.min(plan.period.end, cy); y++) years.push(y);
    const towns = await orgService.listAll(systemCtx(db), { under: plan.region.code, levels: ['township'] });
    for (const ind of plan.indicators) {
      if (ind.formula !== null) continue;
      const rng = createRng((seed ^ hash(`${plan.id}/${ind.id}`)) >>> 0);
      const series = regionSeries(ind, years, plan.period, rng);
      if (!series) continue;
      const measure = manualMeasureName(plan.id, ind.id);
      const base = { measure, planId: plan.id, indicatorId: ind.id, authorId: null, authorName: 'renshe demo', demo: true,
        evidence: `演示数据（renshe demo --seed ${seed}），非真实统计 / demo data, not real statistics` };
      if (isAdditive(ind) && towns.length > 0) {
        // split by 街镇 with stable weights (bigger towns get more)
        const weights = towns.map(() => between(rng, 0.4, 1.6));
        const total = weights.reduce((s, w) => s + w, 0);
        for (const s of series) {
          towns.forEach((town, i) => {
            const v = (s.value ?? 0) * (weights[i]! / total) * between(rng, 0.95, 1.05);
            rows.push({ ...base, orgCode: town.code, year: s.year, value: String(round(v, ind.unit)), met: null });
          });
        }
      } else {
        for (const s of series) {
          rows.push({ ...base, orgCode: plan.region.code, year: s.year, value: s.value === null ? null : String(round(s.value, ind.unit)), met: s.met });
        }
      }
    }
  }
  await planValueRepository.insertDemo(db, rows);
  return rows.length;
}

export const plansDemoStep: DemoStep = {
  name: 'plans',
  async run(database, { seed, progress }) {
    const step = progress.step('规划指标演示数据 plan indicator demo values', 1);
    await generatePlanDemo(database, seed);
    step.tick();
    step.done();
    // Build the measure rollups now, after the bulk load, so the first person to open the cockpit does not pay for
    // scanning every past year of the facts (see docs/benchmarks.md, "Where the cold time goes").
    const warm = progress.step('预计算规划指标 pre-computing plan indicators', DEMO_PLAN_IDS.length);
    for (const planId of DEMO_PLAN_IDS) {
      const region = planCatalog.get(planId)!.region.code;
      await plansService.computeAll(systemCtx(database.db, 'renshe demo', region, 'district_staff'), planId, region);
      warm.tick();
    }
    warm.done();
  },
};
