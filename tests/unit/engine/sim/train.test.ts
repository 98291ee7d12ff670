import { describe, expect, it } from 'vitest';
import { generate, trainTestSplit } from '../../../../src/engine/data/index.ts';
import type { Data } from '../../../../src/engine/data/index.ts';
import { createMLP } from '../../../../src/engine/nn/index.ts';
import type { OptimizerSpec } from '../../../../src/engine/optim/index.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';
import { prepareRule } from '../../../../src/engine/rule/index.ts';
import type { PreparedRule } from '../../../../src/engine/rule/index.ts';
import { createTrainer, trainerDefaults } from '../../../../src/engine/sim/train.ts';

const adam: OptimizerSpec = { name: 'adam', lr: 0.01 };

function split(id: string, n: number): { train: Data; test: Data } {
  return trainTestSplit(generate(id, n, { seed: 1 }), 0.2, 2);
}

const allFinite = (xs: ArrayLike<number>) => Array.from(xs).every(Number.isFinite);

describe('createTrainer options', () => {
  const mlp = createMLP({ sizes: [2, 4, 1], loss: 'bce' });
  const { train } = split('xor', 50);

  it('has documented defaults', () => {
    expect(trainerDefaults).toEqual({ batchSize: Infinity, seed: 0, evaluateEvery: 1, maxLoss: 1e12, maxWeight: 1e8 });
    const trainer = createTrainer({ mlp, train, spec: adam });
    expect(trainer.batchSize).toBe(train.n);
    expect(trainer.stepsPerEpoch).toBe(1);
    expect(Array.from(trainer.params)).toEqual(Array.from(mlp.init(createRng(0))));
  });

  it('rejects bad options with a RangeError naming the field', () => {
    expect(() => createTrainer({ mlp, train, spec: adam, batchSize: 0 })).toThrow(/batchSize/);
    expect(() => createTrainer({ mlp, train, spec: adam, batchSize: 2.5 })).toThrow(/batchSize/);
    expect(() => createTrainer({ mlp, train, spec: adam, seed: NaN })).toThrow(/seed/);
    expect(() => createTrainer({ mlp, train, spec: adam, evaluateEvery: -1 })).toThrow(/evaluateEvery/);
    expect(() => createTrainer({ mlp, train, spec: adam, initialParams: new Float64Array(3) })).toThrow(
      /initialParams/,
    );
    expect(() => createTrainer({ mlp, train: generate('sine', 10), spec: adam })).toThrow(/train/);
    expect(() => createTrainer({ mlp, train, test: generate('sine', 10), spec: adam })).toThrow(/test/);
  });
});

describe('training', () => {
  it('is deterministic under a seed', () => {
    const mlp = createMLP({ sizes: [2, 8, 1], loss: 'bce' });
    const { train, test } = split('moons', 100);
    const runs = [1, 1, 2].map((seed) => {
      const trainer = createTrainer({ mlp, train, test, spec: adam, batchSize: 16, seed });
      trainer.run(60);
      return { params: Array.from(trainer.params), history: trainer.history };
    });
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]!.params).not.toEqual(runs[2]!.params);
  });

  it('the same initial weights with another seed change only the batch order', () => {
    const mlp = createMLP({ sizes: [2, 8, 1], loss: 'bce' });
    const { train } = split('moons', 100);
    const initialParams = mlp.init(createRng(9));
    const a = createTrainer({ mlp, train, spec: adam, batchSize: 16, seed: 1, initialParams });
    const b = createTrainer({ mlp, train, spec: adam, batchSize: 16, seed: 2, initialParams });
    expect(a.history.trainLoss[0]).toBe(b.history.trainLoss[0]);
    a.step();
    b.step();
    expect(a.history.batchLoss[0]).not.toBe(b.history.batchLoss[0]);
  });

  for (const id of ['xor', 'moons']) {
    it(`Adam lowers the loss on ${id} (train and test)`, () => {
      const mlp = createMLP({ sizes: [2, 16, 16, 1], activation: 'tanh', loss: 'bce' });
      const { train, test } = split(id, 250);
      const trainer = createTrainer({ mlp, train, test, spec: adam, batchSize: 20, seed: 3 });
      expect(trainer.stepsPerEpoch).toBe(10);
      expect(trainer.run(1000)).toBe(1000);
      const { trainLoss, testLoss, epochStep, batchLoss } = trainer.history;
      expect(trainer.epochs).toBe(100);
      expect(epochStep.length).toBe(101);
      expect(epochStep.slice(0, 3)).toEqual([0, 10, 20]);
      expect(trainLoss.length).toBe(101);
      expect(testLoss.length).toBe(101);
      expect(batchLoss.length).toBe(1000);
      expect(trainLoss[100]!).toBeLessThan(0.25 * trainLoss[0]!);
      expect(testLoss[100]!).toBeLessThan(0.4 * testLoss[0]!);
      expect(trainLoss[100]).toBe(trainer.evaluate().train);
      // Accuracy on the test set.
      const p = mlp.predict(trainer.params, test.X, new Float64Array(test.n));
      let correct = 0;
      for (let i = 0; i < test.n; i++) if ((p[i]! > 0.5 ? 1 : 0) === test.Y[i]) correct++;
      expect(correct / test.n).toBeGreaterThan(0.9);
    });
  }

  it('fits the noisy sine with mse', () => {
    const mlp = createMLP({ sizes: [1, 16, 1], activation: 'tanh', loss: 'mse' });
    const train = generate('sine', 100, { seed: 4, noise: 0.05 });
    const trainer = createTrainer({ mlp, train, spec: { name: 'adam', lr: 0.02 }, batchSize: 10, seed: 1 });
    trainer.run(2000);
    expect(trainer.evaluate().train).toBeLessThan(0.02);
    expect(trainer.evaluate().test).toBeNull();
    expect(trainer.history.testLoss).toEqual([]);
  });
});

describe('batches', () => {
  const mlp = createMLP({ sizes: [2, 4, 1], loss: 'bce' });
  const train = generate('circles', 23, { seed: 1 });

  it('full batch: one step per epoch, a loss evaluation every step, the batch loss is the train loss', () => {
    for (const batchSize of [23, 100, Infinity]) {
      const trainer = createTrainer({ mlp, train, spec: adam, batchSize, seed: 1 });
      expect(trainer.batchSize).toBe(23);
      trainer.run(5);
      const { batchLoss, trainLoss, epochStep } = trainer.history;
      expect(epochStep).toEqual([0, 1, 2, 3, 4, 5]);
      // The loss recorded for step i is taken before the update: the train loss after step i - 1.
      for (let i = 0; i < 5; i++) expect(batchLoss[i]).toBeCloseTo(trainLoss[i]!, 14);
    }
  });

  it('full batch is independent of the shuffling seed; mini batch is not', () => {
    const initialParams = mlp.init(createRng(1));
    const run = (batchSize: number, seed: number) => {
      const trainer = createTrainer({ mlp, train, spec: adam, batchSize, seed, initialParams });
      trainer.run(12);
      return Array.from(trainer.params);
    };
    expect(run(23, 1)).toEqual(run(23, 2));
    expect(run(5, 1)).not.toEqual(run(5, 2));
    expect(run(5, 1)).not.toEqual(run(23, 1));
  });

  it('a smaller last batch closes each epoch; epoch() runs to the end of an epoch', () => {
    const trainer = createTrainer({ mlp, train, spec: adam, batchSize: 5, seed: 1 });
    expect(trainer.stepsPerEpoch).toBe(5); // 5 + 5 + 5 + 5 + 3
    expect(trainer.run(3)).toBe(3);
    expect(trainer.epoch()).toBe(2);
    expect(trainer.epochs).toBe(1);
    expect(trainer.epoch()).toBe(5);
    expect(trainer.history.epochStep).toEqual([0, 5, 10]);
  });

  it('mini batches of one epoch are a permutation of the training set', () => {
    // With a linear model and lr → 0 effects aside, check directly: batch losses average to
    // the full loss, weighted by batch size, when weights do not move.
    const still: OptimizerSpec = { name: 'sgd', lr: 1e-300 };
    const trainer = createTrainer({ mlp, train, spec: still, batchSize: 5, seed: 1 });
    trainer.epoch();
    const b = trainer.history.batchLoss;
    const weighted = (5 * (b[0]! + b[1]! + b[2]! + b[3]!) + 3 * b[4]!) / 23;
    expect(weighted).toBeCloseTo(trainer.history.trainLoss[0]!, 12);
  });

  it('evaluateEvery spaces the whole-set evaluations', () => {
    const every2 = createTrainer({ mlp, train, spec: adam, batchSize: 5, seed: 1, evaluateEvery: 2 });
    every2.run(25);
    expect(every2.history.epochStep).toEqual([0, 10, 20]);
    const never = createTrainer({ mlp, train, spec: adam, seed: 1, evaluateEvery: 0 });
    never.run(10);
    expect(never.history.epochStep).toEqual([0]);
    expect(never.history.batchLoss.length).toBe(10);
  });

  it('reset replays the same run', () => {
    const trainer = createTrainer({ mlp, train, spec: adam, batchSize: 4, seed: 1 });
    trainer.run(17);
    const first = { params: Array.from(trainer.params), history: structuredClone(trainer.history) };
    trainer.reset();
    expect(trainer.steps).toBe(0);
    expect(trainer.history.batchLoss).toEqual([]);
    trainer.run(17);
    expect({ params: Array.from(trainer.params), history: trainer.history }).toEqual(first);
  });
});

describe('divergence', () => {
  const mlp = createMLP({ sizes: [1, 8, 1], activation: 'linear', loss: 'mse' });
  const train = generate('sine', 50, { seed: 1 });

  it('a huge learning rate stops training with a step, a reason and a sentence', () => {
    const trainer = createTrainer({ mlp, train, spec: { name: 'sgd', lr: 50 }, seed: 1 });
    const taken = trainer.run(1000);
    expect(taken).toBeLessThan(1000);
    const d = trainer.diverged;
    expect(d).not.toBeNull();
    expect(d!.step).toBe(taken + 1);
    expect(['non-finite loss', 'loss too large', 'non-finite weight', 'weight too large']).toContain(d!.kind);
    expect(d!.reason).toMatch(
      new RegExp(`^[A-Z].* at step ${d!.step}: the learning rate is too large for this network\\.$`),
    );
    // Nothing non-finite leaks out; the weights are those before the bad step.
    expect(allFinite(trainer.params)).toBe(true);
    expect(allFinite(trainer.history.batchLoss)).toBe(true);
    expect(allFinite(trainer.history.trainLoss)).toBe(true);
    expect(Number.isFinite(trainer.evaluate().train)).toBe(true);
    expect(trainer.steps).toBe(taken);
    // Once diverged, it stays stopped.
    const frozen = Array.from(trainer.params);
    expect(trainer.step()).toBe(false);
    expect(trainer.run(10)).toBe(0);
    expect(Array.from(trainer.params)).toEqual(frozen);
  });

  it('names each reason', () => {
    // Weights already beyond 1e8 at the start: step 0.
    const big = new Float64Array(mlp.size).fill(2e8);
    const t0 = createTrainer({ mlp, train, spec: adam, initialParams: big });
    expect(t0.diverged).toMatchObject({ step: 0, kind: 'weight too large' });
    expect(t0.history.trainLoss).toEqual([]);
    expect(t0.diverged!.reason).toBe('A weight exceeded 1e8 in size at the initial weights, before any step.');
    // A step that pushes a weight past 1e8: sgd with a huge lr on a moderate gradient.
    const t1 = createTrainer({ mlp, train, spec: { name: 'sgd', lr: 1e12 }, seed: 1 });
    t1.step();
    expect(t1.diverged).toMatchObject({ step: 1, kind: 'weight too large' });
    // Weights of 1e7 give a finite loss above 1e12: caught on the first step.
    const t2 = createTrainer({ mlp, train, spec: adam, initialParams: new Float64Array(mlp.size).fill(1e7) });
    expect(t2.diverged).toMatchObject({ step: 0, kind: 'loss too large' });
  });

  it('stops at a NaN weight wherever it is, and hands back the weights before that step', () => {
    // An optimizer (shaped like a prepared rule) that spoils one weight at its third step: at
    // the front, in the middle or at the end, with finite weights after it except at the end.
    for (const index of [0, 4, mlp.size - 1]) {
      const spoiler = {
        name: 'rule',
        create: () => {
          let t = 0;
          const g = new Float64Array(mlp.size);
          return {
            diverged: null,
            step(params: Float64Array, grad: (at: Float64Array, out: Float64Array) => void) {
              grad(params, g);
              t++;
              for (let i = 0; i < params.length; i++) params[i] = params[i]! - 0.01 * g[i]!;
              if (t === 3) params[index] = NaN;
              return true;
            },
            reset() {
              t = 0;
            },
          };
        },
      } as unknown as PreparedRule;
      // No whole-set evaluation, whose loss would also catch it: the weights' own check must.
      const trainer = createTrainer({ mlp, train, spec: spoiler, seed: 1, evaluateEvery: 0 });
      expect(trainer.run(2)).toBe(2);
      const before = Array.from(trainer.params);
      expect(trainer.step()).toBe(false);
      expect(trainer.diverged).toMatchObject({ step: 3, kind: 'non-finite weight' });
      expect(trainer.steps).toBe(2);
      expect(Array.from(trainer.params)).toEqual(before);
    }
  });
});

describe('a rule as the optimizer', () => {
  const mlp = createMLP({ sizes: [2, 4, 1], activation: 'tanh', loss: 'bce' });
  const { train, test } = split('moons', 100);

  it('trains exactly like the built-in it spells out', () => {
    const options = { mlp, train, test, batchSize: 16, seed: 3 };
    const builtIn = createTrainer({ ...options, spec: { name: 'sgd', lr: 0.2 } });
    const rule = createTrainer({
      ...options,
      spec: prepareRule({ name: 'rule', source: 'param lr = 0.01\nw = w - lr * g', params: { lr: 0.2 } }),
    });
    builtIn.run(40);
    rule.run(40);
    expect(Array.from(rule.params)).toEqual(Array.from(builtIn.params));
    expect(rule.history).toEqual(builtIn.history);
  });

  it('stops at the line that gave a non-finite value, with the step undone, until reset', () => {
    // log(0) is -infinity: line 3 fails at step 1, before w moves.
    const source = 'param lr = 0.1\nv = g\nc = log(0 * v)\nw = w - lr * c';
    const trainer = createTrainer({ mlp, train, spec: prepareRule({ name: 'rule', source }), seed: 1 });
    const start = Array.from(trainer.params);
    expect(trainer.step()).toBe(false);
    expect(trainer.steps).toBe(0);
    expect(Array.from(trainer.params)).toEqual(start);
    expect(trainer.diverged).toMatchObject({
      step: 1,
      kind: 'non-finite weight',
      rule: { step: 1, line: 3, name: 'c' },
    });
    expect(trainer.diverged?.reason).toMatch(/line 3/);
    expect(trainer.step()).toBe(false);
    trainer.reset();
    expect(trainer.diverged).toBeNull();
  });
});
