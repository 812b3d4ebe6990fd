/**
 * The indicator formula language (指标公式).
 *
 * A formula is parsed into an AST and evaluated by walking it; it is never executed as JavaScript
 * (no eval, no new Function).
 *
 * Grammar (standard precedence, binary operators left associative):
 *
 *   formula  := additive EOF
 *   additive := term (("+" | "-" | "−") term)*
 *   term     := unary (("*" | "×" | "/" | "÷") unary)*
 *   unary    := ("-" | "−") unary | primary
 *   primary  := NUMBER "%"? | NAME | "(" additive ")"
 *
 * Tokens:
 * - NUMBER: `[0-9]+(\.[0-9]+)?` (integer or decimal; no exponent, no leading ".").
 * - NAME (a measure name): `[A-Za-z_][A-Za-z0-9_]*` followed by any number of dotted segments
 *   `.[A-Za-z0-9_]+(-[A-Za-z0-9_]+)*`, e.g. `disputes.mediationAccepted`, `manual.minhang-14.new-jobs`.
 *   A `-` is part of a name only inside a segment that follows a dot, and only between two
 *   letters/digits/underscores. Hence **`a.b-c.d` is ONE measure name**: to subtract, write spaces
 *   around the minus (`a.b - c.d`) or use the Unicode minus `−` (U+2212), which never belongs to a
 *   name. `a-b` (no dot before the `-`) and `a.b- c` are subtractions.
 * - Operators `+ - * /`, their Unicode equivalents `× ÷ −` (U+00D7, U+00F7, U+2212), parentheses.
 * - `%` directly after a number literal (spaces allowed in between). `N%` has the value N — it only
 *   marks "expressed as a percentage": the seeds' `x/y*100%` means x/y × 100, so `a/b*100%` = a/b*100.
 *   `%` after anything other than a number literal is a syntax error.
 *
 * Evaluation: a measure whose value is missing (null, or a non-finite number) makes the whole result
 * null ("no data"); so does a division by zero or any non-finite intermediate result.
 */

export type BinaryOp = '+' | '-' | '*' | '/';

export type Expr =
  | { type: 'number'; value: number; raw: string; percent: boolean; position: number }
  | { type: 'measure'; name: string; position: number }
  | { type: 'unary'; op: '-'; operand: Expr; position: number }
  | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr; position: number };

/** A formula that does not parse. `position` is the 0-based column (UTF-16 index) in the source. */
export class FormulaSyntaxError extends Error {
  readonly position: number;
  /** The message without the position suffix, zh-CN and English. */
  readonly zh: string;
  readonly en: string;
  constructor(zh: string, en: string, position: number) {
    super(`${zh}（第 ${position} 位）/ ${en} at position ${position}`);
    this.name = 'FormulaSyntaxError';
    this.zh = zh;
    this.en = en;
    this.position = position;
  }
}

type Token =
  | { kind: 'number'; value: number; raw: string; pos: number }
  | { kind: 'name'; name: string; pos: number }
  | { kind: 'op'; op: BinaryOp; raw: string; pos: number }
  | { kind: 'percent'; pos: number }
  | { kind: 'lparen'; pos: number }
  | { kind: 'rparen'; pos: number }
  | { kind: 'eof'; pos: number };

const NUMBER_RE = /[0-9]+(?:\.[0-9]+)?/y;
const NAME_RE = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)*/y;

const OPERATORS: Record<string, BinaryOp> = {
  '+': '+',
  '-': '-',
  '\u2212': '-', // −
  '*': '*',
  '\u00d7': '*', // ×
  '/': '/',
  '\u00f7': '/', // ÷
};

function describeChar(src: string, pos: number): string {
  const cp = src.codePointAt(pos)!;
  return String.fromCodePoint(cp);
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch >= '0' && ch <= '9') {
      NUMBER_RE.lastIndex = i;
      const m = NUMBER_RE.exec(src)!;
      tokens.push({ kind: 'number', value: Number(m[0]), raw: m[0], pos: i });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      NAME_RE.lastIndex = i;
      const m = NAME_RE.exec(src)!;
      tokens.push({ kind: 'name', name: m[0], pos: i });
      i += m[0].length;
      continue;
    }
    const op = OPERATORS[ch];
    if (op) {
      tokens.push({ kind: 'op', op, raw: ch, pos: i });
      i++;
      continue;
    }
    if (ch === '%') tokens.push({ kind: 'percent', pos: i });
    else if (ch === '(') tokens.push({ kind: 'lparen', pos: i });
    else if (ch === ')') tokens.push({ kind: 'rparen', pos: i });
    else {
      const c = describeChar(src, i);
      throw new FormulaSyntaxError(`意外的字符 "${c}"`, `unexpected character "${c}"`, i);
    }
    i++;
  }
  tokens.push({ kind: 'eof', pos: src.length });
  return tokens;
}

function tokenText(t: Token): string {
  switch (t.kind) {
    case 'number':
      return t.raw;
    case 'name':
      return t.name;
    case 'op':
      return t.raw;
    case 'percent':
      return '%';
    case 'lparen':
      return '(';
    case 'rparen':
      return ')';
    case 'eof':
      return '';
  }
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i];
  }
  private next(): Token {
    return this.tokens[this.i++];
  }

  parseFormula(): Expr {
    const first = this.peek();
    if (first.kind === 'eof') throw new FormulaSyntaxError('公式为空', 'empty formula', first.pos);
    const expr = this.additive();
    const t = this.peek();
    if (t.kind !== 'eof') throw this.unexpectedAfterOperand(t);
    return expr;
  }

  private additive(): Expr {
    let left = this.term();
    for (;;) {
      const t = this.peek();
      if (t.kind === 'op' && (t.op === '+' || t.op === '-')) {
        this.next();
        const right = this.term();
        left = { type: 'binary', op: t.op, left, right, position: t.pos };
      } else return left;
    }
  }

  private term(): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.kind === 'op' && (t.op === '*' || t.op === '/')) {
        this.next();
        const right = this.unary();
        left = { type: 'binary', op: t.op, left, right, position: t.pos };
      } else return left;
    }
  }

  private unary(): Expr {
    const t = this.peek();
    if (t.kind === 'op' && t.op === '-') {
      this.next();
      const operand = this.unary();
      return { type: 'unary', op: '-', operand, position: t.pos };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.kind) {
      case 'number': {
        const p = this.peek();
        if (p.kind === 'percent') {
          this.next();
          return { type: 'number', value: t.value, raw: t.raw, percent: true, position: t.pos };
        }
        return { type: 'number', value: t.value, raw: t.raw, percent: false, position: t.pos };
      }
      case 'name':
        return { type: 'measure', name: t.name, position: t.pos };
      case 'lparen': {
        const inner = this.additive();
        const close = this.peek();
        if (close.kind !== 'rparen') {
          if (close.kind === 'eof') {
            throw new FormulaSyntaxError(
              `缺少右括号 ")"，与第 ${t.pos} 位的 "(" 配对`,
              `missing ")" to close "(" at position ${t.pos}`,
              close.pos,
            );
          }
          throw this.unexpectedAfterOperand(close);
        }
        this.next();
        return inner;
      }
      case 'eof':
        throw new FormulaSyntaxError('公式意外结束，缺少运算数', 'unexpected end of formula, operand expected', t.pos);
      case 'percent':
        throw new FormulaSyntaxError(
          '"%" 只能紧跟在数字之后（如 100%）',
          '"%" may only follow a number (as in 100%)',
          t.pos,
        );
      case 'rparen':
        throw new FormulaSyntaxError('意外的 ")"，此处应为运算数', 'unexpected ")", operand expected', t.pos);
      case 'op':
        throw new FormulaSyntaxError(
          `意外的运算符 "${t.raw}"，此处应为运算数`,
          `unexpected operator "${t.raw}", operand expected`,
          t.pos,
        );
    }
  }

  /** An error for token `t` found where an operator, ")" or the end was expected. */
  private unexpectedAfterOperand(t: Token): FormulaSyntaxError {
    if (t.kind === 'rparen') {
      return new FormulaSyntaxError('多余的右括号 ")"', 'unmatched ")"', t.pos);
    }
    if (t.kind === 'percent') {
      return new FormulaSyntaxError(
        '"%" 只能紧跟在数字之后（如 100%）',
        '"%" may only follow a number (as in 100%)',
        t.pos,
      );
    }
    const text = tokenText(t);
    return new FormulaSyntaxError(
      `"${text}" 之前缺少运算符`,
      `missing operator before "${text}"`,
      t.pos,
    );
  }
}

/** Parses a formula; throws {@link FormulaSyntaxError} on bad input. */
export function parseFormula(src: string): Expr {
  if (typeof src !== 'string') throw new TypeError('formula must be a string');
  return new Parser(tokenize(src)).parseFormula();
}

/** The distinct measure names of an expression, in order of first appearance (left to right). */
export function measureNames(expr: Expr): string[] {
  const seen = new Set<string>();
  const walk = (e: Expr): void => {
    switch (e.type) {
      case 'number':
        return;
      case 'measure':
        seen.add(e.name);
        return;
      case 'unary':
        walk(e.operand);
        return;
      case 'binary':
        walk(e.left);
        walk(e.right);
        return;
    }
  };
  walk(expr);
  return [...seen];
}

/** The measure nodes of an expression (with positions), in source order, duplicates included. */
export function measureRefs(expr: Expr): Array<{ name: string; position: number }> {
  const out: Array<{ name: string; position: number }> = [];
  const walk = (e: Expr): void => {
    if (e.type === 'measure') out.push({ name: e.name, position: e.position });
    else if (e.type === 'unary') walk(e.operand);
    else if (e.type === 'binary') {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  return out;
}

/**
 * Evaluates an expression. `values(name)` returns a measure's value or null when it has no data.
 * Returns null when any measure used is null (or not a finite number), on division by zero, and
 * whenever a result would not be a finite number.
 */
export function evaluate(expr: Expr, values: (name: string) => number | null): number | null {
  const cache = new Map<string, number | null>();
  const lookup = (name: string): number | null => {
    if (cache.has(name)) return cache.get(name)!;
    const v = values(name);
    const r = typeof v === 'number' && Number.isFinite(v) ? v : null;
    cache.set(name, r);
    return r;
  };
  const ev = (e: Expr): number | null => {
    switch (e.type) {
      case 'number':
        return e.value;
      case 'measure':
        return lookup(e.name);
      case 'unary': {
        const v = ev(e.operand);
        return v === null ? null : -v;
      }
      case 'binary': {
        const l = ev(e.left);
        if (l === null) return null;
        const r = ev(e.right);
        if (r === null) return null;
        let out: number;
        switch (e.op) {
          case '+':
            out = l + r;
            break;
          case '-':
            out = l - r;
            break;
          case '*':
            out = l * r;
            break;
          case '/':
            if (r === 0) return null;
            out = l / r;
            break;
        }
        return Number.isFinite(out) ? out : null;
      }
    }
  };
  const result = ev(expr);
  // Normalise -0 to 0 so callers can compare with === 0 and print "0".
  return result === 0 ? 0 : result;
}

const PRECEDENCE: Record<BinaryOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/**
 * Prints an expression back in canonical form: ASCII operators with spaces around binary ones
 * (so names containing "-" stay unambiguous), `N%` kept, and only the parentheses the tree needs.
 * `parseFormula(formatFormula(e))` has the same structure as `e`.
 */
export function formatFormula(expr: Expr): string {
  const fmt = (e: Expr): string => {
    switch (e.type) {
      case 'number':
        return e.raw + (e.percent ? '%' : '');
      case 'measure':
        return e.name;
      case 'unary': {
        const inner = fmt(e.operand);
        return e.operand.type === 'number' || e.operand.type === 'measure' ? `-${inner}` : `-(${inner})`;
      }
      case 'binary': {
        const p = PRECEDENCE[e.op];
        const side = (child: Expr, right: boolean): string => {
          const s = fmt(child);
          if (child.type !== 'binary') return s;
          const cp = PRECEDENCE[child.op];
          // Left: parenthesise lower precedence only. Right: also equal precedence, to keep the
          // tree's grouping (a - (b - c), a / (b * c), and even a + (b + c)).
          return cp < p || (right && cp === p) ? `(${s})` : s;
        };
        return `${side(e.left, false)} ${e.op} ${side(e.right, true)}`;
      }
    }
  };
  return fmt(expr);
}
