/**
 * Several optimizers trained side by side: one trainer (`train.ts`) per optimizer spec, all from
 * the same initial weights and on the same sequence of mini-batches, so their loss curves differ
 * only by the optimizer. The Trainer and AdamTrainer widgets draw one of these.
 */
import type { OptimizerSpec } from '../optim/index.ts';
import type { PreparedRule } from '../rule/index.ts';
import { createRng } from '../rng/index.ts';
import { createTrainer, trainerDefaults } from './train.ts';
import type { Trainer, TrainerOptions } from './train.ts';

export interface SideBySideOptions extends Omit<TrainerOptions, 'spec'> {
  /** One trainer per spec, e.g. the six optimizers with their own learning rates, or a rule (prepared: `prepareRule`). */
  specs: readonly (OptimizerSpec | PreparedRule)[];
}

export interface SideBySide {
  readonly trainers: readonly Trainer[];
  /** The shared starting weights. */
  readonly initialParams: Float64Array;
  /** `run(nSteps)` on every trainer still healthy. */
  run(nSteps: number): void;
  reset(): void;
}

/**
 * Trainers for several optimizers that start from the same weights (drawn once from `seed`
 * unless `initialParams` is given) and see the same mini-batches in the same order.
 */
export function createSideBySide(options: SideBySideOptions): SideBySide {
  const { specs, ...common } = options;
  const builder = sideBySideBuilder(common);
  for (const spec of specs) builder.add(spec);
  return builder.done();
}

/**
 * `createSideBySide`, one trainer at a time: `add(spec)` makes the next trainer (from the same
 * weights, on the same batches), `done()` gives the side-by-side training of those added. A widget
 * can then make its trainers in turns of its own (each makes its optimizer and measures the loss
 * at the initial weights on both sets), between which the page answers the reader.
 */
export interface SideBySideBuilder {
  add(spec: OptimizerSpec | PreparedRule): void;
  /** How many trainers have been added. */
  readonly size: number;
  done(): SideBySide;
}

export function sideBySideBuilder(options: Omit<SideBySideOptions, 'specs'>): SideBySideBuilder {
  const initialParams =
    options.initialParams !== undefined
      ? Float64Array.from(options.initialParams)
      : options.mlp.init(createRng(options.seed ?? trainerDefaults.seed));
  const trainers: Trainer[] = [];
  return {
    add(spec) {
      trainers.push(createTrainer({ ...options, spec, initialParams }));
    },
    get size() {
      return trainers.length;
    },
    done() {
      const list = [...trainers];
      return {
        trainers: list,
        initialParams,
        run(nSteps) {
          for (const trainer of list) trainer.run(nSteps);
        },
        reset() {
          for (const trainer of list) trainer.reset();
        },
      };
    },
  };
}
