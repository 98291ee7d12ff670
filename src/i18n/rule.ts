import { explainRuleDivergence, explainRuleProblem } from '../engine/rule/index.ts';
import type { Expected, RuleDivergence, RuleProblem } from '../engine/rule/index.ts';
import type { FoundToken } from '../engine/expr/index.ts';
import type { Locale } from './locales.ts';

/**
 * A rule's problem (`RuleError.problem`, src/engine/rule/errors.ts) and a rule's divergence as
 * sentences for the reader, in each language of the course. English is the engine's own wording
 * (`explainRuleProblem`, `explainRuleDivergence`); every other language words the same facts
 * (code, line, column, the token found, the name, the limit) itself. A missing language or
 * problem code is a type error.
 */
type Explain = (problem: RuleProblem) => string;

/** A character the reader typed, shown safely: invisible ones as their code point. */
function shownChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || /^\s$/u.test(char)
    ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : `“${char}”`;
}

function foundZh(found: FoundToken): string {
  switch (found.kind) {
    case 'num':
      return `数字 ${found.text}`;
    case 'name':
      return `“${found.name}”`;
    case 'op':
      return `“${found.op}”`;
    case 'end':
      return '行尾';
  }
}

const expectedZh: Readonly<Record<Expected, string>> = {
  name: '一个名称',
  '=': '“=”',
  number: '一个数字',
  in: '“in”',
  '[': '“[”',
  ',': '“,”',
  ']': '“]”',
  'end of line': '行尾',
};

function sentenceZh(problem: RuleProblem): string {
  switch (problem.code) {
    case 'not-text':
      return '规则必须是文本。';
    case 'too-long':
      return `规则太长了：共 ${problem.length} 个字符，最多只能有 ${problem.max} 个。`;
    case 'too-many-lines':
      return `规则的行数太多了：共 ${problem.lines} 行，最多只能有 ${problem.max} 行。`;
    case 'empty':
      return '规则是空的：每行写一条语句，例如 w = w - lr * g。';
    case 'bad-character':
      return `字符 ${shownChar(problem.char)} 不能在规则里使用。`;
    case 'number-too-large':
      return `数字 ${problem.text} 太大了。`;
    case 'too-deep':
      return `表达式嵌套得太深了（超过 ${problem.max} 层）。`;
    case 'unclosed':
      return `第 ${problem.openLine} 行第 ${problem.openColumn} 列的 “(” 缺少与之配对的 “)”：这里是${foundZh(problem.found)}。`;
    case 'needs-parentheses':
      return `${problem.name} 后面要加括号，例如 ${problem.name}(${problem.name === 'min' || problem.name === 'max' ? 'a, b' : 'x'})。`;
    case 'unknown-function':
      return `“${problem.name}” 不是函数。可以使用的函数有 ${problem.functions.join('、')} 和 grad。`;
    case 'wrong-arity':
      return `${problem.name} 需要 ${problem.expected} 个参数，而不是 ${problem.got} 个。`;
    case 'nested-grad':
      return 'grad 里面不能再用 grad。';
    case 'expected-operand':
      return `这里应当是数字、名称、函数或 “(”，实际却是${foundZh(problem.found)}。`;
    case 'unexpected':
      return problem.hint === 'unmatched-close'
        ? '这里多了一个 “)”，前面没有与之配对的 “(”。'
        : `这里出现了意外的${foundZh(problem.found)}：是不是漏了运算符，比如 *？`;
    case 'expected':
      return `这里应当是${expectedZh[problem.expected]}，实际却是${foundZh(problem.found)}。每行的写法是 名称 = 表达式，或 param 名称 = 数字。`;
    case 'unknown-name':
      return `名称 “${problem.name}” 无法识别。规则可以读取 w、g、t、pi、e、它声明的 param 以及它赋值过的名称。`;
    case 'assign-reserved':
      return `${problem.name} 是保留名称，不能被赋值。`;
    case 'param-reserved':
      return `${problem.name} 是保留名称，不能用作 param。`;
    case 'assign-param':
      return `${problem.name} 是 param（第 ${problem.paramLine} 行），不能被赋值。`;
    case 'duplicate-param':
      return `param ${problem.name} 已经在第 ${problem.firstLine} 行声明过了。`;
    case 'bad-range':
      return `范围 [${problem.low}, ${problem.high}] 是空的：下限必须小于上限。`;
    case 'default-out-of-range':
      return `param ${problem.name} = ${problem.value} 超出了它的范围 [${problem.low}, ${problem.high}]。`;
    case 'no-w':
      return '规则从未给 w 赋值，权重永远不会移动：加一行，例如 w = w - lr * g。';
  }
}

const zhCn: Explain = (problem) => `第 ${problem.line} 行第 ${problem.column} 列：${sentenceZh(problem)}`;

export const ruleMessages: Readonly<Record<Locale, Explain>> = {
  en: explainRuleProblem,
  'zh-cn': zhCn,
};

/** The sentence for a rule's problem in a language. */
export function ruleErrorText(problem: RuleProblem, locale: Locale): string {
  return ruleMessages[locale](problem);
}

type Diverged = Pick<RuleDivergence, 'kind' | 'step' | 'line' | 'name'>;

const divergenceMessages: Readonly<Record<Locale, (d: Diverged) => string>> = {
  en: (d) => explainRuleDivergence(d.kind, d.step, d.line, d.name),
  'zh-cn': (d) =>
    d.kind === 'non-finite gradient'
      ? `第 ${d.step} 步时，第 ${d.line} 行读取的梯度变成了无穷大或无定义：函数在那里太陡，无法继续。`
      : `第 ${d.step} 步时，第 ${d.line} 行的 ${d.name} 变成了无穷大或无定义：运行到此停止。`,
};

/** The sentence for a rule's divergence (`RuleOptimizer.diverged`) in a language. */
export function ruleDivergenceText(divergence: Diverged, locale: Locale): string {
  return divergenceMessages[locale](divergence);
}
