/**
 * The Trainer widget's logic that is neither maths nor drawing: the data and side-by-side training for a
 * configuration (`buildTrainerSetup`), the hidden-layer text in links and the input box, and the status line.
 */
import { datasets, generate, trainTestSplit } from '../../../src/engine/data/index.ts';
import { strings, type TrainerStrings } from './strings.ts';
import { createMLP } from '../../../src/engine/nn/index.ts';
import type { Activation } from '../../../src/engine/nn/index.ts';
import { optimizerNames, optimizerTitles } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { sideBySideBuilder } from '../../../src/engine/sim/index.ts';
import type { SideBySide, TrainDivergence } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { specOf } from '../lib/optimizer-settings.ts';
import { ruleLanguage } from '../lib/rule-language.ts';
import type { Settings } from '../lib/optimizer-settings.ts';

import type { TrainerDataset } from '../lib/datasets.ts';
export { trainerDatasets } from '../lib/datasets.ts';
export type { TrainerDataset } from '../lib/datasets.ts';

export const trainerLrs: Readonly<Record<OptimizerName, number>> = Object.freeze({
  sgd: 0.3,
  momentum: 0.05,
  nag: 0.05,
  adagrad: 0.1,
  rmsprop: 0.01,
  adam: 0.01,
  adamw: 0.01,
});

/**
 * The run length a newly chosen schedule fits (a cosine over it, a warm-up over 1/20 of it): about
 * 100 epochs of the default batch of 10, a run a reader watches to the end.
 */
export const trainerHorizon = 2000;

/** Rows generated; 30 % of them are held out as the test set. */
export const datasetRows = 300;
export const testFraction = 0.3;
/** Training stops by itself after this many steps. */
export const maxSteps = 20000;

import type { TrainerRule } from './racers.ts';
export type { TrainerRule } from './racers.ts';

export interface TrainerConfig {
  dataset: TrainerDataset;
  hidden: readonly number[];
  activation: Activation;
  batchSize: number;
  seed: number;
  selected: readonly OptimizerName[];
  settings: Settings;
  /** Rules trained after the built-ins, from the same weights on the same batches. */
  rules?: readonly TrainerRule[];
}

type Split = ReturnType<typeof trainTestSplit>;

/** What a configuration trains: its data, split, and one network per selected optimizer, side by side. */
export interface TrainerSetup {
  sideBySide: SideBySide;
  /** The built-ins, in the engine's order: the first trainers. */
  names: OptimizerName[];
  /** One per trainer: the built-ins' names, then the rules' keys. */
  keys: string[];
  rules: readonly TrainerRule[];
  train: Split['train'];
  test: Split['test'];
}

/** A configuration's data: `datasetRows` rows of its data set for its seed, split into train and test. */
export type TrainerData = Pick<TrainerSetup, 'train' | 'test'>;

export function trainerData(dataset: TrainerDataset, seed: number): TrainerData {
  const { train, test } = trainTestSplit(generate(dataset, datasetRows, { seed }), testFraction, seed);
  return { train, test };
}

/**
 * The networks of a configuration, trained on `data` (which must be `trainerData` of its data set
 * and seed: the island keeps it, so a new batch size, rate or optimizer does not generate the same
 * rows again, and a new seed generates them in a task before the networks').
 */
export function buildTrainerSetup(
  config: TrainerConfig,
  data: TrainerData = trainerData(config.dataset, config.seed),
): TrainerSetup {
  return trainerSetupInStages(config, data).result();
}

/** How many networks a configuration trains: its built-ins and its rules (one stage each). */
export const networkCount = (config: TrainerConfig): number =>
  optimizerNames.filter((n) => config.selected.includes(n)).length + (config.rules?.length ?? 0);

/** `buildTrainerSetup` cut into stages: see `trainerSetupInStages`. */
export interface StagedTrainerSetup {
  /** One per network (`networkCount`), in the trainers' order: stage i makes networks up to i. */
  readonly stages: readonly (() => void)[];
  /** The setup: makes the networks no stage has made yet. */
  result(): TrainerSetup;
}

/**
 * `buildTrainerSetup`, one network per stage, for a widget that makes them in turns of their own
 * (each network makes its optimizer, or compiles its rule, and measures its loss at the initial
 * weights on both sets), so no task makes them all. The result is the same, number for number.
 */
export function trainerSetupInStages(
  config: TrainerConfig,
  data: TrainerData = trainerData(config.dataset, config.seed),
): StagedTrainerSetup {
  const { train, test } = data;
  const mlp = createMLP({
    sizes: [2, ...config.hidden, 1],
    activation: config.activation,
    loss: datasets[config.dataset].loss,
  });
  const names = optimizerNames.filter((n) => config.selected.includes(n));
  const rules = config.rules ?? [];
  const specs = [
    ...names.map((n) => () => specOf(n, config.settings[n])),
    ...rules.map((r) => () => ruleLanguage().prepareRule({ name: 'rule', source: r.source, params: r.params })),
  ];
  const builder = sideBySideBuilder({ mlp, train, test, batchSize: config.batchSize, seed: config.seed });
  const upTo = (i: number) => {
    while (builder.size <= i && builder.size < specs.length) builder.add(specs[builder.size]!());
  };
  const stages = specs.map((_, i) => () => upTo(i));
  let setup: TrainerSetup | null = null;
  return {
    stages,
    result() {
      upTo(specs.length - 1);
      setup ??= { sideBySide: builder.done(), names, keys: [...names, ...rules.map((r) => r.key)], rules, train, test };
      return setup;
    },
  };
}

/** Hidden widths as link text: `8-8` ("" for none). */
export const encodeHidden = (hidden: readonly number[]): string => hidden.join('-');

/** Reads hidden widths from `8-8`, `8, 8` or `8 8`: 0 to 4 layers of 1 to 32 units. */
export function parseHidden(
  text: string,
  s: TrainerStrings = strings.en,
): { ok: true; hidden: number[] } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '-') return { ok: true, hidden: [] };
  if (trimmed.length > 40) return { ok: false, message: s.hiddenTooLong };
  const parts = trimmed.split(/[\s,;-]+/).filter((p) => p !== '');
  if (parts.length > 4) return { ok: false, message: s.hiddenTooMany(parts.length) };
  const hidden: number[] = [];
  for (const part of parts) {
    const n = /^\d+$/.test(part) ? Number(part) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 32) return { ok: false, message: s.hiddenNotWhole(part.slice(0, 10)) };
    hidden.push(n);
  }
  return { ok: true, hidden };
}

/**
 * The status line: each trainer (by key: a built-in's name or a rule's key) under its title; a
 * rule stopped by its own check says at which line.
 */
export function trainerStatus(
  sideBySide: SideBySide,
  keys: readonly string[],
  stepsPerEpoch: number,
  s: TrainerStrings['status'] = strings.en.status,
  explain: (d: TrainDivergence) => string = (d) => d.reason,
  titles: Readonly<Record<string, string>> = optimizerTitles,
): string {
  const first = sideBySide.trainers[0];
  if (!first) return s.none;
  const steps = Math.max(...sideBySide.trainers.map((t) => t.steps));
  const parts = sideBySide.trainers.map((t, i) => {
    const key = keys[i] ?? '';
    const name = titles[key] ?? key;
    const h = t.history;
    const train = h.trainLoss[h.trainLoss.length - 1];
    const test = h.testLoss[h.testLoss.length - 1];
    if (t.diverged) {
      const why = t.diverged.rule ? s.ruleLine(t.diverged.rule.line) : explain(t.diverged);
      return s.stopped(name, t.diverged.step, why);
    }
    return s.losses(name, fmt(train), fmt(test));
  });
  const epochs = Math.floor(steps / stepsPerEpoch);
  const head = steps === 0 ? s.untrained : s.epoch(epochs, steps);
  return s.line(head, parts);
}

/**
 * Steps the trainers of a side-by-side training one at a time, in turn (round robin), so that a frame's time budget can
 * end between two trainers instead of after a whole round (six large networks, full batch, take
 * more than a frame). Every trainer is independent (its own weights, optimizer and shuffles), so
 * the order of the steps does not change a single number: after whole rounds the training is exactly
 * where `sideBySide.run(rounds)` would have taken it. `cursor` is the next trainer to step; 0 means every
 * trainer has taken the same number of steps (the moment to draw or show the status).
 */
export interface RoundRobin {
  readonly cursor: number;
  /** True once no trainer can go on: all diverged, or one reached `maxSteps`. */
  readonly finished: boolean;
  /**
   * Up to `max` single steps while `keepGoing()` (checked before each one); with `toRoundEnd`,
   * stops as soon as a round is complete. Returns the steps taken (a trainer that has stopped
   * counts as stepped: it is skipped).
   */
  run(max: number, keepGoing: () => boolean, toRoundEnd?: boolean): number;
  /** Steps until the current round is complete (at most one step per trainer). */
  finishRound(): void;
  /** Back to the first trainer (after `sideBySide.reset()`). */
  reset(): void;
}

export function createRoundRobin(sideBySide: SideBySide, limit = maxSteps): RoundRobin {
  const trainers = sideBySide.trainers;
  let cursor = 0;
  const stepOne = () => {
    const trainer = trainers[cursor];
    if (trainer && trainer.diverged === null && trainer.steps < limit) trainer.step();
    cursor = trainers.length === 0 ? 0 : (cursor + 1) % trainers.length;
  };
  return {
    get cursor() {
      return cursor;
    },
    get finished() {
      return trainers.every((t) => t.diverged !== null) || trainers.some((t) => t.steps >= limit);
    },
    run(max, keepGoing, toRoundEnd = false) {
      let taken = 0;
      while (taken < max && trainers.length > 0 && keepGoing()) {
        stepOne();
        taken++;
        if (toRoundEnd && cursor === 0) break;
      }
      return taken;
    },
    finishRound() {
      while (cursor !== 0) stepOne();
    },
    reset() {
      cursor = 0;
    },
  };
}

/**
 * The decision-boundary picture: each probability of class 1 as a pixel, `c1` where p >= 0.5 and
 * `c0` below, mixed into the background `bg` by how sure the network is (|2p − 1|, at most 55 %);
 * a value that is not finite is drawn as the background. Writes RGBA bytes into `pixels`.
 */
export function shadeProbabilities(
  p: ArrayLike<number>,
  c0: readonly number[],
  c1: readonly number[],
  bg: readonly number[],
  pixels: Uint8ClampedArray,
): void {
  for (let k = 0; k < p.length; k++) {
    const v = p[k]!;
    const c = v >= 0.5 ? c1 : c0;
    const t = Number.isFinite(v) ? Math.min(1, Math.abs(2 * v - 1)) * 0.55 : 0;
    pixels[4 * k] = bg[0]! + (c[0]! - bg[0]!) * t;
    pixels[4 * k + 1] = bg[1]! + (c[1]! - bg[1]!) * t;
    pixels[4 * k + 2] = bg[2]! + (c[2]! - bg[2]!) * t;
    pixels[4 * k + 3] = 255;
  }
}
