import { describe, expect, it } from 'vitest';
import { axisValley } from '../../../../src/engine/problems/index.ts';
import { runAdaptive } from '../../../../components/widgets/AdaptiveSteps/model.ts';

describe('AdaptiveSteps helpers', () => {
  it('runAdaptive: one recorded run per optimizer; Adagrad’s first step is α per coordinate', () => {
    const [adagrad, rmsprop] = runAdaptive({
      optimizers: ['adagrad', 'rmsprop'],
      surface: axisValley,
      lr: 0.3,
      decay: 0.9,
      noise: 0,
      steps: 10,
    });
    expect(adagrad?.points[2]).toBeCloseTo(-3.7, 9); // ε = 1e-10 shifts it by 7.5e-11
    expect(adagrad?.points[3]).toBeCloseTo(1.2, 9);
    expect(adagrad?.states?.effectiveStep?.[0]).toBeCloseTo(0.75, 9);
    // RMSProp γ = 0.9: c1 = 0.1 g², first move α / √0.1.
    expect(rmsprop?.points[2]).toBeCloseTo(-4 + 0.3 / Math.sqrt(0.1), 6);
  });
});
