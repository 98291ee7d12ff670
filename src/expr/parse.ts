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
 * unknown names. Every error is an `ExprError` with the 0-based `position` of the offending
 * character and a sentence for the reader.
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

export class ExprError extends Error {
  /** 0-based index of the character where the problem is. */
  readonly position: number;
  constructor(message: string, position: number) {
    super(message);
    this.name = 'ExprError';
    this.position = position;
  }
}

type Token =
  | { kind: 'num'; value: number; pos: number; text: string }
  | { kind: 'name'; name: string; pos: number }
  | { kind: 'op'; op: '+' | '-' | '*' | '/' | '^' | '(' | ')'; pos: number }
  | { kind: 'end'; pos: number };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';

/** Splits the source into tokens; throws `ExprError` at the first character that fits no token. */
export function tokenize(source: string): Token[] {
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
      if (!Number.isFinite(value)) throw new ExprError(`The number ${text} is too large.`, start);
      tokens.push({ kind: 'num', value, pos: start, text });
    } else if (isLetter(c)) {
      const start = i;
      while (isLetter(source[i] ?? '') || isDigit(source[i] ?? '')) i++;
      tokens.push({ kind: 'name', name: source.slice(start, i), pos: start });
    } else if (c === '+' || c === '-' || c === '*' || c === '/' || c === '^' || c === '(' || c === ')') {
      tokens.push({ kind: 'op', op: c, pos: i });
      i++;
    } else {
      throw new ExprError(`The character ${JSON.stringify(c)} at position ${i + 1} is not allowed.`, i);
    }
  }
  tokens.push({ kind: 'end', pos: source.length });
  return tokens;
}

function isFunctionName(name: string): name is FunctionName {
  return (functionNames as readonly string[]).includes(name);
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'num':
      return `the number ${token.text}`;
    case 'name':
      return `"${token.name}"`;
    case 'op':
      return `"${token.op}"`;
    case 'end':
      return 'the end of the formula';
  }
}

/** Parses a formula in x and y into an expression tree. Throws `ExprError` on any problem. */
export function parse(source: string): Expr {
  if (typeof source !== 'string') throw new ExprError('The formula must be text.', 0);
  if (source.length > exprLimits.maxLength) {
    throw new ExprError(`The formula is too long: ${source.length} characters, at most ${exprLimits.maxLength}.`, exprLimits.maxLength);
  }
  if (source.trim() === '') throw new ExprError('The formula is empty.', 0);
  const tokens = tokenize(source);
  let index = 0;
  let depth = 0;
  const peek = (): Token => tokens[index]!;
  const next = (): Token => tokens[index++]!;
  const isOp = (token: Token, op: string) => token.kind === 'op' && token.op === op;

  const enter = (pos: number) => {
    depth++;
    if (depth > exprLimits.maxDepth) throw new ExprError(`The formula is nested too deeply (more than ${exprLimits.maxDepth} levels).`, pos);
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
      throw new ExprError(`Expected ")" to close the "(" at position ${open.pos + 1}, found ${describe(token)} at position ${token.pos + 1}.`, token.pos);
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
          throw new ExprError(`The function ${name} at position ${token.pos + 1} needs parentheses, as in ${name}(x).`, open.pos);
        }
        enter(open.pos);
        const arg = sum();
        expectClose(open);
        depth--;
        return { kind: 'call', fn: name, arg };
      }
      const shown = name.length > 20 ? `${name.slice(0, 20)}…` : name;
      throw new ExprError(
        `Unknown name "${shown}" at position ${token.pos + 1}. Use x, y, pi, e and the functions ${functionNames.join(', ')}.`,
        token.pos,
      );
    }
    throw new ExprError(`Expected a number, x, y, a function or "(" at position ${token.pos + 1}, found ${describe(token)}.`, token.pos);
  }

  const tree = sum();
  const rest = peek();
  if (rest.kind !== 'end') {
    const hint = isOp(rest, ')') ? ' (a ")" with no matching "(")' : ' (a missing operator, such as *?)';
    throw new ExprError(`Unexpected ${describe(rest)} at position ${rest.pos + 1}${hint}.`, rest.pos);
  }
  return tree;
}
