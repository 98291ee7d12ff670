import type { ScheduleName, ScheduleSpec } from '../../../src/engine/optim/index.ts';
import { scheduleNames } from '../../../src/engine/optim/index.ts';
import type { Specs, StateOf } from '../lib/url-state.ts';

/** The gradient noise of the noisy bowl, and how many seeded runs its loss averages. */
export const noisyBowl = Object.freeze({ sigma: 1, runs: 20 });

/** How many of Adam's first steps the third chart shows. */
export const adamSteps = 30;

/** The URL state: the schedule, α, and each schedule field (two gammas: step decay's and the exponential's live on different ranges). */
export const scheduleViewSpecs = (steps: number, schedule: ScheduleName, lr: number) =>
  ({
    name: { kind: 'enum', default: schedule, values: scheduleNames },
    lr: { kind: 'number', default: lr, min: 0.01, max: 0.5 },
    stepSize: { kind: 'number', default: 100, min: 10, max: steps, integer: true },
    stepGamma: { kind: 'number', default: 0.1, min: 0.05, max: 0.9 },
    expGamma: { kind: 'number', default: 0.99, min: 0.95, max: 0.999 },
    tMax: { kind: 'number', default: steps, min: 20, max: steps, integer: true },
    minLr: { kind: 'number', default: 0, min: 0, max: 0.05 },
    warmup: { kind: 'number', default: 10, min: 1, max: 100, integer: true },
    startFactor: { kind: 'number', default: 0.1, min: 0.01, max: 1 },
  }) satisfies Specs;

export type ScheduleViewState = StateOf<ReturnType<typeof scheduleViewSpecs>>;

/** The state fields that are a schedule's own (each has a slider when its schedule is chosen). */
export type ScheduleField = 'stepSize' | 'stepGamma' | 'expGamma' | 'tMax' | 'minLr' | 'warmup' | 'startFactor';

/** Which sliders each schedule has, in order. */
export const scheduleFields: Readonly<Record<ScheduleName, readonly ScheduleField[]>> = {
  constant: [],
  step: ['stepSize', 'stepGamma'],
  exponential: ['expGamma'],
  cosine: ['tMax', 'minLr'],
  warmup: ['warmup', 'startFactor'],
  'warmup-cosine': ['warmup', 'tMax', 'startFactor', 'minLr'],
};

/**
 * The engine's schedule spec for the widget's state. minLr is capped below α (a floor above the
 * peak is not a decay), and a warm-up + cosine's warm-up is kept shorter than its T (the engine
 * requires T > W).
 */
export function scheduleSpec(state: ScheduleViewState): ScheduleSpec {
  const minLr = Math.min(state.minLr, state.lr / 2);
  switch (state.name as ScheduleName) {
    case 'constant':
      return { name: 'constant' };
    case 'step':
      return { name: 'step', stepSize: state.stepSize, gamma: state.stepGamma };
    case 'exponential':
      return { name: 'exponential', gamma: state.expGamma };
    case 'cosine':
      return { name: 'cosine', tMax: state.tMax, minLr };
    case 'warmup':
      return { name: 'warmup', warmupSteps: state.warmup, startFactor: state.startFactor };
    case 'warmup-cosine':
      return {
        name: 'warmup-cosine',
        warmupSteps: Math.min(state.warmup, state.tMax - 1),
        tMax: state.tMax,
        startFactor: state.startFactor,
        minLr,
      };
  }
}

/** The mean of the last `n` entries (the level a loss curve has settled at). */
export function tailMean(values: ArrayLike<number>, n: number): number {
  const from = Math.max(0, values.length - n);
  let sum = 0;
  for (let i = from; i < values.length; i++) sum += values[i]!;
  return sum / (values.length - from);
}
