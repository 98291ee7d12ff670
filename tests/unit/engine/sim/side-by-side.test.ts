import { describe, expect, it } from 'vitest';
import { generate, trainTestSplit } from '../../../../src/engine/data/index.ts';
import { createMLP } from '../../../../src/engine/nn/index.ts';
import type { OptimizerSpec } from '../../../../src/engine/optim/index.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';
import { createSideBySide, sideBySideBuilder } from '../../../../src/engine/sim/side-by-side.ts';

function split(id: string, n: number): ReturnType<typeof trainTestSplit> {
  return trainTestSplit(generate(id, n, { seed: 1 }), 0.2, 2);
}

describe('createSideBySide', () => {
  it('trains several optimizers from the same weights on the same batches', () => {
    const mlp = createMLP({ sizes: [2, 8, 1], loss: 'bce' });
    const { train, test } = split('moons', 120);
    const specs: OptimizerSpec[] = [
      { name: 'sgd', lr: 0.1 },
      { name: 'adam', lr: 0.01 },
      { name: 'adam', lr: 0.01 },
    ];
    const race = createSideBySide({ mlp, train, test, specs, batchSize: 10, seed: 4 });
    expect(Array.from(race.initialParams)).toEqual(Array.from(mlp.init(createRng(4))));
    const [sgd, adamA, adamB] = race.trainers;
    expect(sgd!.history.trainLoss[0]).toBe(adamA!.history.trainLoss[0]);
    race.run(30);
    for (const t of race.trainers) expect(t.steps).toBe(30);
    // Identical specs -> identical runs; a different optimizer -> a different run.
    expect(Array.from(adamA!.params)).toEqual(Array.from(adamB!.params));
    expect(Array.from(sgd!.params)).not.toEqual(Array.from(adamA!.params));
    // Same batches: the first recorded batch loss (before any update) is the same for all.
    expect(sgd!.history.batchLoss[0]).toBe(adamA!.history.batchLoss[0]);
    race.reset();
    expect(race.trainers.every((t) => t.steps === 0)).toBe(true);
  });
});

describe('sideBySideBuilder', () => {
  it('makes the trainers of createSideBySide one at a time: the same runs, number for number', () => {
    const mlp = createMLP({ sizes: [2, 6, 1], loss: 'bce' });
    const { train, test } = split('circles', 100);
    const specs: OptimizerSpec[] = [
      { name: 'sgd', lr: 0.2 },
      { name: 'momentum', lr: 0.05, momentum: 0.9 },
    ];
    const whole = createSideBySide({ mlp, train, test, specs, batchSize: 8, seed: 3 });
    const builder = sideBySideBuilder({ mlp, train, test, batchSize: 8, seed: 3 });
    expect(builder.size).toBe(0);
    builder.add(specs[0]!);
    expect(builder.size).toBe(1);
    builder.add(specs[1]!);
    const built = builder.done();
    expect(built.trainers).toHaveLength(2);
    expect(Array.from(built.initialParams)).toEqual(Array.from(whole.initialParams));
    whole.run(25);
    built.run(25);
    for (const [i, t] of built.trainers.entries()) {
      expect(Array.from(t.params)).toEqual(Array.from(whole.trainers[i]!.params));
      expect(t.history).toEqual(whole.trainers[i]!.history);
    }
  });
});
