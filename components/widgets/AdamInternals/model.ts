import type { RunResult } from '../../../src/engine/sim/index.ts';
import type { Specs } from '../lib/url-state.ts';

export const beta2Choices = ['0.999', '0.99'] as const;
export const coordinates = ['x', 'y'] as const;

export const adamInternalsSpecs = (d: { lr: number; beta2: string; bc: boolean; coord: string; steps: number }) =>
  ({
    lr: { kind: 'number', default: d.lr, min: 0.001, max: 1 },
    beta2: { kind: 'enum', default: d.beta2, values: beta2Choices },
    bc: { kind: 'bool', default: d.bc },
    coord: { kind: 'enum', default: d.coord, values: coordinates },
    t: { kind: 'number', default: d.steps, min: 0, max: d.steps, integer: true },
  }) satisfies Specs;

/**
 * How long each step of a 2-D run was along one coordinate, in units of the learning rate:
 * entry t - 1 is |w_t - w_{t-1}| / lr for coordinate `axis` (0 = x, 1 = y).
 */
export function stepLengths(run: RunResult, axis: 0 | 1, lr: number): Float64Array {
  const out = new Float64Array(run.steps);
  for (let t = 1; t <= run.steps; t++)
    out[t - 1] = Math.abs(run.points[2 * t + axis]! - run.points[2 * (t - 1) + axis]!) / lr;
  return out;
}

/**
 * The factor by which leaving out bias correction lengthens step t when the gradient has had the
 * same value since the start: (1 - beta1^t) / sqrt(1 - beta2^t). At t = 1 it is
 * (1 - beta1) / sqrt(1 - beta2): 3.16 for the paper's beta2 = 0.999, 1 for beta2 = 0.99.
 */
export function uncorrectedFactor(t: number, beta1: number, beta2: number): number {
  return (1 - beta1 ** t) / Math.sqrt(1 - beta2 ** t);
}

/** The largest value of an array and where it is (index), or null for an empty one. */
export function peak(values: Float64Array): { index: number; value: number } | null {
  let best: { index: number; value: number } | null = null;
  values.forEach((value, index) => {
    if (best === null || value > best.value) best = { index, value };
  });
  return best;
}

/**
 * The top of the step-length chart's axis, in units of α: the longest step of either run plus a
 * tenth (at least 1.2), rounded up to a half. The longest step drifts a little with every α key
 * (6.60 α at α = 0.05, 6.46 at 0.063); followed exactly, each key rebuilt the chart's whole Plot
 * (its axes and grid) to move the top of the axis a few pixels. Rounded, most keys keep the axes
 * and move only the overlay's lines.
 */
export function lengthAxisTop(peaks: readonly number[]): number {
  return Math.ceil(Math.max(1.2, ...peaks.map((p) => p * 1.1)) * 2) / 2;
}
