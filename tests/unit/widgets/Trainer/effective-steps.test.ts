import { describe, expect, it } from 'vitest';
import { inputSteps } from '../../../../components/widgets/Trainer/effective-steps.ts';
import { generate } from '../../../../src/engine/data/index.ts';
import { createMLP } from '../../../../src/engine/nn/index.ts';
import { createTrainer } from '../../../../src/engine/sim/index.ts';
import type { OptimizerSpec } from '../../../../src/engine/optim/index.ts';

const train = generate('sparse', 40, { seed: 2 });
const trainerOf = (spec: OptimizerSpec, sizes = [2, 3, 1]) =>
  createTrainer({ mlp: createMLP({ sizes, loss: 'bce' }), train, spec, batchSize: 10, seed: 2 });

describe('inputSteps', () => {
  it('gradient descent: α for the weights from x and from y; NaN before the first step', () => {
    const t = trainerOf({ name: 'sgd', lr: 0.3 });
    expect(inputSteps(t)).toEqual({ x: NaN, y: NaN });
    t.step();
    expect(inputSteps(t)).toEqual({ x: 0.3, y: 0.3 });
  });

  it('momentum and NAG have no per-weight step', () => {
    expect(inputSteps(trainerOf({ name: 'momentum', lr: 0.1 }))).toBeNull();
    expect(inputSteps(trainerOf({ name: 'nag', lr: 0.1 }))).toBeNull();
  });

  it('Adagrad: the mean of α/(√c + ε) over the first layer’s weights from each input, leaving out weights with no gradient yet', () => {
    const t = trainerOf({ name: 'adagrad', lr: 0.5 });
    t.run(8);
    const { effectiveStep, cache } = t.optimizer.inspect();
    const layer = t.mlp.layers[0]!;
    const mean = (j: number) => {
      const v = [0, 1, 2]
        .map((k) => layer.weights + k * layer.fanIn + j)
        .filter((i) => cache![i] !== 0)
        .map((i) => effectiveStep![i]!);
      return v.length === 0 ? NaN : v.reduce((a, b) => a + b, 0) / v.length;
    };
    const steps = inputSteps(t)!;
    expect(steps.x).toBeCloseTo(mean(0), 12);
    expect(Number.isNaN(steps.y) ? NaN : steps.y).toBe(mean(1));
    // Every row has x ≠ 0, so every weight from x has had a gradient: its step is finite and below α/ε.
    expect(steps.x).toBeLessThan(1e3);
  });

  it('a weight that has never had a gradient is left out (its α/ε would be 5·10⁹)', () => {
    // Only rows with y = 0: the weights from y never get a gradient.
    const common = { ...train };
    const keep = Array.from({ length: train.n }, (_, r) => r).filter((r) => train.X[2 * r + 1] === 0);
    const X = new Float64Array(keep.flatMap((r) => [train.X[2 * r]!, 0]));
    const Y = new Float64Array(keep.map((r) => train.Y[r]!));
    const t = createTrainer({
      mlp: createMLP({ sizes: [2, 1], loss: 'bce' }),
      train: { ...common, X, Y, n: keep.length },
      spec: { name: 'adagrad', lr: 0.5 },
      batchSize: 10,
      seed: 2,
    });
    t.run(3);
    const steps = inputSteps(t)!;
    expect(Number.isNaN(steps.y)).toBe(true);
    const layer = t.mlp.layers[0]!;
    expect(steps.x).toBe(t.optimizer.inspect().effectiveStep![layer.weights]);
    expect(t.optimizer.inspect().cache![layer.weights + 1]).toBe(0);
  });
});
