import { explainExprProblem, type ExprProblem, type FoundToken } from '../engine/expr/index.ts';
import type { Locale } from './locales.ts';

/**
 * A formula's parse problem (`ExprError.problem`, src/engine/expr/parse.ts) as a sentence for the
 * reader, in each language of the course. English is the parser's own `message`
 * (`explainExprProblem`), so there is one English wording; every other language words the same
 * facts (code, 1-based positions, the token found, the name, the limit) itself. A missing
 * language or problem code is a type error.
 */
type Explain = (problem: ExprProblem) => string;

/** A character the reader typed, shown safely: invisible ones as their code point. */
function shownChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || /^\s$/u.test(char) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `“${char}”`;
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
      return '公式的末尾';
  }
}

const zhCn: Explain = (problem) => {
  switch (problem.code) {
    case 'not-text':
      return '公式必须是文本。';
    case 'too-long':
      return `公式太长了：共 ${problem.length} 个字符，最多只能有 ${problem.max} 个。`;
    case 'empty':
      return '公式是空的。';
    case 'bad-character':
      return `第 ${problem.position + 1} 个字符 ${shownChar(problem.char)} 不能在公式里使用。`;
    case 'number-too-large':
      return `数字 ${problem.text} 太大了。`;
    case 'too-deep':
      return `公式嵌套得太深了（超过 ${problem.max} 层）。`;
    case 'unclosed':
      return `第 ${problem.open + 1} 个字符处的 “(” 缺少与之配对的 “)”：第 ${problem.position + 1} 个字符处是${foundZh(problem.found)}。`;
    case 'needs-parentheses':
      return `第 ${problem.namePosition + 1} 个字符处的函数 ${problem.name} 后面要加括号，例如 ${problem.name}(x)。`;
    case 'unknown-name':
      return `第 ${problem.position + 1} 个字符处的名称 “${problem.name}” 无法识别。可以使用 x、y、pi、e 以及函数 ${problem.functions.join('、')}。`;
    case 'expected-operand':
      return `第 ${problem.position + 1} 个字符处应当是数字、x、y、函数或 “(”，实际却是${foundZh(problem.found)}。`;
    case 'unexpected':
      return problem.hint === 'unmatched-close'
        ? `第 ${problem.position + 1} 个字符处多了一个 “)”，前面没有与之配对的 “(”。`
        : `第 ${problem.position + 1} 个字符处出现了意外的${foundZh(problem.found)}：是不是漏了运算符，比如 *？`;
  }
};

export const exprMessages: Readonly<Record<Locale, Explain>> = {
  en: explainExprProblem,
  'zh-cn': zhCn,
};

/** The sentence for a formula's parse problem in a language. */
export function exprErrorText(problem: ExprProblem, locale: Locale): string {
  return exprMessages[locale](problem);
}
