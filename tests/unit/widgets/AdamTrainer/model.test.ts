import { describe, expect, it } from 'vitest';
import { createAdamRace, inputGrid, lineupSpecs, trainFor } from '../../../../components/widgets/AdamTrainer/model.ts';

describe('AdamTrainer helpers', () => {
  it('the line-up: two Adams that differ only in β2, then RMSProp and momentum', () => {
    const specs = lineupSpecs({ adamLr: 0.01, rmspropLr: 0.02, momentumLr: 0.05 });
    expect(specs.map((s) => s.name)).toEqual(['adam', 'adam', 'rmsprop', 'momentum']);
    expect(specs[0]?.beta2).toBe(0.999);
    expect(specs[1]?.beta2).toBe(0.99);
    expect(specs[2]?.lr).toBe(0.02);
  });

  it('every trainer starts from the same weights and loss; a seed reproduces the race', () => {
    const settings = { dataset: 'moons', batch: '16', adamLr: 0.01, rmspropLr: 0.01, momentumLr: 0.05, seed: 1 };
    const a = createAdamRace(settings);
    const first = a.race.trainers.map((t) => t.history.trainLoss[0]);
    expect(new Set(first).size).toBe(1);
    expect(a.train.n).toBe(150);
    expect(a.mlp.size).toBe(105);
    a.race.run(100);
    const b = createAdamRace(settings);
    b.race.run(100);
    expect(b.race.trainers.map((t) => t.history.trainLoss.at(-1))).toEqual(
      a.race.trainers.map((t) => t.history.trainLoss.at(-1)),
    );
  });

  it('trainFor stops at the goal, and at the time budget (fake clock)', () => {
    const { race } = createAdamRace({
      dataset: 'moons',
      batch: '16',
      adamLr: 0.01,
      rmspropLr: 0.01,
      momentumLr: 0.05,
      seed: 1,
    });
    expect(trainFor(race, 0, 12, 1000, () => 0)).toBe(12);
    expect(race.trainers[0]?.steps).toBe(12);
    let clock = 0;
    // Each call to the clock advances 2 ms: the first chunk runs, the budget of 3 ms then ends the frame.
    const done = trainFor(race, 12, 500, 3, () => (clock += 2), 5);
    expect(done).toBe(17);
    expect(race.trainers[3]?.steps).toBe(17);
  });

  it('inputGrid covers the dataset box at cell centres', () => {
    const grid = inputGrid('moons', 4, 2);
    expect(grid.x).toEqual([-1.5, 2.5]);
    expect(grid.X[0]).toBeCloseTo(-1, 12);
    expect(grid.X[1]).toBeCloseTo(-1 + 2.5 / 4, 12);
  });
});
