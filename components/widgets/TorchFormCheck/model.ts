import type { Problem } from '../../../src/engine/problems/index.ts';
import { runArticleMomentum, runTorchMomentum, runTorchNesterov, maxAbsDifference } from '../../../src/engine/optim-forms/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import type { RunDivergence } from '../../../src/engine/sim/index.ts';
import type { Specs } from '../lib/url-state.ts';

export const torchFormSpecs = {
  problem: { kind: 'enum', default: 'twoMinima', values: ['twoMinima', 'illConditioned', 'ravine'] },
  lr: { kind: 'number', default: 0.02, min: 0.001, max: 0.1 },
  mu: { kind: 'number', default: 0.9, min: 0, max: 0.99 },
  decay: { kind: 'bool', default: false },
} satisfies Specs;

/**
 * The step after which "halve α" takes effect: step 10, while the run still moves fast and its
 * velocity still carries much of the old α (half-way, at step 100 of 200, the run has settled
 * and the two forms differ by only about 0.0015: invisible on the chart). Half the run if shorter.
 */
export const halvingStep = (steps: number): number => Math.min(10, Math.floor(steps / 2));

export interface FormComparison {
  /** Steps compared (fewer than asked if the engine's run diverged). */
  steps: number;
  /** First coordinate of the course's form after each step: w_t (momentum) or the look-ahead w_t - mu v_t (nag). */
  ours: number[];
  /** First coordinate of PyTorch's parameters after each step. */
  torch: number[];
  /** Largest |difference| over all coordinates and steps. */
  maxDifference: number;
  /** The engine's reason (English) if its run diverged. */
  diverged: string | null;
  /** The engine's divergence (step, kind), for a sentence in the page's language. */
  divergence: RunDivergence | null;
}

/**
 * The course's rule against PyTorch's. For momentum with `decay`, alpha halves after
 * `halvingStep(steps)` and the course's form runs through runArticleMomentum (the engine has no schedules; a
 * unit test shows the two agree bit for bit at a constant alpha).
 */
export function compareForms(problem: Problem, optimizer: 'momentum' | 'nag', lr: number, mu: number, steps: number, decay: boolean): FormComparison {
  const engine = runOnProblem(problem, { name: optimizer, lr, momentum: mu }, { steps, record: true });
  const n = engine.steps;
  const dim = problem.dim;
  const schedule = decay && optimizer === 'momentum' ? (t: number) => (t <= halvingStep(steps) ? lr : lr / 2) : lr;
  const opts = { start: problem.start, steps: n, lr: schedule, momentum: mu };
  let ours: Float64Array;
  let torch: Float64Array;
  if (optimizer === 'momentum') {
    ours = decay ? runArticleMomentum(problem.grad, opts) : engine.points;
    torch = runTorchMomentum(problem.grad, opts);
  } else {
    ours = new Float64Array((n + 1) * dim);
    ours.set(problem.start, 0);
    ours.set(engine.states?.lookahead ?? new Float64Array(n * dim), dim);
    torch = runTorchNesterov(problem.grad, opts);
  }
  const first = (a: Float64Array) => Array.from({ length: n + 1 }, (_, k) => a[k * dim]!);
  return {
    steps: n,
    ours: first(ours),
    torch: first(torch),
    maxDifference: maxAbsDifference(ours, torch),
    diverged: engine.diverged?.reason ?? null,
    divergence: engine.diverged,
  };
}
