import { describe, expect, it } from 'vitest';
import { axisValley } from '../../../../src/engine/problems/index.ts';
import { runAdaptive, runDeps, runOne } from '../../../../components/widgets/AdaptiveSteps/model.ts';

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

  it('runDeps: γ is in RMSProp’s key alone, and the other runs do not change with it (the island keeps them)', () => {
    const input = { surface: axisValley, lr: 0.3, decay: 0.9, noise: 0.5, steps: 50 };
    const other = { ...input, decay: 0.5 };
    expect(runDeps('rmsprop', input)).not.toEqual(runDeps('rmsprop', other));
    for (const name of ['adagrad', 'adam'] as const) {
      expect(runDeps(name, input)).toEqual(runDeps(name, other));
      expect(runOne(name, other).points).toEqual(runOne(name, input).points);
    }
    expect(runOne('rmsprop', other).points).not.toEqual(runOne('rmsprop', input).points);
    // Every other input is in every key.
    for (const change of [{ lr: 0.2 }, { noise: 0 }, { steps: 60 }]) {
      for (const name of ['adagrad', 'rmsprop', 'adam'] as const)
        expect(runDeps(name, { ...input, ...change })).not.toEqual(runDeps(name, input));
    }
  });

  it('runOne: the run runAdaptive makes for that optimizer', () => {
    const input = { surface: axisValley, lr: 0.3, decay: 0.9, noise: 0.5, steps: 50 };
    const [adagrad, rmsprop] = runAdaptive({ optimizers: ['adagrad', 'rmsprop'], ...input });
    expect(runOne('adagrad', input).points).toEqual(adagrad?.points);
    expect(runOne('rmsprop', input).states).toEqual(rmsprop?.states);
  });
});
