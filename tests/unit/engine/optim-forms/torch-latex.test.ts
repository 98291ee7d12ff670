import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { torchFormLatex } from '../../../../src/engine/optim-forms/torch-latex.ts';
import { runTorchMomentum, runTorchNesterov } from '../../../../src/engine/optim-forms/torch-momentum.ts';

/** The aligned block's lines, whitespace squeezed, for comparing with what the code does. */
const lines = (latex: string): string[] =>
  latex
    .replace(/\\(begin|end)\{aligned\}/g, '')
    .split('\\\\')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('PyTorch forms as LaTeX', () => {
  it('render with KaTeX (throwOnError) in display mode', () => {
    for (const latex of Object.values(torchFormLatex)) {
      expect(() => katex.renderToString(latex, { displayMode: true, throwOnError: true })).not.toThrow();
    }
  });

  it('momentum: the buffer collects raw gradients and lr multiplies the step', () => {
    expect(lines(torchFormLatex.momentum)).toEqual([
      String.raw`g_t &= \nabla L(w_{t-1})`,
      String.raw`b_t &= \mu\, b_{t-1} + g_t`,
      String.raw`w_t &= w_{t-1} - \alpha\, b_t`,
    ]);
    // The code the formula describes, by hand on f(w) = w^2 from 1 at lr 0.1, mu 0.5:
    // b1 = 2, w1 = 0.8; b2 = 0.5*2 + 1.6 = 2.6, w2 = 0.8 - 0.26 = 0.54.
    const square = (w: Float64Array, out: Float64Array) => {
      out[0] = 2 * w[0]!;
    };
    const points = runTorchMomentum(square, { start: [1], steps: 2, lr: 0.1, momentum: 0.5 });
    expect(points[2]).toBeCloseTo(0.54, 15);
  });

  it('nesterov: the gradient at the stored u, the step g + mu b', () => {
    expect(lines(torchFormLatex.nag)).toEqual([
      String.raw`g_t &= \nabla L(u_{t-1})`,
      String.raw`b_t &= \mu\, b_{t-1} + g_t`,
      String.raw`u_t &= u_{t-1} - \alpha\, (g_t + \mu\, b_t)`,
    ]);
    // By hand on f(w) = w^2 from 1 at lr 0.1, mu 0.5: g1 = 2, b1 = 2, u1 = 1 - 0.1*(2 + 1) = 0.7.
    const square = (w: Float64Array, out: Float64Array) => {
      out[0] = 2 * w[0]!;
    };
    const points = runTorchNesterov(square, { start: [1], steps: 1, lr: 0.1, momentum: 0.5 });
    expect(points[1]).toBeCloseTo(0.7, 15);
  });
});
