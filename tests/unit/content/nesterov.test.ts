import { describe, expect, it } from 'vitest';
import { lookAheadCrossing, pushPointsBack, speeds, stepParts } from '../../../components/widgets/NesterovCompare/model.ts';
import { createOptimizer } from '../../../src/engine/optim/index.ts';
import { problems } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import { chapterText } from './chapter-text.ts';

/** What the Nesterov chapter states after issue #18's corrections (both editions). */
const en = chapterText('nesterov');
const zh = chapterText('nesterov', 'zh-cn');

describe('nesterov chapter', () => {
  it('on a steady slope at μ 0.9 the kept velocity μv is nine times the fresh push αg', () => {
    // A slope of 1 everywhere: momentum's step, its velocity, tends to α/(1 − μ).
    const alpha = 0.01;
    const mu = 0.9;
    const opt = createOptimizer({ name: 'momentum', lr: alpha, momentum: mu }, 1);
    const w = new Float64Array([0]);
    const slopeOne = (_at: Float64Array, out: Float64Array) => {
      out[0] = 1;
    };
    for (let t = 0; t < 400; t++) opt.step(w, slopeOne);
    const before = w[0]!;
    opt.step(w, slopeOne);
    const v = before - w[0]!;
    expect((mu * v) / (alpha * 1)).toBeCloseTo(9, 6);
    expect(en).toContain('the kept part $\\mu v$ is nine times the fresh push');
    expect(zh).toContain('保留部分 $\\mu v$ 约是新推力的 9 倍');
  });

  it('the 1/t² lower bound is credited to Nemirovski and Yudin and Nesterov’s textbook, not to the 1983 paper', () => {
    for (const text of [en, zh]) {
      expect(text).toContain('Nemirovski');
      expect(text).toMatch(
        /A\. S\. Nemirovski & D\. B\. Yudin \(1983\)\. \*Problem Complexity and Method Efficiency in Optimization\*/,
      );
      expect(text).toMatch(/section 2\.1|2\.1 节/);
    }
    expect(en).not.toContain('no method that only combines gradients can do better in general [1]');
    expect(zh).not.toContain('只靠组合梯度的方法不可能比这更快 [1]');
  });

  it('at step 7 the look-ahead is still before the bottom; it crosses at step 10 (issue #22, point 2)', () => {
    const bowl = problems.quadratic1d;
    const run = (name: 'momentum' | 'nag') => runOnProblem(bowl, { name, lr: 0.02, momentum: 0.9 }, { steps: 40, record: true });
    const nag = run('nag');
    const momentum = run('momentum');
    const seven = stepParts(nag, 7, 0.9, true)!;
    expect(seven.carried).toBeCloseTo(-0.44, 2);
    expect(seven.grad).toBeCloseTo(-0.88, 2);
    expect(pushPointsBack(nag, 7)).toBe(false);
    expect(0.1 * speeds(nag)[6]!).toBeCloseTo(0.02, 3);
    expect(0.02 * Math.abs(seven.grad)).toBeCloseTo(0.018, 3);
    const momentumSeven = stepParts(momentum, 7, 0.9, false)!;
    expect(momentumSeven.from).toBeCloseTo(-0.57, 2);
    expect(momentumSeven.grad).toBeCloseTo(-1.13, 2);
    expect(0.02 * Math.abs(momentumSeven.grad)).toBeCloseTo(0.023, 3);
    expect(lookAheadCrossing(nag, 0.9, [0])).toEqual({ step: 10, minimum: 0 });
    const ten = stepParts(nag, 10, 0.9, true)!;
    expect(ten.from).toBeCloseTo(-0.066, 3);
    expect(ten.carried).toBeCloseTo(0.087, 3);
    expect(ten.grad).toBeCloseTo(0.175, 3);
    expect(speeds(nag)[9]).toBeCloseTo(0.17, 3);
    expect(speeds(nag)[10]).toBeCloseTo(0.15, 3);
    expect(en).toContain('it sits at $w - \\mu v \\approx -0.44$, where the gradient ($\\approx -0.88$) still pushes NAG forward');
    expect(en).toContain('The look-ahead point truly crosses the minimum at step 10');
    expect(en).toContain('$w - \\mu v \\approx 0.087$, past it, where the gradient ($\\approx 0.175$) points back');
    expect(en).not.toContain("on the far side of the slope's turn");
    expect(zh).toContain('它位于 $w - \\mu v \\approx -0.44$，那里的梯度（$\\approx -0.88$）仍在把 NAG 往前推');
    expect(zh).toContain('前瞻点真正越过极小值是在第 10 步');
    expect(zh).not.toContain('已经越过了坡度转向的地方');
  });
});
