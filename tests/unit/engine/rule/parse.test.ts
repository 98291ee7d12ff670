import { describe, expect, it } from 'vitest';
import { createRuleOptimizer, parseRule } from '../../../../src/engine/rule/index.ts';

/** w after one step of `w = <expr>` from `w0`, with the gradient g = `g0`. */
function evaluate(expr: string, w0: number[], g0: number[] = w0.map(() => 0), head = ''): number[] {
  const opt = createRuleOptimizer({ name: 'rule', source: `${head}w = ${expr}` }, w0.length);
  const w = Float64Array.from(w0);
  opt.step(w, (_at, out) => out.set(g0));
  return Array.from(w);
}

describe('grammar', () => {
  it.each([
    ['2 * 3 + 4', 10],
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['2 - 3 - 4', -5],
    ['8 / 4 / 2', 1],
    ['2^3^2', 512],
    ['-2^2', -4],
    ['(-2)^2', 4],
    ['2^-1', 0.5],
    ['- -3', 3],
    ['+3', 3],
    ['.5 + 1e-3 + 2.5E+1', 25.501],
    ['min(3, 2) + max(3, 2)', 5],
    ['sign(-3) + abs(-3) + sqrt(16) + exp(0) + log(e)', 8],
    ['pi', Math.PI],
  ])('%s = %d', (expr, value) => {
    expect(evaluate(expr, [0])[0]).toBeCloseTo(value, 14);
  });

  it('runs every operation on weights as it does on numbers (array and number operands, both sides)', () => {
    const w0 = [2, 3, -4];
    const g0 = [0.5, -1, 2];
    const cases: [string, (w: number, g: number) => number][] = [
      ['w^3^2', (w) => w ** 9],
      ['-w^2', (w) => -(w * w)],
      ['3^w', (w) => 3 ** w],
      ['w^g', (w, g) => w ** g],
      ['1 - w', (w) => 1 - w],
      ['w - 1', (w) => w - 1],
      ['1 / w', (w) => 1 / w],
      ['w / 2', (w) => w / 2],
      ['w / g', (w, g) => w / g],
      ['w * g + g * 2 - 2 * w', (w, g) => w * g + g * 2 - 2 * w],
      [
        'min(w, 1) + max(1, w) + min(1, g) + max(g, w)',
        (w, g) => Math.min(w, 1) + Math.max(1, w) + Math.min(1, g) + Math.max(g, w),
      ],
      [
        'sqrt(abs(w)) + exp(g) + log(abs(w)) + sign(g)',
        (w, g) => Math.sqrt(Math.abs(w)) + Math.exp(g) + Math.log(Math.abs(w)) + Math.sign(g),
      ],
      ['-(w + g) * -(w - g)', (w, g) => -(w + g) * -(w - g)],
      ['t + w * t', (w) => 1 + w],
    ];
    for (const [expr, f] of cases) {
      expect(evaluate(expr, w0, g0), expr).toEqual(w0.map((w, i) => f(w, g0[i]!)));
    }
  });

  it('ignores comments, blank lines, spaces, tabs and Windows line ends', () => {
    const source = '# plain gradient descent\r\n\r\nparam lr = 0.5   # the step\r\n\t w\t=  w - lr*g # move\r\n';
    expect(evaluate('w', [1], [0], '')).toEqual([1]);
    const opt = createRuleOptimizer({ name: 'rule', source }, 1);
    const w = Float64Array.of(1);
    opt.step(w, (_at, out) => out.fill(2));
    expect(w[0]).toBe(0);
  });

  it('reads params with their ranges, signs and defaults', () => {
    const rule = parseRule(
      'param lr = 1e-3 in [1e-5, 10]\nparam a = -1 in [-2, +2]\nparam b = 3\nw = w - lr * g + a * b',
    );
    expect(rule.params.map((p) => [p.name, p.value, p.range, p.line])).toEqual([
      ['lr', 0.001, [1e-5, 10], 1],
      ['a', -1, [-2, 2], 2],
      ['b', 3, null, 3],
    ]);
  });

  it('lists the state names in order of first assignment, without w, and whether g is read', () => {
    const rule = parseRule('m = m + 1\nw = w - m\nv = grad(w)\nm = m * 2');
    expect(rule.stateNames).toEqual(['m', 'v']);
    expect(rule.readsG).toBe(false);
    expect(parseRule('w = w - g').readsG).toBe(true);
  });

  it('treats names that are JavaScript properties as plain names', () => {
    const out = evaluate(
      'constructor + __proto__ + toString',
      [1],
      [0],
      'constructor = 1\n__proto__ = 2\ntoString = 3\n',
    );
    expect(out).toEqual([6]);
  });
});
