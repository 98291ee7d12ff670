/**
 * The Trainer widget's logic that is neither maths nor drawing: the data and race for a
 * configuration, the hidden-layer text in links and the input box, and the status line.
 */
import { datasets, generate, trainTestSplit } from '../../../src/data/index.ts';
import type { DatasetId } from '../../../src/data/index.ts';
import { createMLP } from '../../../src/nn/index.ts';
import type { Activation } from '../../../src/nn/index.ts';
import { optimizerNames, optimizerTitles } from '../../../src/optim/index.ts';
import type { OptimizerName } from '../../../src/optim/index.ts';
import { createRace } from '../../../src/sim/index.ts';
import type { Race } from '../../../src/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { specOf } from '../lib/optimizer-settings.ts';
import type { Settings } from '../lib/optimizer-settings.ts';

/** The 2-D classification sets (the regression set `sine` has no decision boundary to draw). */
export const trainerDatasets = ['xor', 'moons', 'circles', 'spirals', 'blobs'] as const satisfies readonly DatasetId[];
export type TrainerDataset = (typeof trainerDatasets)[number];

export const trainerLrs: Readonly<Record<OptimizerName, number>> = Object.freeze({
  sgd: 0.3,
  momentum: 0.05,
  nag: 0.05,
  adagrad: 0.1,
  rmsprop: 0.01,
  adam: 0.01,
});

/** Rows generated; 30 % of them are held out as the test set. */
export const datasetRows = 300;
export const testFraction = 0.3;
/** Training stops by itself after this many steps. */
export const maxSteps = 20000;

export interface TrainerConfig {
  dataset: TrainerDataset;
  hidden: readonly number[];
  activation: Activation;
  batchSize: number;
  seed: number;
  selected: readonly OptimizerName[];
  settings: Settings;
}

export function buildRace(config: TrainerConfig): { race: Race; names: OptimizerName[]; train: ReturnType<typeof trainTestSplit>['train']; test: ReturnType<typeof trainTestSplit>['test'] } {
  const data = generate(config.dataset, datasetRows, { seed: config.seed });
  const { train, test } = trainTestSplit(data, testFraction, config.seed);
  const mlp = createMLP({ sizes: [2, ...config.hidden, 1], activation: config.activation, loss: datasets[config.dataset].loss });
  const names = optimizerNames.filter((n) => config.selected.includes(n));
  const race = createRace({ mlp, train, test, specs: names.map((n) => specOf(n, config.settings[n])), batchSize: config.batchSize, seed: config.seed });
  return { race, names, train, test };
}

/** Hidden widths as link text: `8-8` ("" for none). */
export const encodeHidden = (hidden: readonly number[]): string => hidden.join('-');

/** Reads hidden widths from `8-8`, `8, 8` or `8 8`: 0 to 4 layers of 1 to 32 units. */
export function parseHidden(text: string): { ok: true; hidden: number[] } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '-') return { ok: true, hidden: [] };
  if (trimmed.length > 40) return { ok: false, message: 'Hidden layers: the text is too long.' };
  const parts = trimmed.split(/[\s,;-]+/).filter((p) => p !== '');
  if (parts.length > 4) return { ok: false, message: `Hidden layers: at most 4 layers, got ${parts.length}.` };
  const hidden: number[] = [];
  for (const part of parts) {
    const n = /^\d+$/.test(part) ? Number(part) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 32) return { ok: false, message: `Hidden layers: "${part.slice(0, 10)}" is not a whole number from 1 to 32.` };
    hidden.push(n);
  }
  return { ok: true, hidden };
}

/** The status line. */
export function trainerStatus(race: Race, names: readonly OptimizerName[], stepsPerEpoch: number): string {
  const first = race.trainers[0];
  if (!first) return 'No optimizer selected.';
  const steps = Math.max(...race.trainers.map((t) => t.steps));
  const parts = race.trainers.map((t, i) => {
    const name = optimizerTitles[names[i]!];
    const h = t.history;
    const train = h.trainLoss[h.trainLoss.length - 1];
    const test = h.testLoss[h.testLoss.length - 1];
    if (t.diverged) return `${name} stopped at step ${t.diverged.step}: ${t.diverged.reason}`;
    return `${name} train ${fmt(train)}, test ${fmt(test)}`;
  });
  const epochs = Math.floor(steps / stepsPerEpoch);
  const head = steps === 0 ? 'Not trained yet (same initial weights for all)' : `Epoch ${epochs} (step ${steps})`;
  return `${head}. Loss: ${parts.join('; ')}.`;
}
