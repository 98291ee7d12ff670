/**
 * Runs an optimizer on a loss landscape and returns the whole trajectory as typed arrays, ready
 * to draw. A widget calls this on every input change: one run, no per-step allocation.
 *
 * ```ts
 * const run = runOnProblem(problems.rosenbrock, { name: 'adam', lr: 0.05 }, { steps: 500, record: true });
 * run.points;          // x0, y0, x1, y1, ...: (run.steps + 1) * 2 numbers
 * run.losses;          // f at each point: run.steps + 1 numbers
 * run.states?.mHat;    // Adam's m_hat after each step: run.steps * 2 numbers
 * run.diverged?.reason;
 * ```
 *
 * Divergence. After each step the run checks, in order: the gradient is finite; every parameter
 * is finite and |w_i| <= 1e8; the loss is finite and |loss| <= 1e12. The first step that fails
 * stops the run: `diverged = { step, reason }`, and every array ends at the last step that passed
 * (`steps = diverged.step - 1`), so the arrays never hold NaN or infinities.
 */
import { createOptimizer, stateKeys } from '../optim/index.ts';
import type { GradFn, OptimizerSpec, ResolvedSpec, StateKey } from '../optim/index.ts';
import type { Minimum, Problem } from '../problems/index.ts';
import { createRng } from '../rng/index.ts';

/** The limits beyond which a run counts as diverged. */
export const divergenceLimits = Object.freeze({ loss: 1e12, param: 1e8 });

export interface GradientNoise {
  /** Standard deviation of the Gaussian noise added to each gradient component (>= 0). */
  sigma: number;
  /** Seed of the noise stream: the same seed gives the same noisy run. */
  seed: number;
}

export interface RunOptions {
  /** How many optimizer steps to take at most (an integer >= 0). */
  steps: number;
  /** Starting point, length = dimension. Default: the problem's `start` (required for `runWithGrad`). */
  start?: ArrayLike<number>;
  /**
   * Adds sigma * N(0, 1) to every gradient component the optimizer sees, as a stand-in for a
   * mini-batch gradient. Default: none (exact gradients). `losses` stay the exact f.
   */
  noise?: GradientNoise;
  /** Also record the optimizer's inner state after every step (see `RecordedStates`). Default false. */
  record?: boolean;
}

/**
 * The optimizer's state after each step, flattened: entry k (0-based) is the state after step
 * k + 1, at indices [k * dim, (k + 1) * dim). Only the fields the optimizer has are present (see
 * `OptimizerState` in `src/engine/optim/types.ts` for what each one means). `grad` is the gradient the
 * optimizer used, noise included.
 */
export type RecordedStates = Partial<Record<StateKey, Float64Array>>;

/** Which check a run failed: for messages in other languages than `reason`'s English. */
export type RunDivergenceKind =
  | 'non-finite gradient'
  | 'weight too large'
  | 'non-finite weight'
  | 'non-finite loss'
  | 'loss too large'
  | 'loss unbounded below';

export interface RunDivergence {
  /** The first step (1-based) that failed a check; the arrays stop at step - 1. */
  step: number;
  /** A sentence for the reader, e.g. "The loss exceeded 1e12 at step 37: ...". */
  reason: string;
  kind: RunDivergenceKind;
}

export interface RunResult {
  /** The optimizer spec, filled with defaults. */
  spec: ResolvedSpec;
  /** Parameters per point (1 for a curve, 2 for a surface). */
  dim: number;
  /** Steps actually taken (n): fewer than asked only if the run diverged. */
  steps: number;
  /** (n + 1) * dim numbers: w_0 (the start), w_1, ..., w_n. */
  points: Float64Array;
  /** n + 1 numbers: f(w_0), ..., f(w_n). */
  losses: Float64Array;
  diverged: RunDivergence | null;
  /** Present when `record` was set. */
  states?: RecordedStates;
}

function checkRunOptions(dim: number, opts: RunOptions, start: ArrayLike<number>): void {
  if (!Number.isSafeInteger(opts.steps) || opts.steps < 0) {
    throw new RangeError(`steps must be an integer >= 0, got ${String(opts.steps)}`);
  }
  if (start.length !== dim) throw new RangeError(`start has length ${start.length}, expected ${dim}`);
  for (let i = 0; i < dim; i++) {
    if (!Number.isFinite(start[i])) throw new RangeError(`start[${i}] must be finite, got ${String(start[i])}`);
  }
  const noise = opts.noise;
  if (noise !== undefined) {
    if (!Number.isFinite(noise.sigma) || noise.sigma < 0) {
      throw new RangeError(`noise.sigma must be a finite number >= 0, got ${String(noise.sigma)}`);
    }
    if (!Number.isFinite(noise.seed)) throw new RangeError(`noise.seed must be finite, got ${String(noise.seed)}`);
  }
}

function withNoise(grad: GradFn, noise: GradientNoise | undefined): GradFn {
  if (noise === undefined || noise.sigma === 0) return grad;
  const { sigma } = noise;
  const rng = createRng(noise.seed);
  return (at, out) => {
    grad(at, out);
    for (let i = 0; i < out.length; i++) out[i] = out[i]! + sigma * rng.normal();
  };
}

function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

/** The largest |value|, or NaN if any value is NaN or infinite. */
function maxAbs(values: Float64Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]!);
    if (!(a <= max)) max = a === Infinity ? NaN : a;
    if (Number.isNaN(max)) return NaN;
  }
  return max;
}

/** `target.set(source, offset)` without its per-call overhead, which dominates for 1-2 numbers. */
function copyInto(target: Float64Array, source: Float64Array, offset: number): void {
  for (let i = 0; i < source.length; i++) target[offset + i] = source[i]!;
}

const tooLarge = 'the learning rate is too large for this surface';

/** The English sentence for a divergence (widgets in other languages build their own from `kind`). */
export function explainDivergence(kind: RunDivergenceKind, step: number): string {
  switch (kind) {
    case 'non-finite gradient':
      return `The gradient became infinite or undefined at step ${step}: the function is too steep there to continue.`;
    case 'weight too large':
      return `A parameter exceeded 1e8 in size at step ${step}: ${tooLarge}.`;
    case 'non-finite weight':
      return `The parameters became infinite or undefined at step ${step}: ${tooLarge}.`;
    case 'non-finite loss':
      return `The loss became infinite or undefined at step ${step}: ${tooLarge}.`;
    case 'loss too large':
      return `The loss exceeded 1e12 at step ${step}: ${tooLarge}.`;
    case 'loss unbounded below':
      return `The loss fell below -1e12 at step ${step}: the function seems to have no lower bound.`;
  }
}

/**
 * Runs `spec` on any differentiable function of `dim` parameters: a network's loss, a formula
 * the reader typed. `opts.start` is required here. Throws `RangeError` for an invalid spec (see
 * `createOptimizer`), options, or a start where f is not finite.
 */
export function runWithGrad(
  dim: number,
  f: (w: Float64Array) => number,
  grad: GradFn,
  spec: OptimizerSpec,
  opts: RunOptions & { start: ArrayLike<number> },
): RunResult {
  const { start, steps } = opts;
  checkRunOptions(dim, opts, start);
  const optimizer = createOptimizer(spec, dim);
  const gradFn = withNoise(grad, opts.noise);

  const w = Float64Array.from(start);
  const points = new Float64Array((steps + 1) * dim);
  const losses = new Float64Array(steps + 1);
  points.set(w, 0);
  losses[0] = f(w);
  if (!Number.isFinite(losses[0])) throw new RangeError(`the loss at the start is not finite (${losses[0]})`);

  const state = optimizer.inspect();
  const recordedKeys = opts.record === true ? stateKeys.filter((key) => state[key] !== undefined) : [];
  const sources = recordedKeys.map((key) => state[key]!);
  const targets = recordedKeys.map(() => new Float64Array(steps * dim));

  let taken = 0;
  let diverged: RunDivergence | null = null;
  for (let k = 1; k <= steps; k++) {
    optimizer.step(w, gradFn);
    if (recordedKeys.length > 0) optimizer.inspect();
    let kind: RunDivergenceKind | null = null;
    if (!allFinite(state.grad)) {
      kind = 'non-finite gradient';
    } else if (!(maxAbs(w) <= divergenceLimits.param)) {
      kind = allFinite(w) ? 'weight too large' : 'non-finite weight';
    } else {
      const loss = f(w);
      if (!Number.isFinite(loss)) kind = 'non-finite loss';
      else if (loss > divergenceLimits.loss) kind = 'loss too large';
      else if (loss < -divergenceLimits.loss) kind = 'loss unbounded below';
      else losses[k] = loss;
    }
    if (kind !== null) {
      diverged = { step: k, reason: explainDivergence(kind, k), kind };
      break;
    }
    copyInto(points, w, k * dim);
    for (let j = 0; j < sources.length; j++) copyInto(targets[j]!, sources[j]!, (k - 1) * dim);
    taken = k;
  }

  const result: RunResult = {
    spec: optimizer.spec,
    dim,
    steps: taken,
    points: taken === steps ? points : points.slice(0, (taken + 1) * dim),
    losses: taken === steps ? losses : losses.slice(0, taken + 1),
    diverged,
  };
  if (opts.record === true) {
    const states: RecordedStates = {};
    recordedKeys.forEach((key, j) => {
      const target = targets[j]!;
      states[key] = taken === steps ? target : target.slice(0, taken * dim);
    });
    result.states = states;
  }
  return result;
}

/** Runs `spec` on a problem from the table, from `opts.start` or the problem's own start. */
export function runOnProblem(problem: Problem, spec: OptimizerSpec, opts: RunOptions): RunResult {
  return runWithGrad(problem.dim, problem.f, problem.grad, spec, { ...opts, start: opts.start ?? problem.start });
}

export interface SweepPoint {
  lr: number;
  /** The loss after the last step; Infinity if the run diverged. */
  finalLoss: number;
  diverged: boolean;
  /** Steps taken before stopping (= `steps` unless diverged). */
  steps: number;
}

/**
 * One run per learning rate, everything else from `spec`, for a learning-rate sweep. Each run
 * starts from `opts.start` or the problem's start.
 */
export function lrSweep(
  problem: Problem,
  spec: OptimizerSpec,
  lrs: ArrayLike<number>,
  steps: number,
  opts: Omit<RunOptions, 'steps' | 'record'> = {},
): SweepPoint[] {
  const sweep: SweepPoint[] = [];
  for (let i = 0; i < lrs.length; i++) {
    const lr = lrs[i]!;
    const run = runOnProblem(problem, { ...spec, lr }, { ...opts, steps });
    sweep.push({
      lr,
      finalLoss: run.diverged === null ? run.losses[run.steps]! : Infinity,
      diverged: run.diverged !== null,
      steps: run.steps,
    });
  }
  return sweep;
}

export interface Basin {
  /** Index into `problem.minima`. */
  index: number;
  minimum: Minimum;
  /** Euclidean distance from the point to that minimum. */
  distance: number;
}

/**
 * The minimum nearest to `point` (Euclidean distance), e.g. to say which basin a run ended in.
 * Null if the problem has no minima. Nearest is not the same as "would flow into": on a bumpy
 * surface a point can be nearer one minimum yet downhill of another; check `distance`.
 */
export function basinOf(problem: Problem, point: ArrayLike<number>): Basin | null {
  let best: Basin | null = null;
  problem.minima.forEach((minimum, index) => {
    let sum = 0;
    for (let i = 0; i < problem.dim; i++) {
      const d = (point[i] ?? NaN) - minimum.point[i]!;
      sum += d * d;
    }
    const distance = Math.sqrt(sum);
    if (best === null || distance < best.distance) best = { index, minimum, distance };
  });
  return best;
}

/** The last point of a run, as a plain array. */
export function finalPoint(run: RunResult): number[] {
  return Array.from(run.points.subarray(run.steps * run.dim));
}
