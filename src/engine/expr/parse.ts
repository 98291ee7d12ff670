/**
 * A safe parser for the formulas a reader types, such as `x^2 + 10*sin(y)`.
 *
 * Grammar (precedence from low to high; `^` is right-associative and binds tighter than unary
 * minus, so `-x^2` is `-(x^2)`, as in mathematics):
 *
 * ```
 * sum     = product (("+" | "-") product)*
 * product = unary (("*" | "/") unary)*
 * unary   = ("-" | "+") unary | power
 * power   = atom ("^" unary)?
 * atom    = number | "x" | "y" | "pi" | "e" | name "(" sum ")" | "(" sum ")"
 * ```
 *
 * Numbers: `3`, `0.5`, `.5`, `1e-3`, `2.5E+4`. Functions: see `functionNames`. Nothing is ever
 * evaluated as JavaScript (no `eval`, no `new Function`, no property lookups by the reader's
 * text): names are matched against fixed lists, so `constructor` or `__proto__` are simply
 * unknown names. Every error is an `ExprError` carrying a structured `problem` (a `code` plus its
 * facts: the 0-based `position` of the offending character, the token found, the name, the limit…)
 * so that a page in any language can word it (src/i18n/expr.ts); its `message` is the English
 * sentence, `explainExprProblem(problem)`.
 */

export const functionNames = ['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh', 'sinh', 'cosh', 'atan'] as const;
export type FunctionName = (typeof functionNames)[number];
export type Variable = 'x' | 'y';

export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'var'; readonly name: Variable }
  | { readonly kind: 'neg'; readonly arg: Expr }
  | { readonly kind: 'bin'; readonly op: '+' | '-' | '*' | '/' | '^'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly arg: Expr };

/** Limits that keep a hostile input from costing much: length in characters and nesting depth. */
export const exprLimits = Object.freeze({ maxLength: 200, maxDepth: 40 });

/** What the parser found where it expected something else (a token, described without wording). */
export type FoundToken =
  | { readonly kind: 'num'; readonly text: string }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'op'; readonly op: string }
  | { readonly kind: 'end' };

/**
 * Every way a formula can fail, as data. `position` is the 0-based index of the character where
 * the problem is (the caret goes there); positions shown to readers are 1-based.
 */
export type ExprProblem =
  | { readonly code: 'not-text'; readonly position: 0 }
  | { readonly code: 'too-long'; readonly position: number; readonly length: number; readonly max: number }
  | { readonly code: 'empty'; readonly position: 0 }
  | { readonly code: 'bad-character'; readonly position: number; readonly char: string }
  | { readonly code: 'number-too-large'; readonly position: number; readonly text: string }
  | { readonly code: 'too-deep'; readonly position: number; readonly max: number }
  /** `open` is the position of the "(" left open; `found` is what stands where ")" should. */
  | { readonly code: 'unclosed'; readonly position: number; readonly open: number; readonly found: FoundToken }
  /** `name` (at `namePosition`) is a function written without "(": `position` is the token after it. */
  | { readonly code: 'needs-parentheses'; readonly position: number; readonly name: string; readonly namePosition: number }
  /** `name` is cut to 20 characters plus "…"; `functions` lists the known functions. */
  | { readonly code: 'unknown-name'; readonly position: number; readonly name: string; readonly functions: readonly string[] }
  | { readonly code: 'expected-operand'; readonly position: number; readonly found: FoundToken }
  /** Something after a complete formula: an unmatched ")" or (else) a missing operator. */
  | { readonly code: 'unexpected'; readonly position: number; readonly found: FoundToken; readonly hint: 'unmatched-close' | 'missing-operator' };

export type ExprErrorCode = ExprProblem['code'];

/**
 * A token found where it did not fit, in English: shared with the rule language (its parse
 * reads the same tokens), which ends a line where a formula ends a formula.
 */
export function describeFoundEn(found: FoundToken, end: 'the formula' | 'the line' = 'the formula'): string {
  switch (found.kind) {
    case 'num':
      return `the number ${found.text}`;
    case 'name':
      return `"${found.name}"`;
    case 'op':
      return `"${found.op}"`;
    case 'end':
      return `the end of ${end}`;
  }
}

/** The English sentence for a problem (the `message` of its `ExprError`). */
export function explainExprProblem(problem: ExprProblem): string {
  switch (problem.code) {
    case 'not-text':
      return 'The formula must be text.';
    case 'too-long':
      return `The formula is too long: ${problem.length} characters, at most ${problem.max}.`;
    case 'empty':
      return 'The formula is empty.';
    case 'bad-character':
      return `The character ${JSON.stringify(problem.char)} at position ${problem.position + 1} is not allowed.`;
    case 'number-too-large':
      return `The number ${problem.text} is too large.`;
    case 'too-deep':
      return `The formula is nested too deeply (more than ${problem.max} levels).`;
    case 'unclosed':
      return `Expected ")" to close the "(" at position ${problem.open + 1}, found ${describeFoundEn(problem.found)} at position ${problem.position + 1}.`;
    case 'needs-parentheses':
      return `The function ${problem.name} at position ${problem.namePosition + 1} needs parentheses, as in ${problem.name}(x).`;
    case 'unknown-name':
      return `Unknown name "${problem.name}" at position ${problem.position + 1}. Use x, y, pi, e and the functions ${problem.functions.join(', ')}.`;
    case 'expected-operand':
      return `Expected a number, x, y, a function or "(" at position ${problem.position + 1}, found ${describeFoundEn(problem.found)}.`;
    case 'unexpected': {
      const hint = problem.hint === 'unmatched-close' ? ' (a ")" with no matching "(")' : ' (a missing operator, such as *?)';
      return `Unexpected ${describeFoundEn(problem.found)} at position ${problem.position + 1}${hint}.`;
    }
  }
}

export class ExprError extends Error {
  /** What went wrong, as data (code and facts), for wording it in any language. */
  readonly problem: ExprProblem;
  /** 0-based index of the character where the problem is. */
  readonly position: number;
  /** The problem's kind (same as `problem.code`). */
  readonly code: ExprErrorCode;
  constructor(problem: ExprProblem) {
    super(explainExprProblem(problem));
    this.name = 'ExprError';
    this.problem = problem;
    this.position = problem.position;
    this.code = problem.code;
  }
}

export type Token =
  | { kind: 'num'; value: number; pos: number; text: string }
  | { kind: 'name'; name: string; pos: number }
  | { kind: 'op'; op: string; pos: number }
  | { kind: 'end'; pos: number };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';

/** The one-character operators of formulas. */
const formulaOperators = '+-*/^()';

/**
 * Splits the source into tokens; throws `ExprError` at the first character that fits no token.
 * `operators` lists the one-character operators: the rule language (src/engine/rule) shares this
 * lexer (numbers, names, spaces) and adds its own (`=`, `,`, `[`, `]`).
 */
export function tokenize(source: string, operators: string = formulaOperators): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (isDigit(c) || (c === '.' && isDigit(source[i + 1] ?? ''))) {
      const start = i;
      while (isDigit(source[i] ?? '')) i++;
      if (source[i] === '.') {
        i++;
        while (isDigit(source[i] ?? '')) i++;
      }
      if (source[i] === 'e' || source[i] === 'E') {
        const sign = source[i + 1] === '+' || source[i + 1] === '-' ? 1 : 0;
        if (isDigit(source[i + 1 + sign] ?? '')) {
          i += 1 + sign;
          while (isDigit(source[i] ?? '')) i++;
        }
      }
      const text = source.slice(start, i);
      const value = Number(text);
      if (!Number.isFinite(value)) throw new ExprError({ code: 'number-too-large', position: start, text });
      tokens.push({ kind: 'num', value, pos: start, text });
    } else if (isLetter(c)) {
      const start = i;
      while (isLetter(source[i] ?? '') || isDigit(source[i] ?? '')) i++;
      tokens.push({ kind: 'name', name: source.slice(start, i), pos: start });
    } else if (operators.includes(c)) {
      tokens.push({ kind: 'op', op: c, pos: i });
      i++;
    } else {
      throw new ExprError({ code: 'bad-character', position: i, char: String.fromCodePoint(source.codePointAt(i)!) });
    }
  }
  tokens.push({ kind: 'end', pos: source.length });
  return tokens;
}

function isFunctionName(name: string): name is FunctionName {
  return (functionNames as readonly string[]).includes(name);
}

function found(token: Token): FoundToken {
  switch (token.kind) {
    case 'num':
      return { kind: 'num', text: token.text };
    case 'name':
      return { kind: 'name', name: token.name };
    case 'op':
      return { kind: 'op', op: token.op };
    case 'end':
      return { kind: 'end' };
  }
}

/** Parses a formula in x and y into an expression tree. Throws `ExprError` on any problem. */
export function parse(source: string): Expr {
  if (typeof source !== 'string') throw new ExprError({ code: 'not-text', position: 0 });
  if (source.length > exprLimits.maxLength) {
    throw new ExprError({ code: 'too-long', position: exprLimits.maxLength, length: source.length, max: exprLimits.maxLength });
  }
  if (source.trim() === '') throw new ExprError({ code: 'empty', position: 0 });
  const tokens = tokenize(source);
  let index = 0;
  let depth = 0;
  const peek = (): Token => tokens[index]!;
  const next = (): Token => tokens[index++]!;
  const isOp = (token: Token, op: string) => token.kind === 'op' && token.op === op;

  const enter = (pos: number) => {
    depth++;
    if (depth > exprLimits.maxDepth) throw new ExprError({ code: 'too-deep', position: pos, max: exprLimits.maxDepth });
  };

  function sum(): Expr {
    let left = product();
    for (;;) {
      const token = peek();
      if (token.kind === 'op' && (token.op === '+' || token.op === '-')) {
        next();
        left = { kind: 'bin', op: token.op, left, right: product() };
      } else return left;
    }
  }

  function product(): Expr {
    let left = unary();
    for (;;) {
      const token = peek();
      if (token.kind === 'op' && (token.op === '*' || token.op === '/')) {
        next();
        left = { kind: 'bin', op: token.op, left, right: unary() };
      } else return left;
    }
  }

  function unary(): Expr {
    const token = peek();
    if (isOp(token, '-') || isOp(token, '+')) {
      next();
      enter(token.pos);
      const arg = unary();
      depth--;
      return isOp(token, '-') ? { kind: 'neg', arg } : arg;
    }
    return power();
  }

  function power(): Expr {
    const base = atom();
    const token = peek();
    if (isOp(token, '^')) {
      next();
      enter(token.pos);
      const exponent = unary();
      depth--;
      return { kind: 'bin', op: '^', left: base, right: exponent };
    }
    return base;
  }

  function expectClose(open: Token): void {
    const token = next();
    if (!isOp(token, ')')) {
      throw new ExprError({ code: 'unclosed', position: token.pos, open: open.pos, found: found(token) });
    }
  }

  function atom(): Expr {
    const token = next();
    if (token.kind === 'num') return { kind: 'num', value: token.value };
    if (isOp(token, '(')) {
      enter(token.pos);
      const inner = sum();
      expectClose(token);
      depth--;
      return inner;
    }
    if (token.kind === 'name') {
      const { name } = token;
      if (name === 'x' || name === 'y') return { kind: 'var', name };
      if (name === 'pi') return { kind: 'num', value: Math.PI };
      if (name === 'e') return { kind: 'num', value: Math.E };
      if (isFunctionName(name)) {
        const open = next();
        if (!isOp(open, '(')) {
          throw new ExprError({ code: 'needs-parentheses', position: open.pos, name, namePosition: token.pos });
        }
        enter(open.pos);
        const arg = sum();
        expectClose(open);
        depth--;
        return { kind: 'call', fn: name, arg };
      }
      const shown = name.length > 20 ? `${name.slice(0, 20)}…` : name;
      throw new ExprError({ code: 'unknown-name', position: token.pos, name: shown, functions: functionNames });
    }
    throw new ExprError({ code: 'expected-operand', position: token.pos, found: found(token) });
  }

  const tree = sum();
  const rest = peek();
  if (rest.kind !== 'end') {
    throw new ExprError({ code: 'unexpected', position: rest.pos, found: found(rest), hint: isOp(rest, ')') ? 'unmatched-close' : 'missing-operator' });
  }
  return tree;
}
