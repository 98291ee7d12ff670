import { describe, expect, it } from 'vitest';
import { logPosition, logValue } from '../../../components/widgets/lib/log-slider.ts';
import { boundSentence } from '../../../components/widgets/lib/stability.ts';
import { illConditioned, illConditionedEigenvalues } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import { chapterText } from './chapter-text.ts';

/** The explanations the English gradient-descent chapter took over from the Chinese edition. */
const en = chapterText('gradient-descent');
const zh = chapterText('gradient-descent', 'zh-cn');

describe('gradient-descent chapter', () => {
  it('turned 45° into u, v the valley is ½·1·u² + ½·20·v²', () => {
    const [low, high] = illConditionedEigenvalues as [number, number];
    expect([low, high]).toEqual([1, 20]);
    for (const [x, y] of [
      [0.3, -1.2],
      [2, 0.5],
      [-1.7, -0.4],
    ] as const) {
      const u = (x + y) / Math.SQRT2;
      const v = (x - y) / Math.SQRT2;
      expect(illConditioned.f(Float64Array.of(x, y))).toBeCloseTo(0.5 * low * u * u + 0.5 * high * v * v, 12);
    }
    for (const text of [en, zh]) {
      expect(text).toContain('$u = (x + y)/\\sqrt{2}$');
      expect(text).toContain('$\\tfrac{1}{2} \\cdot 1 \\cdot u^2 + \\tfrac{1}{2} \\cdot 20 \\cdot v^2$');
    }
  });

  it('the best fixed rate 2/21 equalises the factors at ±19/21 ≈ 0.905', () => {
    const [low, high] = illConditionedEigenvalues as [number, number];
    const alpha = 2 / (low + high);
    expect(alpha).toBeCloseTo(2 / 21, 15);
    expect(1 - alpha * low).toBeCloseTo(19 / 21, 15);
    expect(1 - alpha * high).toBeCloseTo(-19 / 21, 15);
    expect(19 / 21).toBeCloseTo(0.905, 3);
    // Any other rate makes one factor larger in size.
    for (const other of [alpha * 0.9, alpha * 1.1]) {
      expect(Math.max(Math.abs(1 - other * low), Math.abs(1 - other * high))).toBeGreaterThan(19 / 21);
    }
    expect(en).toContain('gives $\\alpha = 2/21$, with factors $19/21$ along the floor and $-19/21$ across it');
    expect(zh).toContain('解得 $\\alpha = 2/21$，这时两个因子分别是 $19/21$ 和 $-19/21$');
  });

  it('the bound split into two inequalities, and the epoch, are explained in both editions', () => {
    expect(en).toContain('$-1 < 1 - \\alpha\\lambda < 1$');
    expect(zh).toContain('$-1 < 1 - \\alpha\\lambda < 1$');
    expect(en).toContain('One full pass over the training set is what training logs call an **epoch**');
    expect(zh).toContain('一轮（epoch）');
  });
});

describe('gradient-descent chapter: the widgets can do what the text asks (issue #22, point 7)', () => {
  it('α 0.1 and 0.9 on λ 2 shrink w by the same 0.8, and the widget says both are slow', () => {
    expect(Math.abs(1 - 0.1 * 2)).toBeCloseTo(0.8, 12);
    expect(Math.abs(1 - 0.9 * 2)).toBeCloseTo(0.8, 12);
    expect(boundSentence(0.1, [2], 'λ')).toMatch(/: slow$/);
    expect(boundSentence(0.9, [2], 'λ')).toMatch(/: oscillates, converges slowly$/);
    expect(en).toContain('the widget calls the first "slow" and the second "oscillates, converges slowly"');
    expect(zh).toContain('组件把前者称为“收敛很慢”，把后者称为“振荡，收敛很慢”');
  });

  it('the values the text names are positions of the learning-rate sliders (curve 1e-4 to 5, valley 0.001 to 0.3)', () => {
    const reachable = (value: number, min: number, max: number) =>
      logValue(logPosition(value, min, max), min, max) === value;
    for (const named of [0.5, 0.01, 0.001, 2, 0.1, 0.9]) expect(reachable(named, 1e-4, 5), `${named}`).toBe(true);
    for (const named of [0.01, 0.09, 0.1, 0.12, 0.03]) expect(reachable(named, 0.001, 0.3), `${named}`).toBe(true);
    expect(en).toContain('The slider stops exactly on round values such as 0.5 and 0.01');
  });

  it('just above 2/λmax the valley says it diverges slowly, as its loss shows', () => {
    const above = logValue(logPosition(0.1, 0.001, 0.3) + 1, 0.001, 0.3);
    const run = runOnProblem(illConditioned, { name: 'sgd', lr: above }, { steps: 60 });
    expect(Number(above.toPrecision(3))).toBe(0.102);
    expect(Math.abs(1 - above * 20)).toBeCloseTo(1.03, 2);
    expect(run.diverged).toBeNull();
    expect(run.losses[60]!).toBeGreaterThan(run.losses[0]!);
    expect(boundSentence(above, illConditionedEigenvalues)).toMatch(
      /: diverges slowly: the swing grows 1\.03-fold a step$/,
    );
    expect(en).toContain('one position above it (0.102), the swing grows by only 3% a step');
    expect(en).toContain('the status line says "diverges slowly"');
    expect(zh).toContain('状态行会说“缓慢发散”');
  });
});
