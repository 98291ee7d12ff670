import { describe, expect, it } from 'vitest';
import { parseRule, RuleError, ruleLimits } from '../../../../src/engine/rule/index.ts';
import type { RuleErrorCode, RuleProblem } from '../../../../src/engine/rule/index.ts';

/** The problem a source throws (fails the test if it parses). */
export function problemOf(source: unknown): RuleProblem {
  try {
    parseRule(source as string);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleError);
    return (error as RuleError).problem;
  }
  throw new Error(`parsed without error: ${String(source)}`);
}

const ok = 'w = w - 0.1 * g';

/** Every problem code, with a source that has it and where the mark goes (line, column). */
const cases: { source: string; code: RuleErrorCode; line: number; column: number; message?: string }[] = [
  {
    source: 'x'.repeat(2001),
    code: 'too-long',
    line: 1,
    column: 2001,
    message: 'Line 1, column 2001: The rule is too long: 2001 characters, at most 2000.',
  },
  { source: Array.from({ length: 41 }, () => ok).join('\n'), code: 'too-many-lines', line: 41, column: 1 },
  { source: '# only a comment\n\n', code: 'empty', line: 1, column: 1 },
  {
    source: `${ok}\nm = 1 $ 2`,
    code: 'bad-character',
    line: 2,
    column: 7,
    message: 'Line 2, column 7: The character "$" is not allowed.',
  },
  { source: 'w = w - λ * g', code: 'bad-character', line: 1, column: 9 },
  {
    source: 'w = w - 1e999 * g',
    code: 'number-too-large',
    line: 1,
    column: 9,
    message: 'Line 1, column 9: The number 1e999 is too large.',
  },
  { source: `w = ${'('.repeat(50)}g${')'.repeat(50)}`, code: 'too-deep', line: 1, column: 45 },
  { source: `w = ${'-'.repeat(50)}g`, code: 'too-deep', line: 1, column: 45 },
  {
    source: 'w = w - (0.1 * g',
    code: 'unclosed',
    line: 1,
    column: 17,
    message: 'Line 1, column 17: Expected ")" to close the "(" at line 1, column 9, found the end of the line.',
  },
  { source: 'w = sqrt g', code: 'needs-parentheses', line: 1, column: 5 },
  { source: 'w = w - grad', code: 'needs-parentheses', line: 1, column: 9 },
  { source: 'w = sin(w)', code: 'unknown-function', line: 1, column: 5 },
  { source: 'v = 1\nw = v(2)', code: 'unknown-function', line: 2, column: 5 },
  {
    source: 'w = max(w)',
    code: 'wrong-arity',
    line: 1,
    column: 5,
    message: 'Line 1, column 5: max takes 2 arguments, not 1.',
  },
  { source: 'w = sqrt(w, g)', code: 'wrong-arity', line: 1, column: 5 },
  { source: 'w = grad(w, g)', code: 'wrong-arity', line: 1, column: 5 },
  { source: 'w = w - grad(w - grad(w))', code: 'nested-grad', line: 1, column: 18 },
  { source: 'w = w - * g', code: 'expected-operand', line: 1, column: 9 },
  { source: 'w = ', code: 'expected-operand', line: 1, column: 5 },
  { source: 'w = w - g)', code: 'unexpected', line: 1, column: 10 },
  { source: 'w = w - 2 g', code: 'unexpected', line: 1, column: 11 },
  { source: 'w = (w, g)', code: 'unexpected', line: 1, column: 5 },
  { source: 'w - 0.1 * g', code: 'expected', line: 1, column: 3 },
  { source: '3 = w', code: 'expected', line: 1, column: 1 },
  { source: 'param 3 = 1\nw = w', code: 'expected', line: 1, column: 7 },
  { source: 'param lr 0.1\nw = w', code: 'expected', line: 1, column: 10 },
  { source: 'param lr = x\nw = w', code: 'expected', line: 1, column: 12 },
  { source: 'param lr = 0.1 on [0, 1]\nw = w', code: 'expected', line: 1, column: 16 },
  { source: 'param lr = 0.1 in [0 1]\nw = w', code: 'expected', line: 1, column: 22 },
  { source: 'param lr = 0.1 in [0, 1] 2\nw = w', code: 'expected', line: 1, column: 26 },
  {
    source: 'w = w - lr * gg',
    code: 'unknown-name',
    line: 1,
    column: 9,
    message: 'Line 1, column 9: Unknown name "lr". A rule reads w, g, t, pi, e, its params and the names it assigns.',
  },
  { source: 'w = w - in', code: 'unknown-name', line: 1, column: 9 },
  {
    source: 'g = 2 * g\nw = w - g',
    code: 'assign-reserved',
    line: 1,
    column: 1,
    message: 'Line 1, column 1: g is reserved and cannot be assigned.',
  },
  { source: 'w = w\nt = 1', code: 'assign-reserved', line: 2, column: 1 },
  { source: 'w = w\nsqrt = 1', code: 'assign-reserved', line: 2, column: 1 },
  { source: 'param = 1\nw = w', code: 'assign-reserved', line: 1, column: 1 },
  { source: 'param t = 1\nw = w', code: 'param-reserved', line: 1, column: 7 },
  {
    source: 'param lr = 0.1\nlr = 2\nw = w - lr * g',
    code: 'assign-param',
    line: 2,
    column: 1,
    message: 'Line 2, column 1: lr is a param (line 1) and cannot be assigned.',
  },
  { source: 'param lr = 0.1\nparam lr = 0.2\nw = w', code: 'duplicate-param', line: 2, column: 7 },
  { source: 'param lr = 0.1 in [1, 0]\nw = w', code: 'bad-range', line: 1, column: 19 },
  { source: 'param lr = 0.1 in [1, 1]\nw = w', code: 'bad-range', line: 1, column: 19 },
  { source: 'param lr = 5 in [0, 1]\nw = w', code: 'default-out-of-range', line: 1, column: 7 },
  { source: 'v = 0.9 * v + g\n# no update of w', code: 'no-w', line: 2, column: 1 },
];

describe('every error of the rule language', () => {
  it.each(cases)('$code: $source', ({ source, code, line, column, message }) => {
    const problem = problemOf(source);
    expect(problem.code).toBe(code);
    expect([problem.line, problem.column]).toEqual([line, column]);
    if (message !== undefined) expect(new RuleError(problem).message).toBe(message);
  });

  it('covers every code', () => {
    // A Record over the code type: a new code that this table lacks is a type error here.
    const every: Record<RuleErrorCode, true> = {
      'not-text': true,
      'too-long': true,
      'too-many-lines': true,
      empty: true,
      'bad-character': true,
      'number-too-large': true,
      'too-deep': true,
      unclosed: true,
      'needs-parentheses': true,
      'unknown-function': true,
      'wrong-arity': true,
      'nested-grad': true,
      'expected-operand': true,
      unexpected: true,
      expected: true,
      'unknown-name': true,
      'assign-reserved': true,
      'param-reserved': true,
      'assign-param': true,
      'duplicate-param': true,
      'bad-range': true,
      'default-out-of-range': true,
      'no-w': true,
    };
    const tested = new Set<string>([...cases.map((c) => c.code), 'not-text']);
    expect([...tested].sort()).toEqual(Object.keys(every).sort());
  });

  it('says a non-string source is not text', () => {
    expect(problemOf(42).code).toBe('not-text');
    expect(problemOf(undefined).code).toBe('not-text');
  });

  it('carries line, column and code on the error itself', () => {
    try {
      parseRule('w = w\nm = m + q');
    } catch (error) {
      const e = error as RuleError;
      expect([e.name, e.code, e.line, e.column]).toEqual(['RuleError', 'unknown-name', 2, 9]);
      return;
    }
    throw new Error('no error');
  });

  it('reports the first syntax error before any name error', () => {
    expect(problemOf('w = w - q\nm = (').code).toBe('expected-operand');
  });

  it('accepts exactly the limits', () => {
    const forty = Array.from({ length: ruleLimits.maxLines }, () => ok).join('\n');
    expect(() => parseRule(`${forty}\n`)).not.toThrow();
    const long = `w = w${' '.repeat(ruleLimits.maxLength - 5)}`;
    expect(long).toHaveLength(ruleLimits.maxLength);
    expect(() => parseRule(long)).not.toThrow();
    expect(() => parseRule(`w = ${'('.repeat(ruleLimits.maxDepth)}w${')'.repeat(ruleLimits.maxDepth)}`)).not.toThrow();
  });

  it('cuts a long unknown name to 20 characters', () => {
    const problem = problemOf(`w = ${'a'.repeat(30)}`);
    expect(problem.code === 'unknown-name' && problem.name).toBe(`${'a'.repeat(20)}…`);
  });
});
