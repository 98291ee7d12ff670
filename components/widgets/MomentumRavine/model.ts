import type { RunResult } from '../../../src/engine/sim/index.ts';
import { noiseSpecs } from '../lib/gradient-noise.ts';
import type { Specs } from '../lib/url-state.ts';

/** The largest gradient noise σ the widget offers (the valley's gradients start near 20). */
export const maxNoise = 5;

export const momentumRavineSpecs = (steps: number) =>
  ({
    problem: { kind: 'enum', default: 'illConditioned', values: ['illConditioned', 'ravine'] },
    lr: { kind: 'number', default: 0.08, min: 0.001, max: 0.2 },
    mu: { kind: 'number', default: 0.6, min: 0, max: 0.99 },
    step: { kind: 'number', default: 0, min: 0, max: steps, integer: true },
    ...noiseSpecs(maxNoise),
  }) satisfies Specs;

export interface Segment {
  k: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The steps of a 2-D run up to `shown`, from point k-1 to point k (for momentum: the velocity -v_k). */
export function segments(run: RunResult, shown: number): Segment[] {
  const out: Segment[] = [];
  for (let k = 1; k <= Math.min(shown, run.steps); k++) {
    out.push({
      k,
      x1: run.points[2 * k - 2]!,
      y1: run.points[2 * k - 1]!,
      x2: run.points[2 * k]!,
      y2: run.points[2 * k + 1]!,
    });
  }
  return out;
}

/**
 * Step t of momentum split tip to tail: from w_{t-1}, the kept velocity -mu v_{t-1}, then the
 * gradient push -alpha g_t, which lands on w_t. Null before the first step. Needs `record: true`.
 */
export function splitStep(run: RunResult, t: number, mu: number): { carry: Segment; push: Segment } | null {
  const velocity = run.states?.velocity;
  if (t < 1 || t > run.steps || !velocity) return null;
  const x0 = run.points[2 * t - 2]!;
  const y0 = run.points[2 * t - 1]!;
  const vx = t >= 2 ? velocity[2 * t - 4]! : 0;
  const vy = t >= 2 ? velocity[2 * t - 3]! : 0;
  const cx = x0 - mu * vx;
  const cy = y0 - mu * vy;
  return {
    carry: { k: t, x1: x0, y1: y0, x2: cx, y2: cy },
    push: { k: t, x1: cx, y1: cy, x2: run.points[2 * t]!, y2: run.points[2 * t + 1]! },
  };
}

/** The first step at which the loss is below `tol`, or null. */
export function firstBelow(losses: ArrayLike<number>, tol: number): number | null {
  for (let k = 0; k < losses.length; k++) if (losses[k]! < tol) return k;
  return null;
}

/**
 * How much a 2-D run zig-zags: the number of times the step direction turns by more than 90
 * degrees (consecutive steps with a negative dot product), up to `shown`.
 */
export function reversals(run: RunResult, shown: number): number {
  let count = 0;
  for (let k = 2; k <= Math.min(shown, run.steps); k++) {
    const ax = run.points[2 * k - 2]! - run.points[2 * k - 4]!;
    const ay = run.points[2 * k - 1]! - run.points[2 * k - 3]!;
    const bx = run.points[2 * k]! - run.points[2 * k - 2]!;
    const by = run.points[2 * k + 1]! - run.points[2 * k - 1]!;
    if (ax * bx + ay * by < 0) count++;
  }
  return count;
}
