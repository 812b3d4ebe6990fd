import { describe, it, expect } from 'vitest';
import { evaluate, formatFormula, FormulaSyntaxError, measureNames, parseFormula, type Expr } from './expression.ts';

const calc = (src: string, vals: Record<string, number | null> = {}): number | null =>
  evaluate(parseFormula(src), (n) => (n in vals ? vals[n] : null));

/** The tree without positions, for structural comparison. */
const shape = (e: Expr): unknown => {
  switch (e.type) {
    case 'number':
      return [e.raw, e.percent];
    case 'measure':
      return e.name;
    case 'unary':
      return ['neg', shape(e.operand)];
    case 'binary':
      return [e.op, shape(e.left), shape(e.right)];
  }
};

const syntaxError = (src: string): FormulaSyntaxError => {
  try {
    parseFormula(src);
  } catch (e) {
    expect(e).toBeInstanceOf(FormulaSyntaxError);
    return e as FormulaSyntaxError;
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(src)}`);
};

describe('parseFormula / evaluate: precedence and associativity', () => {
  it.each([
    ['1+2*3', 7],
    ['(1+2)*3', 9],
    ['2-3-4', -5],
    ['8/4/2', 1],
    ['2*3+4*5', 26],
    ['10-4/2', 8],
    ['1.5*2', 3],
    ['0.25 + 0.5', 0.75],
  ])('%s = %d', (src, want) => {
    expect(calc(src)).toBe(want);
  });

  it('unary minus', () => {
    expect(calc('-3')).toBe(-3);
    expect(calc('-3+5')).toBe(2);
    expect(calc('2*-3')).toBe(-6);
    expect(calc('2--3')).toBe(5);
    expect(calc('--4')).toBe(4);
    expect(calc('-(1+2)*2')).toBe(-6);
    expect(calc('-a.b', { 'a.b': 7 })).toBe(-7);
  });

  it('× ÷ − are the same as * / -', () => {
    expect(calc('6×7')).toBe(42);
    expect(calc('8÷4÷2')).toBe(1);
    expect(calc('2−3−4')).toBe(-5);
    expect(calc('−2×3')).toBe(-6);
    expect(shape(parseFormula('a.x÷(a.y−a.z)×100%'))).toEqual(shape(parseFormula('a.x / (a.y - a.z) * 100%')));
  });

  it('N% is N: a/b*100% multiplies by 100', () => {
    expect(calc('100%')).toBe(100);
    expect(calc('50 %')).toBe(50);
    expect(calc('a.b/c.d*100%', { 'a.b': 1, 'c.d': 4 })).toBe(25);
    const e = parseFormula('a/b*100%');
    expect(e).toMatchObject({ type: 'binary', op: '*', right: { type: 'number', value: 100, percent: true } });
  });

  it('measure names: dots, underscores, digits and "-" inside dotted segments', () => {
    expect(measureNames(parseFormula('disputes.mediationAccepted'))).toEqual(['disputes.mediationAccepted']);
    expect(measureNames(parseFormula('manual.minhang-14.new-jobs * 2'))).toEqual(['manual.minhang-14.new-jobs']);
    expect(measureNames(parseFormula('_x.y_1.2z'))).toEqual(['_x.y_1.2z']);
  });

  it('binary minus next to a dotted name needs spaces (or the Unicode minus)', () => {
    const vals = { 'a.b': 10, 'c.d': 3 };
    expect(calc('a.b - c.d', vals)).toBe(7);
    expect(calc('a.b −c.d', vals)).toBe(7);
    expect(calc('a.b−c.d', vals)).toBe(7);
    expect(calc('a.b- c.d', vals)).toBe(7); // a "-" not followed by a name character ends the name
    expect(calc('a.b -c.d', vals)).toBe(7);
    // Without spaces it is one measure name.
    expect(measureNames(parseFormula('a.b-c.d'))).toEqual(['a.b-c.d']);
    expect(calc('a.b-c.d', vals)).toBeNull();
    // No dot before the "-": a plain subtraction.
    expect(calc('a-b', { a: 5, b: 2 })).toBe(3);
    expect(measureNames(parseFormula('a-b'))).toEqual(['a', 'b']);
  });

  it('measureNames is distinct and in order of first appearance', () => {
    expect(measureNames(parseFormula('z.a / (y.b + z.a - x.c) * 100%'))).toEqual(['z.a', 'y.b', 'x.c']);
    expect(measureNames(parseFormula('1 + 2'))).toEqual([]);
  });
});

describe('evaluate: missing data', () => {
  it('a missing measure makes the result null', () => {
    expect(calc('a.x + 1')).toBeNull();
    expect(calc('a.x * 0', {})).toBeNull();
    expect(calc('a.x + a.y', { 'a.x': 1, 'a.y': null })).toBeNull();
  });

  it('division by zero is null ("no data")', () => {
    expect(calc('1/0')).toBeNull();
    expect(calc('0/0')).toBeNull();
    expect(calc('a.x / (a.y - a.y)', { 'a.x': 1, 'a.y': 5 })).toBeNull();
    expect(calc('1 + 2/(3-3) * 0')).toBeNull();
  });

  it('non-finite measure values count as missing', () => {
    expect(calc('a.x + 1', { 'a.x': Number.NaN })).toBeNull();
    expect(calc('a.x + 1', { 'a.x': Number.POSITIVE_INFINITY })).toBeNull();
  });

  it('asks for each measure once', () => {
    const asked: string[] = [];
    const r = evaluate(parseFormula('a.x + a.x * a.y'), (n) => {
      asked.push(n);
      return 2;
    });
    expect(r).toBe(6);
    expect(asked).toEqual(['a.x', 'a.y']);
  });

  it('returns 0, never -0', () => {
    expect(Object.is(calc('-0'), 0)).toBe(true);
    expect(Object.is(calc('0 * -1'), 0)).toBe(true);
  });
});

describe('000 附件1 no. 8: 劳动争议先行调解率', () => {
  // 调解受理数/(调解受理数+仲裁受理数-调解组织调解不成由仲裁受理数-审查确认受理数)*100%
  const src =
    'disputes.mediationAccepted / (disputes.mediationAccepted + disputes.arbitrationAccepted' +
    ' - disputes.arbitrationAcceptedAfterFailedMediation - disputes.reviewConfirmationAccepted) * 100%';

  it('parses with the four measures in order', () => {
    expect(measureNames(parseFormula(src))).toEqual([
      'disputes.mediationAccepted',
      'disputes.arbitrationAccepted',
      'disputes.arbitrationAcceptedAfterFailedMediation',
      'disputes.reviewConfirmationAccepted',
    ]);
  });

  it('evaluates: 810 / (810 + 400 - 150 - 60) × 100 = 81', () => {
    const vals = {
      'disputes.mediationAccepted': 810,
      'disputes.arbitrationAccepted': 400,
      'disputes.arbitrationAcceptedAfterFailedMediation': 150,
      'disputes.reviewConfirmationAccepted': 60,
    };
    expect(calc(src, vals)).toBeCloseTo(81, 10);
    // The same formula with the seed's own glyphs and no spaces around "-" before a "(" or ")".
    const unicode = src.replace(/ \* /g, '×').replace(/ \/ /g, '÷').replace(/ - /g, '−');
    expect(calc(unicode, vals)).toBeCloseTo(81, 10);
  });

  it('is null while a measure has no data', () => {
    expect(calc(src, { 'disputes.mediationAccepted': 1 })).toBeNull();
  });
});

describe('formatFormula', () => {
  it.each([
    ['1+2*3', '1 + 2 * 3'],
    ['(1+2)*3', '(1 + 2) * 3'],
    ['2-3-4', '2 - 3 - 4'],
    ['2-(3-4)', '2 - (3 - 4)'],
    ['8/(4*2)', '8 / (4 * 2)'],
    ['a.b÷c.d×100%', 'a.b / c.d * 100%'],
    ['-(a+b)', '-(a + b)'],
    ['--3', '-(-3)'],
    ['2*-3', '2 * -3'],
    ['((a))', 'a'],
    ['manual.p-1.x-y−1', 'manual.p-1.x-y - 1'],
  ])('%s → %s', (src, want) => {
    expect(formatFormula(parseFormula(src))).toBe(want);
  });

  it('round-trips the structure', () => {
    for (const src of ['a/(b+c-d-e)*100%', '1-(2+3)', '1+(2+3)', '-(-(x))', '2*(3/4)', '(1-2)-3', 'a.b-c.d - 1']) {
      const e = parseFormula(src);
      expect(shape(parseFormula(formatFormula(e)))).toEqual(shape(e));
    }
  });
});

describe('parseFormula: syntax errors with positions', () => {
  it.each([
    ['', 0],
    ['   ', 3],
    ['1+', 2],
    ['1 + ', 4],
    ['(1+2', 4],
    ['1+2)', 3],
    ['#', 0],
    ['1+2 #', 4],
    ['1 2', 2],
    ['a.b c.d', 4],
    ['(1+2)(3)', 5],
    ['*3', 0],
    ['1+*3', 2],
    ['()', 1],
    ['a.b%', 3],
    ['100%%', 4],
    ['1.', 1],
    ['调解受理数', 0],
  ])('%j fails at %d', (src, position) => {
    const e = syntaxError(src);
    expect(e.position).toBe(position);
    expect(e.message).toContain(`第 ${position} 位`);
    expect(e.message).toContain(`at position ${position}`);
  });

  it('messages', () => {
    expect(syntaxError('1+2 #').message).toBe('意外的字符 "#"（第 4 位）/ unexpected character "#" at position 4');
    expect(syntaxError('').message).toContain('empty formula');
    expect(syntaxError('1+').message).toContain('unexpected end of formula');
    expect(syntaxError('(1+2').message).toContain('missing ")" to close "(" at position 0');
    expect(syntaxError('1+2)').message).toContain('unmatched ")"');
    expect(syntaxError('1 2').message).toContain('missing operator before "2"');
    expect(syntaxError('a%').message).toContain('"%" may only follow a number');
  });

  it('is never executed as JavaScript', () => {
    expect(() => parseFormula('process.exit(1)')).toThrow(FormulaSyntaxError);
    expect(() => parseFormula('a.b; 1')).toThrow(FormulaSyntaxError);
    expect(() => parseFormula('"1"')).toThrow(FormulaSyntaxError);
    expect(() => parseFormula('1e3')).toThrow(FormulaSyntaxError);
  });
});
