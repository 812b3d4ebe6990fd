// A small plan for engine tests: a rate over two measures and a summed amount, both computed from `<prefix>.*`.
export function twoIndicatorPlan(id: string, prefix: string, period: { start: number; end: number }) {
  return {
    id, region: { code: '310112', name: '闵行区' }, title: '测试规划', issuer: null, documentNo: null,
    source: { seed: '000_586ec56499af1107.txt', section: 'test' }, period, status: 'open',
    indicators: [
      { id: 'success-rate', no: 1, category: '测试', name: '成功率', attribute: '预期性', unit: '%', baseline: null,
        target: { kind: 'floor', value: 50, text: '50%以上' }, definition: null, method: null,
        formula: `${prefix}.succeeded / ${prefix}.accepted * 100%` },
      { id: 'amount', no: 2, category: '测试', name: '金额', attribute: null, unit: '元', baseline: null,
        target: { kind: 'cumulative', value: 1000, text: '1000' }, definition: null, method: null, formula: `${prefix}.amount` },
    ],
  };
}
