/**
 * Every way a rule can fail, as data, and its English wording. A bad source throws one error
 * type, `RuleError`, whose `problem` carries a code, the 1-based `line` and `column` where the
 * editor should put its mark, and the facts a sentence needs (the name, the limit, the token
 * found), so that src/i18n/rule.ts can word it in every language of the course. Its `message`
 * is the English sentence, `explainRuleProblem(problem)`.
 */
import { describeFoundEn } from '../expr/index.ts';
import type { FoundToken } from '../expr/index.ts';

/** Limits that keep a hostile source cheap: characters, lines, nesting depth. */
export const ruleLimits = Object.freeze({ maxLength: 2000, maxLines: 40, maxDepth: 40 });

/** The functions of the rule language and how many arguments each takes. */
export const ruleFunctions = Object.freeze({ sqrt: 1, abs: 1, exp: 1, log: 1, sign: 1, min: 2, max: 2 });
export type RuleFunction = keyof typeof ruleFunctions;

/** Names a rule reads but never assigns or declares: the weights, the gradient, the step, two constants. */
export const reservedNames: readonly string[] = Object.freeze(['w', 'g', 't', 'pi', 'e', 'grad', 'param', 'in']);

/** What the parser expected where it found something else, in a `param` line or a statement. */
export type Expected = 'name' | '=' | 'number' | 'in' | '[' | ',' | ']' | 'end of line';

type At = { readonly line: number; readonly column: number };

export type RuleProblem = At &
  (
    | { readonly code: 'not-text' }
    | { readonly code: 'too-long'; readonly length: number; readonly max: number }
    | { readonly code: 'too-many-lines'; readonly lines: number; readonly max: number }
    | { readonly code: 'empty' }
    | { readonly code: 'bad-character'; readonly char: string }
    | { readonly code: 'number-too-large'; readonly text: string }
    | { readonly code: 'too-deep'; readonly max: number }
    /** `openLine`/`openColumn`: the "(" left open; `found`: what stands where ")" should. */
    | { readonly code: 'unclosed'; readonly openLine: number; readonly openColumn: number; readonly found: FoundToken }
    | { readonly code: 'needs-parentheses'; readonly name: string }
    | { readonly code: 'unknown-function'; readonly name: string; readonly functions: readonly string[] }
    | { readonly code: 'wrong-arity'; readonly name: string; readonly expected: number; readonly got: number }
    | { readonly code: 'nested-grad' }
    | { readonly code: 'expected-operand'; readonly found: FoundToken }
    | { readonly code: 'unexpected'; readonly found: FoundToken; readonly hint: 'unmatched-close' | 'missing-operator' }
    | { readonly code: 'expected'; readonly expected: Expected; readonly found: FoundToken }
    /** A name read but never assigned nor declared; cut to 20 characters plus "…". */
    | { readonly code: 'unknown-name'; readonly name: string }
    /** `w` may be assigned; `g`, `t`, `pi`, `e`, `grad`, `param`, `in` and the functions may not. */
    | { readonly code: 'assign-reserved'; readonly name: string }
    | { readonly code: 'param-reserved'; readonly name: string }
    | { readonly code: 'assign-param'; readonly name: string; readonly paramLine: number }
    | { readonly code: 'duplicate-param'; readonly name: string; readonly firstLine: number }
    | { readonly code: 'bad-range'; readonly low: number; readonly high: number }
    | {
        readonly code: 'default-out-of-range';
        readonly name: string;
        readonly value: number;
        readonly low: number;
        readonly high: number;
      }
    | { readonly code: 'no-w' }
  );

export type RuleErrorCode = RuleProblem['code'];

const describeEn = (found: FoundToken): string => describeFoundEn(found, 'the line');

const expectedEn: Readonly<Record<Expected, string>> = {
  name: 'a name',
  '=': '"="',
  number: 'a number',
  in: '"in"',
  '[': '"["',
  ',': '","',
  ']': '"]"',
  'end of line': 'the end of the line',
};

function sentenceEn(problem: RuleProblem): string {
  switch (problem.code) {
    case 'not-text':
      return 'The rule must be text.';
    case 'too-long':
      return `The rule is too long: ${problem.length} characters, at most ${problem.max}.`;
    case 'too-many-lines':
      return `The rule has too many lines: ${problem.lines}, at most ${problem.max}.`;
    case 'empty':
      return 'The rule is empty: write one statement per line, such as w = w - lr * g.';
    case 'bad-character':
      return `The character ${JSON.stringify(problem.char)} is not allowed.`;
    case 'number-too-large':
      return `The number ${problem.text} is too large.`;
    case 'too-deep':
      return `The expression is nested too deeply (more than ${problem.max} levels).`;
    case 'unclosed':
      return `Expected ")" to close the "(" at line ${problem.openLine}, column ${problem.openColumn}, found ${describeEn(problem.found)}.`;
    case 'needs-parentheses':
      return `${problem.name} needs parentheses, as in ${problem.name}(${problem.name === 'min' || problem.name === 'max' ? 'a, b' : 'x'}).`;
    case 'unknown-function':
      return `"${problem.name}" is not a function. The functions are ${problem.functions.join(', ')} and grad.`;
    case 'wrong-arity':
      return `${problem.name} takes ${problem.expected} argument${problem.expected === 1 ? '' : 's'}, not ${problem.got}.`;
    case 'nested-grad':
      return 'grad cannot be used inside grad.';
    case 'expected-operand':
      return `Expected a number, a name, a function or "(", found ${describeEn(problem.found)}.`;
    case 'unexpected': {
      const hint =
        problem.hint === 'unmatched-close' ? ' (a ")" with no matching "(")' : ' (a missing operator, such as *?)';
      return `Unexpected ${describeEn(problem.found)}${hint}.`;
    }
    case 'expected':
      return `Expected ${expectedEn[problem.expected]}, found ${describeEn(problem.found)}. A line is NAME = EXPRESSION or param NAME = NUMBER.`;
    case 'unknown-name':
      return `Unknown name "${problem.name}". A rule reads w, g, t, pi, e, its params and the names it assigns.`;
    case 'assign-reserved':
      return `${problem.name} is reserved and cannot be assigned.`;
    case 'param-reserved':
      return `${problem.name} is reserved and cannot be a param.`;
    case 'assign-param':
      return `${problem.name} is a param (line ${problem.paramLine}) and cannot be assigned.`;
    case 'duplicate-param':
      return `The param ${problem.name} is already declared on line ${problem.firstLine}.`;
    case 'bad-range':
      return `The range [${problem.low}, ${problem.high}] is empty: its low end must be below its high end.`;
    case 'default-out-of-range':
      return `The param ${problem.name} = ${problem.value} is outside its range [${problem.low}, ${problem.high}].`;
    case 'no-w':
      return 'The rule never assigns w, so the weights would never move: add a line such as w = w - lr * g.';
  }
}

/** The English sentence for a problem, with its place: the `message` of its `RuleError`. */
export function explainRuleProblem(problem: RuleProblem): string {
  return `Line ${problem.line}, column ${problem.column}: ${sentenceEn(problem)}`;
}

export class RuleError extends Error {
  /** What went wrong, as data (code, place and facts), for wording it in any language. */
  readonly problem: RuleProblem;
  /** 1-based line and column of the mark. */
  readonly line: number;
  readonly column: number;
  readonly code: RuleErrorCode;
  constructor(problem: RuleProblem) {
    super(explainRuleProblem(problem));
    this.name = 'RuleError';
    this.problem = problem;
    this.line = problem.line;
    this.column = problem.column;
    this.code = problem.code;
  }
}

/**
 * Why a run of a rule stopped: the first statement (in the rule's order) that produced an
 * infinite or undefined value. `'non-finite gradient'` when a gradient that statement reads was
 * already not finite.
 */
export type RuleDivergenceKind = 'non-finite value' | 'non-finite gradient';

export interface RuleDivergence {
  /** The step (1-based) during which it happened. */
  readonly step: number;
  /** The statement's line (1-based) and the name it assigns. */
  readonly line: number;
  readonly name: string;
  readonly kind: RuleDivergenceKind;
  /** The English sentence (other languages: src/i18n/rule.ts). */
  readonly reason: string;
}

/** The English sentence for a divergence. */
export function explainRuleDivergence(kind: RuleDivergenceKind, step: number, line: number, name: string): string {
  return kind === 'non-finite gradient'
    ? `The gradient became infinite or undefined at step ${step}, read on line ${line}: the function is too steep there to continue.`
    : `${name} became infinite or undefined at step ${step}, on line ${line}: the run stops there.`;
}
