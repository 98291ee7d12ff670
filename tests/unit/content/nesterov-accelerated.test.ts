import { describe, expect, it } from 'vitest';
import { fmt } from '../../../components/widgets/lib/format.ts';
import { schema } from '../../../components/widgets/NesterovCompare/schema.ts';
import { optimalGradientDescent, optimalMomentum, runWithGrad, stepsToShrink } from '../../../src/engine/sim/index.ts';
import { chapterText } from './chapter-text.ts';

/**
 * The Nesterov chapter's DeepDive on "accelerated" (issue #18): on a quadratic the heavy ball has the
 * √κ speed-up too, so the step counts it quotes for gradient descent, NAG and the heavy ball are
 * checked here, NAG's rate on the engine's own NAG (both editions).
 */
const en = chapterText('nesterov');
const zh = chapterText('nesterov', 'zh-cn');

/** The decay per step of ‖w‖ for the engine's NAG on ½(x²/κ + y²), tuned as the DeepDive says. */
function nagRate(kappa: number): number {
  const mu = (Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1);
  const f = (w: Float64Array) => 0.5 * (w[0]! ** 2 / kappa + w[1]! ** 2);
  const grad = (w: Float64Array, out: Float64Array) => {
    out[0] = w[0]! / kappa;
    out[1] = w[1]!;
  };
  const run = runWithGrad(2, f, grad, { name: 'nag', lr: 1, momentum: mu }, { steps: 3000, start: [1, 1] });
  const norm = (t: number) => Math.hypot(run.points[2 * t]!, run.points[2 * t + 1]!);
  return (norm(3000) / norm(2000)) ** (1 / 1000);
}

describe('nesterov chapter: where "accelerated" comes from', () => {
  it('NAG tuned with α = 1/λmax and μ = (√κ − 1)/(√κ + 1) shrinks the error by 1 − 1/√κ per step', () => {
    expect(nagRate(100)).toBeCloseTo(0.9, 3);
  });

  it('thousandfold step counts at κ = 100 and 10,000: gradient descent, NAG, heavy ball', () => {
    const counts = (kappa: number) => [
      stepsToShrink(optimalGradientDescent(1, kappa).rate, 1000),
      stepsToShrink(1 - 1 / Math.sqrt(kappa), 1000),
      stepsToShrink(optimalMomentum(1, kappa).rate, 1000),
    ];
    expect(counts(100)).toEqual([346, 66, 35]);
    expect(counts(1e4)).toEqual([34539, 688, 346]);
    expect(en).toContain(
      'at $\\kappa = 100$, 346 for gradient descent, 66 for NAG and 35 for the heavy ball; at $\\kappa = 10{,}000$, 34,539, 688 and 346.',
    );
    expect(zh).toContain(
      '$\\kappa = 100$ 时，梯度下降 346 步，NAG 66 步，重球法 35 步；$\\kappa = 10{,}000$ 时，分别是 34,539、688 和 346 步。',
    );
  });

  it('credits the quadratic speed-up to the heavy ball too, and NAG with the guarantee beyond quadratics', () => {
    expect(en).toContain(
      "on a quadratic that speed-up is not Nesterov's: Polyak's heavy ball already had it in 1964 [4]",
    );
    expect(en).toContain(
      'NAG provably keeps the rate $1 - 1/\\sqrt{\\kappa}$ on every smooth strongly convex function',
    );
    expect(zh).toContain('这份加速并不是 Nesterov 的功劳：Polyak 的重球法在 1964 年就做到了 [4]');
    for (const text of [en, zh]) expect(text).toContain('L. Lessard, B. Recht & A. Packard (2016)');
    expect(en).not.toContain('Nesterov keeps about 0.9 and needs about 66');
  });
});

describe('nesterov chapter: the noise control', () => {
  it('the effective step α/(1 − μ) at the widget’s defaults (α 0.02, μ 0.9) is 0.2', () => {
    const props = schema.parse({});
    expect(fmt(props.lr / (1 - props.momentum))).toBe('0.2');
    expect(props.noise).toBe(0);
    expect(en).toContain('$\\alpha/(1-\\mu) = 0.2$ at the defaults');
    expect(zh).toContain('默认设置下是 $\\alpha/(1-\\mu) = 0.2$');
  });
});
