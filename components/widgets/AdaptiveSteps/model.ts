import { axisValley, illConditioned } from '../../../src/engine/problems/index.ts';
import type { Surface } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import type { RunResult } from '../../../src/engine/sim/index.ts';
import type { Specs } from '../lib/url-state.ts';

/** The surfaces this widget offers, by id. */
export const adaptiveSurfaces = { axisValley, illConditioned } as const satisfies Record<string, Surface>;
export type AdaptiveSurfaceId = keyof typeof adaptiveSurfaces;
export const adaptiveSurfaceIds = Object.keys(adaptiveSurfaces) as AdaptiveSurfaceId[];

export const adaptiveOptimizers = ['adagrad', 'rmsprop', 'adam'] as const;
export type AdaptiveOptimizer = (typeof adaptiveOptimizers)[number];

/** Run lengths the reader can pick. */
export const runLengths = ['100', '300', '1000', '3000', '10000'] as const;

export const adaptiveStepsSpecs = (defaults: {
  lr: number;
  decay: number;
  noise: number;
  length: string;
  surface: string;
}) =>
  ({
    lr: { kind: 'number', default: defaults.lr, min: 0.001, max: 2 },
    decay: { kind: 'number', default: defaults.decay, min: 0, max: 0.999 },
    noise: { kind: 'number', default: defaults.noise, min: 0, max: 2 },
    length: { kind: 'enum', default: defaults.length, values: runLengths },
    surface: { kind: 'enum', default: defaults.surface, values: adaptiveSurfaceIds },
    t: { kind: 'number', default: 0, min: 0, max: 10000, integer: true },
  }) satisfies Specs;

export interface AdaptiveRunInput {
  optimizers: readonly AdaptiveOptimizer[];
  surface: Surface;
  lr: number;
  decay: number;
  noise: number;
  steps: number;
}

/** One recorded run per optimizer, same start, same noise stream (seed 1). */
export function runAdaptive(input: AdaptiveRunInput): RunResult[] {
  return input.optimizers.map((name) => runOne(name, input));
}

/** One optimizer's recorded run (seed 1 for the noise, as every run of the widget). */
export function runOne(name: AdaptiveOptimizer, input: Omit<AdaptiveRunInput, 'optimizers'>): RunResult {
  const options = input.noise > 0 ? { noise: { sigma: input.noise, seed: 1 } } : {};
  return runOnProblem(
    input.surface,
    { name, lr: input.lr, decay: input.decay },
    { steps: input.steps, record: true, ...options },
  );
}

/**
 * What one optimizer's run depends on: γ is RMSProp's alone (Adagrad keeps the whole sum; Adam's
 * decay rates are its β's), so a move of the γ slider runs RMSProp again and keeps the others' runs.
 */
export function runDeps(name: AdaptiveOptimizer, input: Omit<AdaptiveRunInput, 'optimizers'>): readonly unknown[] {
  const { surface, lr, noise, steps } = input;
  return name === 'rmsprop' ? [surface, lr, noise, steps, input.decay] : [surface, lr, noise, steps];
}
