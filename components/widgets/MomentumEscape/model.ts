import type { Curve } from '../../../src/problems/index.ts';
import type { RunResult } from '../../../src/sim/index.ts';
import { basinOf } from '../../../src/sim/index.ts';
import { fmt } from '../lib/format.ts';
import type { Specs } from '../lib/url-state.ts';

export const momentumEscapeSpecs = (steps: number) =>
  ({
    lr: { kind: 'number', default: 0.02, min: 0.001, max: 0.1 },
    mu: { kind: 'number', default: 0.9, min: 0, max: 0.99 },
    step: { kind: 'number', default: 0, min: 0, max: steps, integer: true },
  }) satisfies Specs;

export interface Arrow {
  k: number;
  x1: number;
  x2: number;
  y: number;
}

/**
 * The velocity of each step up to `shown`, as a horizontal arrow from w_{k-1} to w_k = w_{k-1} - v_k,
 * drawn at the height of the curve where the step starts (1-D runs: one number per point).
 */
export function stepArrows(run: RunResult, shown: number): Arrow[] {
  const arrows: Arrow[] = [];
  for (let k = 1; k <= Math.min(shown, run.steps); k++) {
    arrows.push({ k, x1: run.points[k - 1]!, x2: run.points[k]!, y: run.losses[k - 1]! });
  }
  return arrows;
}

/** Where a 1-D run ends up, in words: which minimum, and whether it crossed the hump at `hump` on the way. */
export function outcome(curve: Curve, run: RunResult, hump: number): { kind: 'global' | 'local' | 'none'; words: string } {
  const end = run.points[run.steps]!;
  const basin = basinOf(curve, [end]);
  let crossed = false;
  const startSide = Math.sign(run.points[0]! - hump);
  for (let k = 1; k <= run.steps; k++) if (Math.sign(run.points[k]! - hump) !== startSide) crossed = true;
  if (basin === null || basin.distance > 0.15) {
    return { kind: 'none', words: `is still moving at w = ${fmt(end)}` };
  }
  const where = basin.minimum.kind === 'global' ? 'the deeper minimum' : 'the shallow minimum';
  const at = `w = ${fmt(basin.minimum.point[0])}`;
  if (basin.minimum.kind === 'local' && crossed) {
    return { kind: 'local', words: `crossed the hump, overshot, and came back to ${where} at ${at}` };
  }
  return { kind: basin.minimum.kind, words: `settles in ${where} at ${at}` };
}
