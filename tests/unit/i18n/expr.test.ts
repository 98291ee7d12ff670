import { describe, expect, it } from 'vitest';
import { explainExprProblem, surfaceFromFormula, type ExprErrorCode } from '../../../src/engine/expr/index.ts';
import { exprErrorText, exprMessages } from '../../../src/i18n/expr.ts';
import { errorOf } from '../engine/expr/helpers.ts';
import { locales } from '../../../src/i18n/locales.ts';

/**
 * Every problem code, with the exact English sentence the parser gave before its errors became
 * data (so English did not change) and the Chinese sentence for the same facts.
 */
const cases: { source: string; code: ExprErrorCode; position: number; en: string; zh: string }[] = [
  { source: '', code: 'empty', position: 0, en: 'The formula is empty.', zh: '公式是空的。' },
  {
    source: 'x'.repeat(201),
    code: 'too-long',
    position: 200,
    en: 'The formula is too long: 201 characters, at most 200.',
    zh: '公式太长了：共 201 个字符，最多只能有 200 个。',
  },
  {
    source: 'x $ 2',
    code: 'bad-character',
    position: 2,
    en: 'The character "$" at position 3 is not allowed.',
    zh: '第 3 个字符 “$” 不能在公式里使用。',
  },
  {
    source: 'x\u0000',
    code: 'bad-character',
    position: 1,
    en: 'The character "\\u0000" at position 2 is not allowed.',
    zh: '第 2 个字符 U+0000 不能在公式里使用。',
  },
  {
    source: '1e999',
    code: 'number-too-large',
    position: 0,
    en: 'The number 1e999 is too large.',
    zh: '数字 1e999 太大了。',
  },
  {
    source: `${'('.repeat(60)}x`,
    code: 'too-deep',
    position: 40,
    en: 'The formula is nested too deeply (more than 40 levels).',
    zh: '公式嵌套得太深了（超过 40 层）。',
  },
  {
    source: '(x + 1',
    code: 'unclosed',
    position: 6,
    en: 'Expected ")" to close the "(" at position 1, found the end of the formula at position 7.',
    zh: '第 1 个字符处的 “(” 缺少与之配对的 “)”：第 7 个字符处是公式的末尾。',
  },
  {
    source: 'cos(1 2)',
    code: 'unclosed',
    position: 6,
    en: 'Expected ")" to close the "(" at position 4, found the number 2 at position 7.',
    zh: '第 4 个字符处的 “(” 缺少与之配对的 “)”：第 7 个字符处是数字 2。',
  },
  {
    source: 'sin x',
    code: 'needs-parentheses',
    position: 4,
    en: 'The function sin at position 1 needs parentheses, as in sin(x).',
    zh: '第 1 个字符处的函数 sin 后面要加括号，例如 sin(x)。',
  },
  {
    source: 'x + constructor(1)',
    code: 'unknown-name',
    position: 4,
    en: 'Unknown name "constructor" at position 5. Use x, y, pi, e and the functions sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh, atan.',
    zh: '第 5 个字符处的名称 “constructor” 无法识别。可以使用 x、y、pi、e 以及函数 sin、cos、tan、exp、log、sqrt、abs、tanh、sinh、cosh、atan。',
  },
  {
    source: 'x +',
    code: 'expected-operand',
    position: 3,
    en: 'Expected a number, x, y, a function or "(" at position 4, found the end of the formula.',
    zh: '第 4 个字符处应当是数字、x、y、函数或 “(”，实际却是公式的末尾。',
  },
  {
    source: 'x + ()',
    code: 'expected-operand',
    position: 5,
    en: 'Expected a number, x, y, a function or "(" at position 6, found ")".',
    zh: '第 6 个字符处应当是数字、x、y、函数或 “(”，实际却是“)”。',
  },
  {
    source: 'x + 1)',
    code: 'unexpected',
    position: 5,
    en: 'Unexpected ")" at position 6 (a ")" with no matching "(").',
    zh: '第 6 个字符处多了一个 “)”，前面没有与之配对的 “(”。',
  },
  {
    source: '2 x',
    code: 'unexpected',
    position: 2,
    en: 'Unexpected "x" at position 3 (a missing operator, such as *?).',
    zh: '第 3 个字符处出现了意外的“x”：是不是漏了运算符，比如 *？',
  },
];

describe('formula errors are data, worded per language', () => {
  for (const c of cases) {
    it(`${JSON.stringify(c.source.slice(0, 20))}: ${c.code} at ${c.position}, in English and Chinese`, () => {
      const error = errorOf(c.source);
      expect(error.code).toBe(c.code);
      expect(error.problem.code).toBe(c.code);
      expect(error.position).toBe(c.position);
      expect(error.problem.position).toBe(c.position);
      expect(error.message).toBe(c.en);
      expect(exprErrorText(error.problem, 'en')).toBe(c.en);
      expect(exprErrorText(error.problem, 'zh-cn')).toBe(c.zh);
    });
  }

  it('covers every problem code (but not-text, which only a non-string caller can reach)', () => {
    const codes = new Set(cases.map((c) => c.code));
    expect([...codes].sort()).toEqual(
      [
        'bad-character',
        'empty',
        'expected-operand',
        'needs-parentheses',
        'number-too-large',
        'too-deep',
        'too-long',
        'unclosed',
        'unexpected',
        'unknown-name',
      ].sort(),
    );
    const notText = errorOf(42 as unknown as string);
    expect(notText.code).toBe('not-text');
    expect(exprErrorText(notText.problem, 'zh-cn')).toBe('公式必须是文本。');
  });

  it('carries the facts a translation needs', () => {
    expect(errorOf('(x + 1').problem).toEqual({ code: 'unclosed', position: 6, open: 0, found: { kind: 'end' } });
    expect(errorOf('sin x').problem).toEqual({ code: 'needs-parentheses', position: 4, name: 'sin', namePosition: 0 });
    expect(errorOf('2 x').problem).toEqual({
      code: 'unexpected',
      position: 2,
      found: { kind: 'name', name: 'x' },
      hint: 'missing-operator',
    });
    expect(errorOf('x + 1.5.2').problem).toMatchObject({ code: 'unexpected', found: { kind: 'num', text: '.2' } });
    const long = errorOf('x + verylongnamethatgoesonandonforever').problem;
    expect(long).toMatchObject({ code: 'unknown-name', name: 'verylongnamethatgoes…', position: 4 });
    // A character outside the BMP is named whole, not as half a surrogate pair.
    expect(errorOf('x 😀').problem).toEqual({ code: 'bad-character', position: 2, char: '😀' });
  });

  it('English is exactly the parser’s own message; Chinese has no English words and names the same positions', () => {
    expect(exprMessages.en).toBe(explainExprProblem);
    for (const c of cases) {
      const zh = exprErrorText(errorOf(c.source).problem, 'zh-cn');
      // Allowed Latin: the formula's own tokens (x, y, pi, e, function names, the typed name) and numbers.
      const words = zh
        .replace(/sin|cos|tan|exp|log|sqrt|abs|tanh|sinh|cosh|atan|constructor|pi|U\+[0-9A-F]+|1e999/g, '')
        .match(/[A-Za-z]{2,}/g);
      expect(words, zh).toBeNull();
      expect(zh).toMatch(/[。？]$/);
      // The same 1-based positions as the English sentence, in the same order.
      const enPositions = [...c.en.matchAll(/position (\d+)/g)].map((m) => m[1]);
      const zhPositions = [...zh.matchAll(/第 (\d+) 个字符/g)].map((m) => m[1]);
      expect(zhPositions, zh).toEqual(enPositions);
    }
  });

  it('every language words every case differently from English (nothing falls back silently)', () => {
    for (const locale of locales) {
      if (locale === 'en') continue;
      for (const c of cases) expect(exprErrorText(errorOf(c.source).problem, locale)).not.toBe(c.en);
    }
  });

  it('surfaceFromFormula returns the structured error', () => {
    const result = surfaceFromFormula('x + foo');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.problem).toMatchObject({ code: 'unknown-name', name: 'foo', position: 4 });
      expect(exprErrorText(result.error.problem, 'zh-cn')).toMatch(/^第 5 个字符处的名称 “foo” 无法识别/);
    }
  });
});
