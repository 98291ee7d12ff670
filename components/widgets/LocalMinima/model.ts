import type { Curve } from '../../../src/engine/problems/index.ts';
import { basinOf, runOnProblem } from '../../../src/engine/sim/index.ts';

export interface StartOutcome {
  start: number;
  /** Where the run stopped (its last finite point). */
  end: number;
  /** Index into `problem.minima` of the minimum it ended in; null if it diverged or is still far (> tolerance) from every minimum. */
  basin: number | null;
  diverged: boolean;
}

/** Evenly spaced starts over [lo, hi], both ends included. */
export function evenStarts(count: number, [lo, hi]: readonly [number, number]): number[] {
  if (count === 1) return [(lo + hi) / 2];
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * i) / (count - 1));
}

/**
 * Runs plain gradient descent from each start and says which minimum each run ends in. A run
 * that stops farther than `tolerance` from every minimum counts as unsettled (basin null).
 */
export function basinsOfStarts(problem: Curve, lr: number, steps: number, starts: readonly number[], tolerance = 0.05): StartOutcome[] {
  return starts.map((start) => {
    const run = runOnProblem(problem, { name: 'sgd', lr }, { steps, start: [start] });
    const end = run.points[run.steps]!;
    const basin = run.diverged ? null : basinOf(problem, [end]);
    return {
      start,
      end,
      basin: basin !== null && basin.distance <= tolerance ? basin.index : null,
      diverged: run.diverged !== null,
    };
  });
}

/** How many outcomes fall in each basin, plus the unsettled and diverged ones. */
export function tally(outcomes: readonly StartOutcome[], minima: number): { perBasin: number[]; unsettled: number; diverged: number } {
  const perBasin = Array.from({ length: minima }, () => 0);
  let unsettled = 0;
  let diverged = 0;
  for (const o of outcomes) {
    if (o.diverged) diverged++;
    else if (o.basin === null) unsettled++;
    else perBasin[o.basin]!++;
  }
  return { perBasin, unsettled, diverged };
}
