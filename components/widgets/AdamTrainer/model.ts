import { generate, getDataset, trainTestSplit } from '../../../src/engine/data/index.ts';
import type { Data } from '../../../src/engine/data/index.ts';
import { createMLP } from '../../../src/engine/nn/index.ts';
import type { MLP } from '../../../src/engine/nn/index.ts';
import type { OptimizerSpec } from '../../../src/engine/optim/index.ts';
import { createSideBySide } from '../../../src/engine/sim/index.ts';
import type { SideBySide } from '../../../src/engine/sim/index.ts';
import type { Specs } from '../lib/url-state.ts';
import { optimizerColor } from '../lib/palette.ts';

export const raceDatasets = ['moons', 'circles', 'xor', 'spirals'] as const;
export const batchChoices = ['16', '32', 'full'] as const;
export const maxRaceSteps = 5000;

/** The line-up: Adam with the paper's β₂, Adam with the article's, RMSProp and momentum. */
export const lineup = [
  { key: 'adam', label: 'Adam (β₂ = 0.999)', color: optimizerColor('adam'), dashed: false },
  // The same optimizer with the article's β₂: Adam's colour, told apart by its dashes.
  { key: 'adam99', label: 'Adam (β₂ = 0.99)', color: optimizerColor('adam'), dashed: true },
  { key: 'rmsprop', label: 'RMSProp', color: optimizerColor('rmsprop'), dashed: false },
  { key: 'momentum', label: 'Momentum', color: optimizerColor('momentum'), dashed: false },
] as const;
export type LineupKey = (typeof lineup)[number]['key'];

export interface RaceSettings {
  dataset: string;
  batch: string;
  adamLr: number;
  rmspropLr: number;
  momentumLr: number;
  seed: number;
}

export const adamTrainerSpecs = (d: RaceSettings) =>
  ({
    dataset: { kind: 'enum', default: d.dataset, values: raceDatasets },
    batch: { kind: 'enum', default: d.batch, values: batchChoices },
    adamLr: { kind: 'number', default: d.adamLr, min: 0.0001, max: 0.5 },
    rmspropLr: { kind: 'number', default: d.rmspropLr, min: 0.0001, max: 0.5 },
    momentumLr: { kind: 'number', default: d.momentumLr, min: 0.001, max: 1 },
    seed: { kind: 'number', default: d.seed, min: 0, max: 99, integer: true },
    t: { kind: 'number', default: 0, min: 0, max: maxRaceSteps, integer: true },
    show: { kind: 'enum', default: 'adam', values: lineup.map((l) => l.key) },
  }) satisfies Specs;

/** The optimizer specs of the line-up, in `lineup` order. */
export function lineupSpecs(s: Pick<RaceSettings, 'adamLr' | 'rmspropLr' | 'momentumLr'>): OptimizerSpec[] {
  return [
    { name: 'adam', lr: s.adamLr, beta1: 0.9, beta2: 0.999 },
    { name: 'adam', lr: s.adamLr, beta1: 0.9, beta2: 0.99 },
    { name: 'rmsprop', lr: s.rmspropLr, decay: 0.99 },
    { name: 'momentum', lr: s.momentumLr, momentum: 0.9 },
  ];
}

/**
 * The race: a 2-8-8-1 tanh network with binary cross-entropy on 200 seeded points (150 to train,
 * 50 to test); every optimizer starts from the same weights (drawn from `seed`) and sees the same
 * mini-batches.
 */
export function createAdamRace(s: RaceSettings): { race: SideBySide; train: Data; mlp: MLP } {
  const data = generate(s.dataset, 200, { seed: s.seed });
  const { train, test } = trainTestSplit(data, 0.25, s.seed);
  const mlp = createMLP({ sizes: [2, 8, 8, 1], activation: 'tanh', loss: 'bce' });
  const batchSize = s.batch === 'full' ? Infinity : Number(s.batch);
  return { race: createSideBySide({ mlp, train, test, batchSize, seed: s.seed, specs: lineupSpecs(s) }), train, mlp };
}

/**
 * Advances every trainer of `race` toward `goal` steps in chunks of `chunk` until `budgetMs` has
 * passed (measured with `now`), so one animation frame stays short. Returns the new step count.
 */
export function trainFor(race: SideBySide, done: number, goal: number, budgetMs: number, now: () => number, chunk = 5): number {
  const start = now();
  let steps = done;
  while (steps < goal && now() - start < budgetMs) {
    const n = Math.min(chunk, goal - steps);
    race.run(n);
    steps += n;
  }
  return steps;
}

/** A grid of inputs over a dataset's plotting domain (row-major, row 0 at the lowest y), for a decision map. */
export function inputGrid(dataset: string, width: number, height: number): { X: Float64Array; x: [number, number]; y: [number, number] } {
  const [[x0, x1], [y0, y1]] = getDataset(dataset).domain;
  const X = new Float64Array(width * height * 2);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      X[2 * (j * width + i)] = x0 + ((i + 0.5) * (x1 - x0)) / width;
      X[2 * (j * width + i) + 1] = y0 + ((j + 0.5) * (y1 - y0)) / height;
    }
  }
  return { X, x: [x0, x1], y: [y0, y1] };
}
