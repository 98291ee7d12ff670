import { illConditioned } from '../../../src/engine/problems/index.ts';
import type { Surface } from '../../../src/engine/problems/index.ts';
import { axisValley } from '../../../src/engine/problems/axis-valley.ts';
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

export const adaptiveStepsSpecs = (defaults: { lr: number; decay: number; noise: number; length: string; surface: string }) =>
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
  const options = input.noise > 0 ? { noise: { sigma: input.noise, seed: 1 } } : {};
  return input.optimizers.map((name) =>
    runOnProblem(input.surface, { name, lr: input.lr, decay: input.decay }, { steps: input.steps, record: true, ...options }),
  );
}

/**
 * Step numbers 1..n to draw on a logarithmic time axis: every step up to 100, then about
 * `perDecade` per factor of ten, always including n and `extra` (the cursor) when in range.
 */
export function logSteps(n: number, perDecade = 120, extra?: number): number[] {
  const out = new Set<number>();
  for (let t = 1; t <= Math.min(n, 100); t++) out.add(t);
  if (n > 100) {
    const factor = 10 ** (1 / perDecade);
    for (let t = 100; t < n; t *= factor) out.add(Math.round(t));
    out.add(n);
  }
  if (extra !== undefined && extra >= 1 && extra <= n) out.add(extra);
  return [...out].sort((a, b) => a - b);
}

/** The next cursor position while playing: one step at a time at first, then ~8% of t per tick. */
export function nextPlayStep(t: number, last: number): number {
  return Math.min(last, Math.max(t + 1, Math.ceil(t * 1.08)));
}

/** Path points for drawing, at most `max` of them (evenly thinned, first and t-th kept). */
export function pathPoints(run: RunResult, t: number, max = 800): { x: number; y: number; k: number }[] {
  const end = Math.min(t, run.steps);
  const stride = Math.max(1, Math.ceil((end + 1) / max));
  const out: { x: number; y: number; k: number }[] = [];
  for (let k = 0; k <= end; k += stride) out.push({ x: run.points[2 * k]!, y: run.points[2 * k + 1]!, k });
  if (out[out.length - 1]?.k !== end) out.push({ x: run.points[2 * end]!, y: run.points[2 * end + 1]!, k: end });
  return out;
}
