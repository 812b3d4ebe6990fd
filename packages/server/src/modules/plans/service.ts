// 规划监测 — plans, their indicators computed for one unit and its child units, judged against the targets,
// hand entry of values (audited), and the data behind the CLI and the Excel export.
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { orgUnits } from '../../db/schema.ts';
import { writeAudit } from '../../platform/audit.ts';
import { hasPermission, requirePermission, type Ctx } from '../../platform/context.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { getMeasure } from '../../platform/measures.ts';
import { isWithinScope, scopeOf, type Scope } from '../../platform/scope.ts';
import { planCatalog } from './catalog.ts';
import { computePlan, type CompiledIndicator, type CompiledPlan, type IndicatorYear, type PlanFigures } from './engine/compute.ts';
import { formatFormula } from './engine/expression.ts';
import { judge, statusLabel, type AsOf, type Judgement, type JudgementStatus } from './engine/judge.ts';
import { manualMeasureName, type Plan, type PlanIndicator } from './engine/planFile.ts';
import { planValueRepository, type PlanValueRow } from './repository.ts';

export const PLAN_ENTITY = { 'zh-CN': '规划', en: 'Plan' };
export const INDICATOR_ENTITY = { 'zh-CN': '指标', en: 'Indicator' };
const ORG_ENTITY = { 'zh-CN': '组织机构', en: 'Org unit' };

export interface PlanSummary {
  id: string; region: { code: string; name: string }; title: string; period: { start: number; end: number };
  status: 'open' | 'closed'; issuer: string | null; documentNo: string | null; source: { seed: string; section: string };
  indicatorCount: number;
}

export interface JudgementOut extends Judgement { label: string; labelEn: string }

export interface IndicatorRow {
  id: string; no: number; category: string | null; name: string; attribute: string | null; unit: string | null;
  baseline: PlanIndicator['baseline']; target: PlanIndicator['target'];
  formula: string | null;
  /** computed | hand-entered | demo (of the figures judged); null when there is no figure yet */
  source: 'computed' | 'hand-entered' | 'demo' | null;
  /** computed by a module, or hand-entered (no module computes it yet) */
  kind: 'computed' | 'hand-entered';
  /** the figure judged: cumulative total so far, or the latest value */
  current: number | null;
  currentYear: number | null;
  met: boolean | null;
  /** the value of the selected year */
  yearValue: number | null;
  asOf: string | null;
  evidence: string | null;
  progress: number | null;
  judgement: JudgementOut;
}

export interface UnitRef { code: string; name: string; level: string }

export interface PlanDetail {
  plan: PlanSummary; unit: UnitRef; children: UnitRef[]; year: number; asOf: string; computedAt: string;
  canEnter: boolean; indicators: IndicatorRow[];
}

function summary(p: Plan): PlanSummary {
  return {
    id: p.id, region: p.region, title: p.title, period: p.period, status: p.status, issuer: p.issuer,
    documentNo: p.documentNo, source: p.source, indicatorCount: p.indicators.length,
  };
}

/** A plan is visible when its region and the account's unit lie on one branch of the tree. */
function planVisible(scope: Scope, p: Plan): boolean {
  return scope.orgCode === '' || p.region.code.startsWith(scope.orgCode) || scope.orgCode.startsWith(p.region.code);
}

function requirePlan(ctx: Ctx, planId: string): CompiledPlan {
  requirePermission(ctx, 'plans.read');
  const plan = planCatalog.get(planId);
  if (!plan || !planVisible(scopeOf(ctx), plan)) throw notFound(PLAN_ENTITY);
  return planCatalog.compiled(planId)!;
}

function requireIndicator(c: CompiledPlan, indicatorId: string): CompiledIndicator {
  const ind = c.indicators.find((i) => i.indicator.id === indicatorId);
  if (!ind) throw notFound(INDICATOR_ENTITY);
  return ind;
}

const currentYear = (): number => Number(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }));

/** The unit to show: the requested one (inside the account's scope and the plan's region), else the default. */
async function resolveUnit(db: Executor, scope: Scope, plan: Plan, org?: string): Promise<{ unit: UnitRef; children: UnitRef[] }> {
  let code = org;
  if (!code) code = scope.orgCode && scope.orgCode.startsWith(plan.region.code) ? scope.orgCode : plan.region.code;
  if (plan.region.code.startsWith(code)) code = plan.region.code;
  if (!code.startsWith(plan.region.code) || !isWithinScope(scope, code)) throw notFound(ORG_ENTITY);
  const [u] = await db.select().from(orgUnits).where(eq(orgUnits.code, code));
  if (!u) throw notFound(ORG_ENTITY);
  const kids = await db.select({ code: orgUnits.code, name: orgUnits.name, level: orgUnits.level }).from(orgUnits)
    .where(and(eq(orgUnits.parentCode, code))).orderBy(asc(orgUnits.sortOrder), asc(orgUnits.code));
  return { unit: { code: u.code, name: u.name, level: u.level }, children: kids };
}

function planYears(p: Plan): number[] {
  const out: number[] = [];
  for (let y = p.period.start; y <= p.period.end; y++) out.push(y);
  return out;
}

/** Judged as of the end of `year` when that year is over, else as of today; a closed plan on its final values. */
function asOfFor(p: Plan, year: number | undefined): { asOf: AsOf; year: number; label: string } {
  const now = new Date();
  const cy = currentYear();
  if (p.status === 'closed' || year === undefined) {
    const y = Math.min(p.period.end, cy);
    return { asOf: now, year: y, label: now.toISOString() };
  }
  if (year < cy) return { asOf: { year }, year, label: `${year}-12-31` };
  return { asOf: now, year: Math.min(year, cy), label: now.toISOString() };
}

function judgeSeries(ind: PlanIndicator, series: IndicatorYear[], period: Plan['period'], asOf: AsOf): JudgementOut {
  const asOfYear = asOf instanceof Date ? currentYear() : asOf.year;
  let milestone: { met: boolean | null; by?: string; evidence?: string } | null = null;
  if (ind.target.kind === 'milestone') {
    const last = [...series].reverse().find((s) => s.year <= asOfYear && s.met !== null);
    milestone = last ? { met: last.met, by: last.author ?? undefined, evidence: last.evidence ?? undefined } : null;
  }
  const j = judge({
    kind: ind.target.kind, targetValue: ind.target.value, period, asOf, unit: ind.unit,
    values: series.map((s) => ({ year: s.year, value: s.value })),
    milestone, baseline: ind.baseline?.value ?? null,
  });
  return { ...j, label: statusLabel(j.status), labelEn: statusLabel(j.status, 'en') };
}

function progressOf(ind: PlanIndicator, j: Judgement, met: boolean | null): number | null {
  const k = ind.target.kind;
  if (k === 'milestone') return met === null ? null : met ? 100 : 0;
  if (j.achieved === null || j.target === null) return null;
  if (j.status === 'achieved') return 100;
  if (k === 'ceiling' || k === 'quota' || k === 'zero') {
    if (j.achieved <= 0) return 100;
    return Math.max(0, Math.min(100, Math.round((j.target / j.achieved) * 1000) / 10));
  }
  if (j.target === 0) return null;
  return Math.max(0, Math.min(100, Math.round((j.achieved / j.target) * 1000) / 10));
}

function row(c: CompiledIndicator, series: IndicatorYear[], plan: Plan, asOf: AsOf, year: number): IndicatorRow {
  const ind = c.indicator;
  const j = judgeSeries(ind, series, plan.period, asOf);
  const upTo = series.filter((s) => s.year <= year && (s.value !== null || s.met !== null));
  const last = upTo[upTo.length - 1];
  const ofYear = series.find((s) => s.year === year);
  return {
    id: ind.id, no: ind.no, category: ind.category, name: ind.name, attribute: ind.attribute, unit: ind.unit,
    baseline: ind.baseline, target: ind.target, formula: ind.formula, kind: c.source,
    source: last?.source ?? null,
    current: j.achieved ?? last?.value ?? null,
    currentYear: last?.year ?? null,
    met: last?.met ?? null,
    yearValue: ofYear?.value ?? null,
    asOf: last?.asOf ?? null,
    evidence: last?.evidence ?? null,
    progress: progressOf(ind, j, last?.met ?? null),
    judgement: j,
  };
}

async function figuresFor(ctx: Ctx, c: CompiledPlan, org: string | undefined) {
  const { unit, children } = await resolveUnit(ctx.db, scopeOf(ctx), c.plan, org);
  const figures = await computePlan(ctx.db, c, unit.code, children.map((k) => k.code), planYears(c.plan));
  return { unit, children, figures };
}

export interface MeasureValue {
  name: string; kind: 'sql' | 'manual'; label: string; unit: string | null; seedWords: string | null;
  value: number | null; aggregate?: 'count' | 'sum'; source?: string;
}

export interface IndicatorDetail {
  plan: PlanSummary; unit: UnitRef; year: number; asOf: string; computedAt: string;
  indicator: IndicatorRow & { definition: string | null; method: string | null; formulaText: string; measures: MeasureValue[] };
  byUnit: Array<{ code: string; name: string; value: number | null; met: boolean | null; source: string | null; status: JudgementStatus; label: string }>;
  series: Array<{ year: number; value: number | null; met: boolean | null; source: string | null; target: number | null; expected: number | null; cumulative: number | null }>;
  entries: Array<{ id: string; orgCode: string; orgName: string | null; year: number; value: number | null; met: boolean | null; evidence: string; authorName: string; enteredAt: string; version: number; demo: boolean }>;
  canEnter: boolean;
}

function entryOut(r: PlanValueRow, names: Map<string, string>) {
  return {
    id: r.id, orgCode: r.orgCode, orgName: names.get(r.orgCode) ?? null, year: r.year,
    value: r.value === null ? null : Number(r.value), met: r.met, evidence: r.evidence, authorName: r.authorName,
    enteredAt: r.enteredAt.toISOString(), version: r.version, demo: r.demo,
  };
}

export interface ValueInput {
  orgCode: string; year: number; value?: number | null; met?: boolean | null; evidence: string; version?: number | null;
}

export const plansService = {
  list(ctx: Ctx): PlanSummary[] {
    requirePermission(ctx, 'plans.read');
    const scope = scopeOf(ctx);
    return planCatalog.all().filter((p) => planVisible(scope, p)).map(summary)
      .sort((a, b) => (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1) || b.period.start - a.period.start || a.id.localeCompare(b.id));
  },

  /** The plan as loaded (every indicator's definition), for `renshe plans export`. */
  definition(ctx: Ctx, planId: string): Plan {
    return requirePlan(ctx, planId).plan;
  },

  async detail(ctx: Ctx, planId: string, q: { org?: string; year?: number }): Promise<PlanDetail> {
    const c = requirePlan(ctx, planId);
    const { unit, children, figures } = await figuresFor(ctx, c, q.org);
    const { asOf, year, label } = asOfFor(c.plan, q.year);
    return {
      plan: summary(c.plan), unit, children, year, asOf: label, computedAt: figures.computedAt,
      canEnter: hasPermission(ctx, 'plans.enter') && c.plan.status === 'open',
      indicators: c.indicators.map((ci) => row(ci, figures.indicator(ci.indicator.id, unit.code), c.plan, asOf, year)),
    };
  },

  async indicator(ctx: Ctx, planId: string, indicatorId: string, q: { org?: string; year?: number }): Promise<IndicatorDetail> {
    const c = requirePlan(ctx, planId);
    const ci = requireIndicator(c, indicatorId);
    const { unit, children, figures } = await figuresFor(ctx, c, q.org);
    const { asOf, year, label } = asOfFor(c.plan, q.year);
    const ind = ci.indicator;
    const series = figures.indicator(ind.id, unit.code);
    const base = row(ci, series, c.plan, asOf, year);
    const measures: MeasureValue[] = ci.measures.map((name) => {
      const value = figures.measure(name, unit.code, year);
      if (name.startsWith('manual.')) {
        const target = c.manualIndicator.get(name);
        return { name, kind: 'manual', label: `${target?.name ?? name}（手工填报）`, unit: target?.unit ?? null, seedWords: null, value, source: 'plan_manual_values' };
      }
      const m = getMeasure(name)!;
      return { name, kind: 'sql', label: m.label['zh-CN'], unit: m.unit, seedWords: m.seedWords, value, aggregate: m.aggregate, source: m.source.name };
    });
    const byUnit = children.map((k) => {
      const s = figures.indicator(ind.id, k.code);
      const y = s.find((v) => v.year === year);
      const j = judgeSeries(ind, s, c.plan.period, asOf);
      return { code: k.code, name: k.name, value: y?.value ?? null, met: y?.met ?? null, source: y?.source ?? null, status: j.status, label: statusLabel(j.status) };
    });
    let cum = 0;
    const years = planYears(c.plan);
    const seriesOut = series.map((s) => {
      if (s.value !== null) cum += s.value;
      const share = (s.year - c.plan.period.start + 1) / years.length;
      const t = ind.target.value;
      const cumulative = ind.target.kind === 'cumulative' ? cum : null;
      const expected = t === null ? null : ind.target.kind === 'cumulative' ? t * share : t;
      return { year: s.year, value: s.value, met: s.met, source: s.source, target: t, expected, cumulative };
    });
    let entries: IndicatorDetail['entries'] = [];
    if (ci.source === 'hand-entered') {
      const rows = await planValueRepository.listForIndicator(ctx.db, scopeOf(ctx), c.plan.id, ind.id, unit.code);
      const names = new Map([[unit.code, unit.name], ...children.map((k) => [k.code, k.name] as [string, string])]);
      entries = rows.map((r) => entryOut(r, names));
    }
    return {
      plan: summary(c.plan), unit, year, asOf: label, computedAt: figures.computedAt,
      indicator: {
        ...base, definition: ind.definition, method: ind.method,
        formulaText: ind.formula === null ? manualMeasureName(c.plan.id, ind.id) : formatFormula(ci.expr), measures,
      },
      byUnit, series: seriesOut, entries,
      canEnter: hasPermission(ctx, 'plans.enter') && c.plan.status === 'open' && ci.source === 'hand-entered',
    };
  },

  async enter(ctx: Ctx, planId: string, indicatorId: string, input: ValueInput) {
    requirePermission(ctx, 'plans.enter');
    const c = requirePlan(ctx, planId);
    const ci = requireIndicator(c, indicatorId);
    const plan = c.plan;
    const ind = ci.indicator;
    if (plan.status === 'closed') throw new AppError('PLAN_CLOSED', { params: { plan: plan.title } });
    if (ind.formula !== null) throw new AppError('INDICATOR_COMPUTED', { field: 'indicatorId', params: { indicator: ind.name } });
    const scope = scopeOf(ctx);
    // validation, each naming its field; nothing is written on bad input
    if (typeof input.orgCode !== 'string' || !/^[0-9]{2,12}$/.test(input.orgCode)) throw new AppError('INVALID_DIVISION_CODE', { field: 'orgCode' });
    if (!input.orgCode.startsWith(plan.region.code)) {
      throw invalid('orgCode', { 'zh-CN': `应为${plan.region.name}或其下属单位`, en: `must be ${plan.region.name} or a unit below it` });
    }
    if (!isWithinScope(scope, input.orgCode)) throw new AppError('ORG_OUT_OF_SCOPE', { field: 'orgCode', params: { code: input.orgCode } });
    const [unit] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.code, input.orgCode));
    if (!unit) throw new AppError('UNKNOWN_ORG_UNIT', { field: 'orgCode', params: { code: input.orgCode } });
    if (!Number.isInteger(input.year) || input.year < plan.period.start || input.year > plan.period.end) {
      throw invalid('year', { 'zh-CN': `应在规划期 ${plan.period.start}–${plan.period.end} 年之内`, en: `must lie within the plan period ${plan.period.start}–${plan.period.end}` });
    }
    if (input.year > currentYear()) {
      throw invalid('year', { 'zh-CN': '不能填报未来年度的数值', en: 'cannot enter a value for a future year' });
    }
    const milestone = ind.target.kind === 'milestone';
    let value: string | null = null;
    let met: boolean | null = null;
    if (milestone) {
      if (typeof input.met !== 'boolean') {
        throw invalid('met', { 'zh-CN': '定性指标须认定“已达成”或“未达成”', en: 'a qualitative milestone must be marked met or not met' });
      }
      met = input.met;
      if (input.value !== undefined && input.value !== null) {
        if (typeof input.value !== 'number' || !Number.isFinite(input.value)) throw invalid('value', { 'zh-CN': '应为数字', en: 'must be a number' });
        value = String(input.value);
      }
    } else {
      if (input.value === undefined || input.value === null) throw new AppError('FIELD_REQUIRED', { field: 'value' });
      if (typeof input.value !== 'number' || !Number.isFinite(input.value)) throw invalid('value', { 'zh-CN': '应为数字', en: 'must be a number' });
      if (input.value < 0) throw invalid('value', { 'zh-CN': '不能为负数', en: 'must not be negative' });
      if (ind.unit === '%' && input.value > 100) throw invalid('value', { 'zh-CN': '百分比不能超过 100', en: 'a percentage cannot exceed 100' });
      if (Math.abs(input.value) >= 1e12) throw invalid('value', { 'zh-CN': '数值过大', en: 'value too large' });
      value = String(input.value);
    }
    const evidence = typeof input.evidence === 'string' ? input.evidence.trim() : '';
    if (!evidence) throw new AppError('FIELD_REQUIRED', { field: 'evidence' });
    if (evidence.length > 500) throw invalid('evidence', { 'zh-CN': '不能超过 500 字', en: 'at most 500 characters' });
    const actor = ctx.actor!;
    const measure = manualMeasureName(plan.id, ind.id);
    return ctx.db.transaction(async (tx) => {
      const existing = await planValueRepository.getForUpdate(tx, scope, measure, input.orgCode, input.year);
      if (existing) {
        if (input.version === undefined || input.version === null || input.version !== existing.version) throw new AppError('VERSION_CONFLICT');
        const after = await planValueRepository.update(tx, existing.id, {
          value, met, evidence, authorId: actor.id, authorName: actor.displayName, enteredAt: new Date(), demo: false,
        });
        await writeAudit(tx, ctx, { action: 'plans.value.update', entity: 'plan_value', entityId: after.id, orgCode: after.orgCode, before: existing, after });
        return entryOut(after, new Map([[unit.code, unit.name]]));
      }
      if (input.version !== undefined && input.version !== null) throw new AppError('VERSION_CONFLICT');
      const created = await planValueRepository.insert(tx, {
        measure, planId: plan.id, indicatorId: ind.id, orgCode: input.orgCode, year: input.year, value, met, evidence,
        authorId: actor.id, authorName: actor.displayName, demo: false,
      });
      await writeAudit(tx, ctx, { action: 'plans.value.create', entity: 'plan_value', entityId: created.id, orgCode: created.orgCode, after: created });
      return entryOut(created, new Map([[unit.code, unit.name]]));
    });
  },

  /** `renshe indicators`: each indicator's value for one unit and year, the measures behind it and the judgement. */
  async indicatorsReport(ctx: Ctx, planId: string, q: { org?: string; year?: number }) {
    const c = requirePlan(ctx, planId);
    const { unit, figures } = await figuresFor(ctx, c, q.org);
    const { asOf, year, label } = asOfFor(c.plan, q.year);
    return {
      plan: c.plan.id, org: { code: unit.code, name: unit.name }, year, asOf: label,
      indicators: c.indicators.map((ci) => {
        const r = row(ci, figures.indicator(ci.indicator.id, unit.code), c.plan, asOf, year);
        return {
          id: r.id, name: r.name, unit: r.unit, formula: ci.indicator.formula ?? manualMeasureName(c.plan.id, ci.indicator.id),
          value: r.yearValue, current: r.current, met: r.met, source: r.source,
          measures: ci.measures.map((name) => ({ name, value: figures.measure(name, unit.code, year) })),
          target: r.target,
          judgement: {
            status: r.judgement.status, label: r.judgement.label, achieved: r.judgement.achieved,
            expectedByNow: r.judgement.expectedByNow, target: r.judgement.target, gap: r.judgement.gap,
            elapsedShare: r.judgement.elapsedShare, basis: r.judgement.basis,
          },
        };
      }),
    };
  },

  /** For the benchmark: the whole plan for a unit and all its children, every year. */
  async computeAll(ctx: Ctx, planId: string, org?: string): Promise<PlanFigures> {
    const c = requirePlan(ctx, planId);
    const { figures } = await figuresFor(ctx, c, org);
    for (const ci of c.indicators) for (const u of [figures.root, ...figures.children]) figures.indicator(ci.indicator.id, u);
    return figures;
  },
};
