import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../src/engine/optim/index.ts';
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
});
