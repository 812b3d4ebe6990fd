// Every plan file loads (with the modules' measures registered) and carries the seed's indicators with the seed's
// targets. The expectations below are read from the seeds in ../shared/seeds/, not copied from the JSON files.
import { describe, expect, it } from 'vitest';
import '../index.ts'; // every module registers its measures before the plans are loaded
import { planCatalog } from './catalog.ts';
import type { Plan, PlanIndicator } from './engine/planFile.ts';

type Expect = { name: string; kind: PlanIndicator['target']['kind']; value: number | null; text: string; attribute?: string | null; unit?: string | null; category?: string | null; actual?: number | null };

function plan(id: string): Plan {
  const p = planCatalog.get(id);
  expect(p, id).toBeDefined();
  return p!;
}

function check(id: string, rows: Expect[]): void {
  const p = plan(id);
  for (const e of rows) {
    const ind = p.indicators.find((i) => i.name === e.name);
    expect(ind, `${id}: ${e.name}`).toBeDefined();
    expect(ind!.target.kind, `${id}: ${e.name} kind`).toBe(e.kind);
    expect(ind!.target.value, `${id}: ${e.name} value`).toBe(e.value);
    expect(ind!.target.text.replace(/\s+/g, ''), `${id}: ${e.name} text`).toBe(e.text.replace(/\s+/g, ''));
    if (e.attribute !== undefined) expect(ind!.attribute, `${id}: ${e.name} attribute`).toBe(e.attribute);
    if (e.unit !== undefined) expect(ind!.unit, `${id}: ${e.name} unit`).toBe(e.unit);
    if (e.category !== undefined) expect(ind!.category, `${id}: ${e.name} category`).toBe(e.category);
    if (e.actual !== undefined) {
      const final = ind!.actuals.find((a) => a.year === p.period.end);
      expect(final?.value ?? null, `${id}: ${e.name} actual`).toBe(e.actual);
      expect(final!.evidence).toMatch(/^00\d/);
    }
  }
}

describe('plan files', () => {
  it('load: the five seed plans and their previous periods', () => {
    const ids = planCatalog.all().map((p) => p.id).sort();
    expect(ids).toEqual(['haiyan-13', 'haiyan-14', 'jiading-13', 'jiading-14', 'minhang-13', 'minhang-14', 'shanghai-12', 'shanghai-13', 'xuhui-12', 'xuhui-13']);
    for (const p of planCatalog.all()) {
      expect(p.status).toBe(p.id.endsWith('-12') || ['minhang-13', 'jiading-13', 'haiyan-13'].includes(p.id) ? 'closed' : 'open');
      if (p.status === 'closed') expect(p.indicators.every((i) => i.actuals.length > 0), p.id).toBe(true);
    }
  });

  it('minhang-14: 000 表2, all eleven rows', () => {
    const p = plan('minhang-14');
    expect(p.period).toEqual({ start: 2021, end: 2025 });
    expect(p.indicators).toHaveLength(11);
    check('minhang-14', [
      { name: '本市户籍城乡登记失业人数', kind: 'quota', value: null, text: '控制在市政府下达的指标数内', attribute: '约束性', category: '促进就业' },
      { name: '新增就业人数', kind: 'cumulative', value: 16, text: '16万', attribute: '预期性', unit: '万人' },
      { name: '“零就业家庭”援助就业率', kind: 'zero', value: null, text: '动态为零', attribute: '约束性' },
      { name: '职业技能培训人数', kind: 'cumulative', value: 50, text: '50万', attribute: '预期性' },
      { name: '扶持成功创业数', kind: 'cumulative', value: 3000, text: '3000', attribute: '预期性' },
      { name: '基本养老保险覆盖率', kind: 'milestone', value: null, text: '应保尽保', attribute: '约束性', category: '社会保障' },
      { name: '城乡居民养老保险待遇与征地养老人员生活费', kind: 'milestone', value: null, text: '合理增长', attribute: '约束性' },
      { name: '劳动争议先行调解率', kind: 'floor', value: 65, text: '65%以上', attribute: '预期性', unit: '%', category: '劳动关系' },
      { name: '劳动争议综合调解率', kind: 'floor', value: 75, text: '75%以上', attribute: '预期性', unit: '%' },
      { name: '群体性劳资矛盾突发事件事先预警率', kind: 'floor', value: 80, text: '80%以上', attribute: '预期性' },
      { name: '企业用工信息采集完成率', kind: 'floor', value: 95, text: '95%以上', attribute: '预期性' },
    ]);
    // 附件1 gives the definitions word for word, e.g. the 先行调解率 formula
    const first = p.indicators.find((i) => i.name === '劳动争议先行调解率')!;
    expect(first.definition).toBe('指劳动人事争议调解和仲裁案件中先行开展调解的案件比例。');
    expect(first.method).toContain('调解受理数');
  });

  it('minhang-13: 000 表1 with the printed results (新增就业岗位数 15万 vs 16.2万)', () => {
    check('minhang-13', [
      { name: '新增就业岗位数', kind: 'cumulative', value: 15, text: '15万', actual: 16.2, category: '就业和培训' },
      { name: '职业技能培训人数', kind: 'cumulative', value: 15, text: '15万', actual: 86.3 },
      { name: '扶持成功创业数', kind: 'cumulative', value: 3000, text: '3000', actual: 3341 },
      { name: '城乡居民养老保险覆盖率', kind: 'floor', value: 90, text: '90%以上', actual: 99 },
      { name: '企业用工信息采集完成率', kind: 'floor', value: 95, text: '95%以上', actual: 96 },
      { name: '劳动争议综合调解率', kind: 'floor', value: 60, text: '60%以上', actual: 81.31 },
      { name: '“零就业家庭”援助就业率', kind: 'zero', value: null, text: '动态为零' },
    ]);
    expect(plan('minhang-13').status).toBe('closed');
  });

  it('haiyan-14: 003 专栏2, including the dispute indicators nos. 16–18', () => {
    check('haiyan-14', [
      { name: '城镇新增就业人数', kind: 'cumulative', value: 8, text: '8', attribute: '约束性', unit: '万人' },
      { name: '城镇调查失业率', kind: 'ceiling', value: 5.5, text: '≤5.5', attribute: '约束性', unit: '%' },
      { name: '劳动人事争议仲裁结案率', kind: 'end_level', value: 92, text: '92', attribute: '预期性', unit: '%', category: '劳动关系' },
      { name: '劳动人事争议调解成功率', kind: 'end_level', value: 80, text: '80', attribute: '预期性', unit: '%' },
      { name: '劳动人事争议仲裁终结率', kind: 'end_level', value: 85, text: '85', attribute: '预期性', unit: '%' },
    ]);
    const p = plan('haiyan-14');
    expect(p.indicators.find((i) => i.name === '劳动人事争议仲裁结案率')!.baseline).toMatchObject({ year: 2020, value: 98.5 });
    expect(p.indicators.map((i) => i.no)).toContain(18);
  });

  it('jiading-14: 001 主要目标, targets taken from the prose', () => {
    check('jiading-14', [
      { name: '帮扶引领成功创业', kind: 'cumulative', value: 2500, text: '累计帮扶引领成功创业不少于 2500 人' },
      { name: '帮扶引领青年大学生成功创业', kind: 'cumulative', value: 1500, text: '帮扶引领青年大学生成功创业不少于 1500 人' },
      { name: '职业技能培训', kind: 'cumulative', value: 10, text: '完成职业技能培训不少于 10 万人' },
      { name: '高技能人才占技能劳动者比重', kind: 'end_level', value: 36, text: '全区高技能人才占技能劳动者比重达到 36%' },
      { name: '“上海市和谐劳动关系达标企业”', kind: 'floor', value: 731, text: '“上海市和谐劳动关系达标企业”保持在731家' },
      { name: '劳动保障监察举报投诉按期结案率', kind: 'floor', value: 98, text: '劳动保障监察举报投诉按期结案率不低于98%' },
      { name: '“零就业家庭”成员、就业困难人员', kind: 'zero', value: null, text: '“零就业家庭”成员、就业困难人员始终保持动态清零' },
    ]);
  });

  it('shanghai-13: 002 城镇新增就业岗位 每年不低于 50 万个', () => {
    check('shanghai-13', [
      { name: '城镇新增就业岗位', kind: 'annual', value: 50, text: '每年不低于 50 万个', attribute: '约束性', unit: '万个' },
      { name: '城镇登记失业率', kind: 'ceiling', value: 4.4, text: '4.4%以内', attribute: '约束性' },
      { name: '高技能人才占技能劳动者比重', kind: 'end_level', value: 35, text: '35%', attribute: '预期性' },
      { name: '就业和社会保障服务', kind: 'milestone', value: null, text: '全市通办', attribute: '约束性' },
    ]);
    check('shanghai-12', [{ name: '城镇新增就业岗位', kind: 'annual', value: 50, text: '每年不低于 50 万个', actual: 60 }]);
  });

  it('xuhui-12: 004 十二五 table with its results', () => {
    check('xuhui-12', [
      { name: '城镇新增就业岗位', kind: 'annual', value: 31500, text: '每年新增就业岗位不低于31500个', unit: '个', actual: 48037 },
      { name: '每年城镇登记失业人数', kind: 'ceiling', value: 21000, text: '每年控制在21000人以内', unit: '人', actual: 19142 },
      { name: '高级及以上职业技能培训', kind: 'annual', value: 12000, text: '每年12000人次以上', unit: '人次', actual: 87159 },
      { name: '劳动人事争议综合调解率', kind: 'floor', value: 60, text: '不低于60%', unit: '%' },
    ]);
  });
});
