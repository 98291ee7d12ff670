/**
 * The table of datasets: widgets and chapters name a dataset by id (`'moons'`), validated here.
 */
import { createRng } from '../rng/index.ts';
import type { LossName } from '../nn/index.ts';
import { blobs, circles, defaultNoise, moons, sine, sparse, spirals, xor } from './generators.ts';
import type { Data, Generator, GeneratorOptions } from './generators.ts';

export type { Data, Generator, GeneratorOptions } from './generators.ts';
export { blobs, circles, defaultNoise, moons, sine, sparse, sparseRareFraction, spirals, xor } from './generators.ts';

export interface DatasetInfo {
  readonly id: DatasetId;
  readonly title: string;
  /** One sentence for a caption or a select's description. */
  readonly description: string;
  readonly task: 'classification' | 'regression';
  /** The loss to train it with: `'bce'` for the 0/1 labels, `'mse'` for regression. */
  readonly loss: LossName;
  readonly inputDim: number;
  readonly outputDim: number;
  readonly defaultNoise: number;
  /**
   * A box that holds the noiseless data with a margin, for plots: `[[xMin, xMax], [yMin, yMax]]`
   * (for `sine`, x is the input and y the target).
   */
  readonly domain: readonly [readonly [number, number], readonly [number, number]];
  readonly generate: Generator;
}

export type DatasetId = 'xor' | 'moons' | 'circles' | 'spirals' | 'blobs' | 'sparse' | 'sine';

function entry(info: Omit<DatasetInfo, 'defaultNoise' | 'inputDim' | 'outputDim'>): DatasetInfo {
  const regression = info.task === 'regression';
  return Object.freeze({
    ...info,
    inputDim: regression ? 1 : 2,
    outputDim: 1,
    defaultNoise: defaultNoise[info.id],
  });
}

const classification = { task: 'classification', loss: 'bce' } as const;
const square = [
  [-1.5, 1.5],
  [-1.5, 1.5],
] as const;

export const datasets: Readonly<Record<DatasetId, DatasetInfo>> = Object.freeze({
  xor: entry({
    id: 'xor',
    title: 'XOR',
    description: 'Points in four quadrants; opposite quadrants share a class, so no line separates them.',
    ...classification,
    domain: square,
    generate: xor,
  }),
  moons: entry({
    id: 'moons',
    title: 'Two moons',
    description: 'Two interleaving half circles.',
    ...classification,
    domain: [
      [-1.5, 2.5],
      [-1, 1.5],
    ],
    generate: moons,
  }),
  circles: entry({
    id: 'circles',
    title: 'Circles',
    description: 'A small circle inside a large one.',
    ...classification,
    domain: square,
    generate: circles,
  }),
  spirals: entry({
    id: 'spirals',
    title: 'Spirals',
    description: 'Two spirals wound into each other: the hardest of the set.',
    ...classification,
    domain: square,
    generate: spirals,
  }),
  blobs: entry({
    id: 'blobs',
    title: 'Blobs',
    description: 'Two Gaussian clusters that a straight line separates.',
    ...classification,
    domain: square,
    generate: blobs,
  }),
  sparse: entry({
    id: 'sparse',
    title: 'Rare feature',
    description:
      'The sign of x gives the class, except in 5 % of the rows, where y is ±1 and decides it; elsewhere y is 0.',
    ...classification,
    domain: square,
    generate: sparse,
  }),
  sine: entry({
    id: 'sine',
    title: 'Noisy sine',
    description: 'Regression: y = sin(x) plus noise, for x in [−π, π].',
    task: 'regression',
    loss: 'mse',
    domain: [
      [-Math.PI, Math.PI],
      [-1.5, 1.5],
    ],
    generate: sine,
  }),
});

export const datasetIds: readonly DatasetId[] = Object.freeze(Object.keys(datasets) as DatasetId[]);

export function isDatasetId(id: string): id is DatasetId {
  return Object.hasOwn(datasets, id);
}

export function getDataset(id: string): DatasetInfo {
  if (!isDatasetId(id)) {
    throw new RangeError(`unknown dataset ${JSON.stringify(id)}; valid ids: ${datasetIds.join(', ')}`);
  }
  return datasets[id];
}

/** Generates dataset `id` with `n` rows: shorthand for `getDataset(id).generate(n, options)`. */
export function generate(id: string, n: number, options?: GeneratorOptions): Data {
  return getDataset(id).generate(n, options);
}

/**
 * Splits rows at random into a training and a test set (seeded Fisher–Yates permutation).
 * The test set gets `round(n · testFraction)` rows, the training set the rest (at least one).
 * Rows are copied; both sets keep the order of the permutation.
 */
export function trainTestSplit(data: Data, testFraction: number, seed: number): { train: Data; test: Data } {
  if (!(testFraction >= 0 && testFraction < 1)) {
    throw new RangeError(`testFraction must be in [0, 1), got ${testFraction}`);
  }
  const { n, inputDim, outputDim } = data;
  const nTest = Math.min(Math.round(n * testFraction), n - 1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const rng = createRng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const take = (from: number, to: number): Data => {
    const rows = to - from;
    const X = new Float64Array(rows * inputDim);
    const Y = new Float64Array(rows * outputDim);
    for (let r = 0; r < rows; r++) {
      const src = order[from + r]!;
      X.set(data.X.subarray(src * inputDim, (src + 1) * inputDim), r * inputDim);
      Y.set(data.Y.subarray(src * outputDim, (src + 1) * outputDim), r * outputDim);
    }
    return { X, Y, inputDim, outputDim, n: rows };
  };
  return { test: take(0, nTest), train: take(nTest, n) };
}
