import { describe, expect, it } from 'vitest';
import { createRuleOptimizer, explainRuleProblem, parseRule, RuleError } from '../../../src/engine/rule/index.ts';
import type { RuleErrorCode, RuleProblem } from '../../../src/engine/rule/index.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { ruleDivergenceText, ruleErrorText } from '../../../src/i18n/rule.ts';

const at = { line: 3, column: 7 };
const found = { kind: 'name', name: 'q' } as const;

/** One problem of every code (a Record: a new code without wording here is a type error). */
const problems: Record<RuleErrorCode, RuleProblem> = {
  'not-text': { code: 'not-text', ...at },
  'too-long': { code: 'too-long', ...at, length: 2001, max: 2000 },
  'too-many-lines': { code: 'too-many-lines', ...at, lines: 41, max: 40 },
  empty: { code: 'empty', ...at },
  'bad-character': { code: 'bad-character', ...at, char: '\u0000' },
  'number-too-large': { code: 'number-too-large', ...at, text: '1e999' },
  'too-deep': { code: 'too-deep', ...at, max: 40 },
  unclosed: { code: 'unclosed', ...at, openLine: 3, openColumn: 2, found: { kind: 'end' } },
  'needs-parentheses': { code: 'needs-parentheses', ...at, name: 'max' },
  'unknown-function': { code: 'unknown-function', ...at, name: 'sin', functions: ['sqrt', 'abs'] },
  'wrong-arity': { code: 'wrong-arity', ...at, name: 'max', expected: 2, got: 1 },
  'nested-grad': { code: 'nested-grad', ...at },
  'expected-operand': { code: 'expected-operand', ...at, found: { kind: 'op', op: '*' } },
  unexpected: { code: 'unexpected', ...at, found: { kind: 'num', text: '2' }, hint: 'missing-operator' },
  expected: { code: 'expected', ...at, expected: '=', found },
  'unknown-name': { code: 'unknown-name', ...at, name: 'q' },
  'assign-reserved': { code: 'assign-reserved', ...at, name: 'g' },
  'param-reserved': { code: 'param-reserved', ...at, name: 't' },
  'assign-param': { code: 'assign-param', ...at, name: 'lr', paramLine: 1 },
  'duplicate-param': { code: 'duplicate-param', ...at, name: 'lr', firstLine: 1 },
  'bad-range': { code: 'bad-range', ...at, low: 1, high: 0 },
  'default-out-of-range': { code: 'default-out-of-range', ...at, name: 'lr', value: 5, low: 0, high: 1 },
  'no-w': { code: 'no-w', ...at },
};

describe('rule errors in every language', () => {
  it('English is the engine message, and every language names the line and column', () => {
    const seen = new Map<string, string>();
    for (const problem of Object.values(problems)) {
      expect(ruleErrorText(problem, 'en')).toBe(explainRuleProblem(problem));
      expect(ruleErrorText(problem, 'en')).toMatch(/^Line 3, column 7: \S/);
      expect(ruleErrorText(problem, 'zh-cn')).toMatch(/^第 3 行第 7 列：\S/);
      for (const locale of locales) {
        const text = ruleErrorText(problem, locale);
        expect(seen.has(text), `${problem.code} in ${locale} repeats ${seen.get(text)}`).toBe(false);
        seen.set(text, problem.code);
      }
    }
  });

  it.each([
    [
      'w = w - q',
      'Line 1, column 9: Unknown name "q". A rule reads w, g, t, pi, e, its params and the names it assigns.',
      '第 1 行第 9 列：名称 “q” 无法识别。规则可以读取 w、g、t、pi、e、它声明的 param 以及它赋值过的名称。',
    ],
    [
      'g = 1\nw = w',
      'Line 1, column 1: g is reserved and cannot be assigned.',
      '第 1 行第 1 列：g 是保留名称，不能被赋值。',
    ],
    [
      'w = w - grad(grad(w))',
      'Line 1, column 14: grad cannot be used inside grad.',
      '第 1 行第 14 列：grad 里面不能再用 grad。',
    ],
    [
      'w = w\x00',
      'Line 1, column 6: The character "\\u0000" is not allowed.',
      '第 1 行第 6 列：字符 U+0000 不能在规则里使用。',
    ],
  ])('words %j', (source, en, zh) => {
    let problem: RuleProblem | null = null;
    try {
      parseRule(source);
    } catch (error) {
      if (error instanceof RuleError) problem = error.problem;
    }
    expect(problem).not.toBeNull();
    expect(ruleErrorText(problem!, 'en')).toBe(en);
    expect(ruleErrorText(problem!, 'zh-cn')).toBe(zh);
  });

  it('words a divergence with its step and line', () => {
    const opt = createRuleOptimizer({ name: 'rule', source: 'w = w\nm = 1 / (w - w)' }, 1);
    opt.step(Float64Array.of(1), (_at, out) => out.fill(0));
    const diverged = opt.diverged!;
    expect(ruleDivergenceText(diverged, 'en')).toBe(diverged.reason);
    expect(ruleDivergenceText(diverged, 'zh-cn')).toBe('第 1 步时，第 2 行的 m 变成了无穷大或无定义：运行到此停止。');
    expect(ruleDivergenceText({ ...diverged, kind: 'non-finite gradient' }, 'zh-cn')).toBe(
      '第 1 步时，第 2 行读取的梯度变成了无穷大或无定义：函数在那里太陡，无法继续。',
    );
  });
});
