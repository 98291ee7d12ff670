/**
 * The parser of the rule language: source text to a checked tree, or a `RuleError`.
 *
 * ```
 * rule      = line ("\n" line)*                       at most 40 lines, 2,000 characters
 * line      = [statement | param] ["#" comment]
 * statement = NAME "=" sum
 * param     = "param" NAME "=" number ["in" "[" number "," number "]"]
 * number    = ["-" | "+"] NUMBER
 * sum       = product (("+" | "-") product)*
 * product   = unary (("*" | "/") unary)*
 * unary     = ("-" | "+") unary | power
 * power     = atom ("^" unary)?                       right-associative; -x^2 is -(x^2)
 * atom      = NUMBER | NAME | FUNCTION "(" sum ("," sum)* ")" | "grad" "(" sum ")" | "(" sum ")"
 * ```
 *
 * Numbers, names and spaces are read by the formula lexer of src/engine/expr (`tokenize`, here
 * with the operators `=`, `,`, `[`, `]` added); the grammar of expressions is the formula
 * language's, with functions of two arguments and `grad`. Names are matched against fixed lists
 * and Maps, never looked up as JavaScript properties, so `constructor` or `__proto__` are plain
 * names.
 */
import { ExprError, tokenize } from '../expr/index.ts';
import type { FoundToken, Token } from '../expr/index.ts';
import { reservedNames, RuleError, ruleFunctions, ruleLimits } from './errors.ts';
import type { Expected, RuleFunction, RuleProblem } from './errors.ts';

type Place = { readonly line: number; readonly column: number };

export type RuleExpr =
  | { readonly kind: 'num'; readonly value: number; readonly text: string }
  | { readonly kind: 'name'; readonly name: string; readonly line: number; readonly column: number }
  | { readonly kind: 'neg'; readonly arg: RuleExpr }
  | {
      readonly kind: 'bin';
      readonly op: '+' | '-' | '*' | '/' | '^';
      readonly left: RuleExpr;
      readonly right: RuleExpr;
    }
  | { readonly kind: 'call'; readonly fn: RuleFunction; readonly args: readonly RuleExpr[] }
  | { readonly kind: 'grad'; readonly arg: RuleExpr };

export interface Statement extends Place {
  /** The name assigned (`w` or a state variable). */
  readonly target: string;
  readonly expr: RuleExpr;
}

export interface ParamDecl extends Place {
  readonly name: string;
  readonly value: number;
  /** The slider's range from `in [LO, HI]`, or null when the line gives none. */
  readonly range: readonly [number, number] | null;
}

export interface ParsedRule {
  readonly source: string;
  readonly params: readonly ParamDecl[];
  readonly statements: readonly Statement[];
  /** Every assigned name but `w`, in order of first assignment: the per-weight state. */
  readonly stateNames: readonly string[];
  /** Whether the rule reads `g` (the gradient is then computed before the first statement). */
  readonly readsG: boolean;
}

const operators = '+-*/^(),=[]';
/** The reserved names that hold a value (the others are `grad`, `param` and `in`). */
const readableNames: readonly string[] = ['w', 'g', 't', 'pi', 'e'];
const isFunction = (name: string): name is RuleFunction => Object.hasOwn(ruleFunctions, name);
const functionList = Object.keys(ruleFunctions);

function foundOf(token: Token): FoundToken {
  if (token.kind === 'num') return { kind: 'num', text: token.text };
  if (token.kind === 'name') return { kind: 'name', name: token.name };
  if (token.kind === 'op') return { kind: 'op', op: token.op };
  return { kind: 'end' };
}

const fail = (problem: RuleProblem): never => {
  throw new RuleError(problem);
};

/** The 1-based line and column of the character at `index` in `source`. */
function placeOf(source: string, index: number): Place {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Parses one line (comment removed) into a statement, a param, or nothing. */
function parseLine(text: string, line: number): Statement | ParamDecl | null {
  let tokens: Token[];
  try {
    tokens = tokenize(text, operators);
  } catch (error) {
    if (!(error instanceof ExprError)) throw error;
    const column = error.position + 1;
    const p = error.problem;
    if (p.code === 'number-too-large') fail({ code: 'number-too-large', line, column, text: p.text });
    fail({ code: 'bad-character', line, column, char: p.code === 'bad-character' ? p.char : '' });
    throw error;
  }
  let index = 0;
  let depth = 0;
  let inGrad = false;
  const peek = (): Token => tokens[index]!;
  const next = (): Token => tokens[index++]!;
  const at = (token: Token): Place => ({ line, column: token.pos + 1 });
  const isOp = (token: Token, op: string) => token.kind === 'op' && token.op === op;
  const expect = (expected: Expected, ok: (token: Token) => boolean): Token => {
    const token = next();
    if (!ok(token)) fail({ code: 'expected', ...at(token), expected, found: foundOf(token) });
    return token;
  };
  const enter = (token: Token) => {
    if (++depth > ruleLimits.maxDepth) fail({ code: 'too-deep', ...at(token), max: ruleLimits.maxDepth });
  };

  function sum(): RuleExpr {
    let left = product();
    for (let token = peek(); token.kind === 'op' && (token.op === '+' || token.op === '-'); token = peek()) {
      next();
      left = { kind: 'bin', op: token.op, left, right: product() };
    }
    return left;
  }

  function product(): RuleExpr {
    let left = unary();
    for (let token = peek(); token.kind === 'op' && (token.op === '*' || token.op === '/'); token = peek()) {
      next();
      left = { kind: 'bin', op: token.op, left, right: unary() };
    }
    return left;
  }

  function unary(): RuleExpr {
    const token = peek();
    if (isOp(token, '-') || isOp(token, '+')) {
      next();
      enter(token);
      const arg = unary();
      depth--;
      return isOp(token, '-') ? { kind: 'neg', arg } : arg;
    }
    const base = atom();
    const caret = peek();
    if (!isOp(caret, '^')) return base;
    next();
    enter(caret);
    const exponent = unary();
    depth--;
    return { kind: 'bin', op: '^', left: base, right: exponent };
  }

  /** The arguments of a call whose "(" is `open`, up to and including its ")". */
  function callArguments(open: Token): RuleExpr[] {
    enter(open);
    const args = [sum()];
    while (isOp(peek(), ',')) {
      next();
      args.push(sum());
    }
    const close = next();
    if (!isOp(close, ')')) {
      fail({ code: 'unclosed', ...at(close), openLine: line, openColumn: open.pos + 1, found: foundOf(close) });
    }
    depth--;
    return args;
  }

  function atom(): RuleExpr {
    const token = next();
    if (token.kind === 'num') return { kind: 'num', value: token.value, text: token.text };
    if (isOp(token, '(')) {
      const [inner, ...extra] = callArguments(token);
      if (extra.length > 0)
        fail({ code: 'unexpected', ...at(token), found: { kind: 'op', op: ',' }, hint: 'missing-operator' });
      return inner!;
    }
    if (token.kind !== 'name') return fail({ code: 'expected-operand', ...at(token), found: foundOf(token) });
    const { name } = token;
    const open = peek();
    if (name === 'grad' || isFunction(name)) {
      if (!isOp(open, '(')) fail({ code: 'needs-parentheses', ...at(token), name });
      next();
      if (name === 'grad' && inGrad) fail({ code: 'nested-grad', ...at(token) });
      if (name === 'grad') inGrad = true;
      const args = callArguments(open);
      const expected = name === 'grad' ? 1 : ruleFunctions[name];
      if (args.length !== expected) fail({ code: 'wrong-arity', ...at(token), name, expected, got: args.length });
      if (name !== 'grad') return { kind: 'call', fn: name, args };
      inGrad = false;
      return { kind: 'grad', arg: args[0]! };
    }
    if (isOp(open, '(')) fail({ code: 'unknown-function', ...at(token), name: shown(name), functions: functionList });
    return { kind: 'name', name, ...at(token) };
  }

  function signedNumber(): number {
    const sign = peek();
    const negative = isOp(sign, '-');
    if (negative || isOp(sign, '+')) next();
    const token = expect('number', (tok) => tok.kind === 'num');
    const value = token.kind === 'num' ? token.value : NaN;
    return negative ? -value : value;
  }

  const first = peek();
  if (first.kind === 'end') return null;
  let result: Statement | ParamDecl;
  if (first.kind === 'name' && first.name === 'param' && !isOp(tokens[1]!, '=')) {
    next();
    const nameToken = expect('name', (tok) => tok.kind === 'name');
    const name = nameToken.kind === 'name' ? nameToken.name : '';
    expect('=', (tok) => isOp(tok, '='));
    const value = signedNumber();
    let range: [number, number] | null = null;
    const inToken = peek();
    if (inToken.kind !== 'end') {
      expect('in', (tok) => tok.kind === 'name' && tok.name === 'in');
      const open = expect('[', (tok) => isOp(tok, '['));
      const low = signedNumber();
      expect(',', (tok) => isOp(tok, ','));
      const high = signedNumber();
      expect(']', (tok) => isOp(tok, ']'));
      if (!(low < high)) fail({ code: 'bad-range', ...at(open), low, high });
      if (!(value >= low && value <= high))
        fail({ code: 'default-out-of-range', ...at(nameToken), name, value, low, high });
      range = [low, high];
    }
    result = { name, value, range, ...at(nameToken) };
  } else {
    const target = expect('name', (tok) => tok.kind === 'name');
    expect('=', (tok) => isOp(tok, '='));
    result = { target: target.kind === 'name' ? target.name : '', expr: sum(), ...at(target) };
  }
  const rest = peek();
  if (rest.kind !== 'end') {
    fail(
      isOp(rest, ')')
        ? { code: 'unexpected', ...at(rest), found: foundOf(rest), hint: 'unmatched-close' }
        : 'expr' in result
          ? { code: 'unexpected', ...at(rest), found: foundOf(rest), hint: 'missing-operator' }
          : { code: 'expected', ...at(rest), expected: 'end of line', found: foundOf(rest) },
    );
  }
  return result;
}

/** A reader's name in a message: cut to 20 characters. */
const shown = (name: string) => (name.length > 20 ? `${name.slice(0, 20)}…` : name);

/** Calls `visit` on every name the expression reads, in reading order. */
function eachName(expr: RuleExpr, visit: (node: Extract<RuleExpr, { kind: 'name' }>) => void): void {
  if (expr.kind === 'name') visit(expr);
  else if (expr.kind === 'neg' || expr.kind === 'grad') eachName(expr.arg, visit);
  else if (expr.kind === 'bin') {
    eachName(expr.left, visit);
    eachName(expr.right, visit);
  } else if (expr.kind === 'call') for (const arg of expr.args) eachName(arg, visit);
}

/** Parses and checks a rule. Throws `RuleError` on the first problem (syntax first, then names). */
export function parseRule(source: string): ParsedRule {
  if (typeof source !== 'string') return fail({ code: 'not-text', line: 1, column: 1 });
  if (source.length > ruleLimits.maxLength) {
    fail({
      code: 'too-long',
      ...placeOf(source, ruleLimits.maxLength),
      length: source.length,
      max: ruleLimits.maxLength,
    });
  }
  const lines = source.split('\n');
  if (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length > ruleLimits.maxLines) {
    fail({
      code: 'too-many-lines',
      line: ruleLimits.maxLines + 1,
      column: 1,
      lines: lines.length,
      max: ruleLimits.maxLines,
    });
  }
  const params: ParamDecl[] = [];
  const statements: Statement[] = [];
  lines.forEach((text, i) => {
    const hash = text.indexOf('#');
    const parsed = parseLine(hash < 0 ? text : text.slice(0, hash), i + 1);
    if (parsed === null) return;
    if ('target' in parsed) statements.push(parsed);
    else params.push(parsed);
  });

  const paramLines = new Map<string, number>();
  for (const p of params) {
    if (reservedNames.includes(p.name) || isFunction(p.name))
      fail({ code: 'param-reserved', line: p.line, column: p.column, name: p.name });
    const firstLine = paramLines.get(p.name);
    if (firstLine !== undefined)
      fail({ code: 'duplicate-param', line: p.line, column: p.column, name: p.name, firstLine });
    paramLines.set(p.name, p.line);
  }
  const assigned = new Set<string>();
  for (const s of statements) {
    const paramLine = paramLines.get(s.target);
    if (paramLine !== undefined)
      fail({ code: 'assign-param', line: s.line, column: s.column, name: s.target, paramLine });
    if ((reservedNames.includes(s.target) && s.target !== 'w') || isFunction(s.target)) {
      fail({ code: 'assign-reserved', line: s.line, column: s.column, name: s.target });
    }
    assigned.add(s.target);
  }
  let readsG = false;
  for (const s of statements) {
    eachName(s.expr, (node) => {
      if (node.name === 'g') readsG = true;
      const known = readableNames.includes(node.name) || paramLines.has(node.name) || assigned.has(node.name);
      if (!known) fail({ code: 'unknown-name', line: node.line, column: node.column, name: shown(node.name) });
    });
  }
  if (statements.length === 0) fail({ code: 'empty', line: 1, column: 1 });
  if (!assigned.has('w')) fail({ code: 'no-w', line: lines.length, column: 1 });
  assigned.delete('w');
  return { source, params, statements, stateNames: [...assigned], readsG };
}
