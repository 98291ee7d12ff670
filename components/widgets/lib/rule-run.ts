/**
 * A reader's rule run like a built-in in src/engine/sim's `runWithGrad`: the same trajectory arrays
 * (points, losses) and the same checks after each step, plus the rule's own check, which names
 * the line that gave a non-finite value. Shared by the widgets that race a rule (RuleCell, Race),
 * whose islands load the rule language (rule-language.ts).
 */
import type { GradFn } from '../../../src/engine/optim/index.ts';
import type { RuleDivergence } from '../../../src/engine/rule/index.ts';
import { createRng } from '../../../src/engine/rng/index.ts';
import { divergenceLimits } from '../../../src/engine/sim/index.ts';
import type { RunDivergenceKind } from '../../../src/engine/sim/index.ts';
import { ruleLanguage } from './rule-language.ts';

export interface RuleRun {
  dim: number;
  /** Steps taken: fewer than asked only if the run stopped. */
  steps: number;
  /** (steps + 1) * dim numbers: the start, then the weights after each step. */
  points: Float64Array;
  losses: Float64Array;
  /** Why it stopped: the rule's own check (`rule`, with its line) or the run's (`run`), or null. */
  stopped: { step: number; rule: RuleDivergence } | { step: number; run: RunDivergenceKind } | null;
}

export interface RuleRunOptions {
  steps: number;
  start: ArrayLike<number>;
  params?: Readonly<Record<string, number>>;
  noise?: { sigma: number; seed: number } | undefined;
}

function runKind(w: Float64Array, loss: number): RunDivergenceKind | null {
  for (let i = 0; i < w.length; i++) {
    const a = Math.abs(w[i]!);
    if (!Number.isFinite(a)) return 'non-finite weight';
    if (a > divergenceLimits.param) return 'weight too large';
  }
  if (!Number.isFinite(loss)) return 'non-finite loss';
  if (loss > divergenceLimits.loss) return 'loss too large';
  if (loss < -divergenceLimits.loss) return 'loss unbounded below';
  return null;
}

/**
 * Runs the rule `source` on f (with its gradient) from `start`. Throws the rule's `RuleError` or
 * a `RangeError` (params, a start where f is not finite), as `createRuleOptimizer` and `runWithGrad` do.
 */
export function runRule(
  f: (w: Float64Array) => number,
  grad: GradFn,
  source: string,
  options: RuleRunOptions,
): RuleRun {
  const dim = options.start.length;
  const optimizer = ruleLanguage().createRuleOptimizer({ name: 'rule', source, params: options.params ?? {} }, dim);
  const { sigma = 0, seed = 0 } = options.noise ?? {};
  const rng = createRng(seed);
  const gradFn: GradFn =
    sigma > 0
      ? (at, out) => {
          grad(at, out);
          for (let i = 0; i < out.length; i++) out[i] = out[i]! + sigma * rng.normal();
        }
      : grad;
  const w = Float64Array.from(options.start);
  const points = new Float64Array((options.steps + 1) * dim);
  const losses = new Float64Array(options.steps + 1);
  points.set(w, 0);
  losses[0] = f(w);
  if (!Number.isFinite(losses[0])) throw new RangeError(`the loss at the start is not finite (${losses[0]})`);
  let taken = 0;
  let stopped: RuleRun['stopped'] = null;
  for (let k = 1; k <= options.steps; k++) {
    if (!optimizer.step(w, gradFn)) {
      stopped = { step: k, rule: optimizer.diverged! };
      break;
    }
    const loss = f(w);
    const kind = runKind(w, loss);
    if (kind !== null) {
      stopped = { step: k, run: kind };
      break;
    }
    points.set(w, k * dim);
    losses[k] = loss;
    taken = k;
  }
  return {
    dim,
    steps: taken,
    points: points.slice(0, (taken + 1) * dim),
    losses: losses.slice(0, taken + 1),
    stopped,
  };
}

/**
 * Where two trajectories first differ by more than `tolerance` (in any coordinate, relative to
 * the larger of 1 and its size), or null when they agree at every step both reached and reached
 * the same number of steps.
 */
export function firstDifference(
  a: { points: ArrayLike<number>; steps: number; dim: number },
  b: { points: ArrayLike<number>; steps: number },
  tolerance = 1e-12,
): { step: number; by: number } | null {
  const common = Math.min(a.steps, b.steps);
  for (let k = 0; k <= common; k++) {
    let worst = 0;
    for (let i = k * a.dim; i < (k + 1) * a.dim; i++) {
      const x = a.points[i]!;
      const y = b.points[i]!;
      const gap = Math.abs(x - y) / Math.max(1, Math.abs(x), Math.abs(y));
      if (!(gap <= worst)) worst = gap;
    }
    if (!(worst <= tolerance)) return { step: k, by: worst };
  }
  if (a.steps !== b.steps) return { step: common + 1, by: Infinity };
  return null;
}
