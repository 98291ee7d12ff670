import { compileSchedule, scheduleValue } from './schedule.ts';
import type { ResolvedSchedule, ScheduleSpec } from './schedule.ts';

/**
 * The types every optimizer shares. They live apart from `index.ts` so that the optimizer files
 * and the registry can both import them without an import cycle; `index.ts` re-exports them all.
 */

export type OptimizerName = 'sgd' | 'momentum' | 'nag' | 'adagrad' | 'rmsprop' | 'adam' | 'adamw';

/** The six optimizers the course introduced first (every name but `adamw`). */
export type ClassicOptimizerName = Exclude<OptimizerName, 'adamw'>;

/**
 * What a caller asks for. Only `name` and `lr` are required; every other field falls back to
 * the default of the named optimizer (see `optimizerDefaults` in `index.ts`).
 */
export interface OptimizerSpec {
  name: OptimizerName;
  /** Learning rate alpha: finite, > 0. */
  lr: number;
  /** mu, for `momentum` and `nag`: in [0, 1). */
  momentum?: number;
  /** gamma, the cache's decay rate for `rmsprop`: in [0, 1). */
  decay?: number;
  /** beta1, Adam's first-moment decay: in [0, 1). */
  beta1?: number;
  /** beta2, Adam's second-moment decay: in [0, 1). */
  beta2?: number;
  /** epsilon, added to the square root in `adagrad`, `rmsprop`, `adam`: finite, > 0. */
  eps?: number;
  /** Adam and AdamW only: divide m and s by (1 - beta^t). Default true. */
  biasCorrection?: boolean;
  /**
   * lambda, finite, >= 0. Default 0, except `adamw` (0.01). As PyTorch's `weight_decay`: for every
   * optimizer but `adamw`, the L2 term is added to the gradient before the rule
   * (g <- g + lambda w); `adamw` decouples it (w <- w - alpha lambda w before the Adam step).
   */
  weightDecay?: number;
  /** How the learning rate changes with the step (see `schedule.ts`). Default constant. */
  schedule?: ScheduleSpec;
}

/** A spec with every field filled in and validated, as an optimizer holds it. */
export type ResolvedSpec = Readonly<Required<Omit<OptimizerSpec, 'schedule'>> & { schedule: ResolvedSchedule }>;

/** Fills `out` with the gradient of the loss at `at`. */
export type GradFn = (at: Float64Array, out: Float64Array) => void;

export interface Optimizer {
  readonly spec: ResolvedSpec;
  /** One update of `params`, in place. */
  step(params: Float64Array, grad: GradFn): void;
  /** Back to a fresh state (t = 0, all buffers zero). */
  reset(): void;
}

/**
 * An optimizer's inner state after its last step, for widgets that draw it. Each field is a live
 * view of a buffer the optimizer owns (length = size): it changes on the next `step()` or
 * `reset()`, so copy it (`Float64Array.from(view)`) to keep it. Only the fields an optimizer has
 * are present. Before the first step (t = 0) every view holds zeros.
 */
export interface OptimizerState {
  /** The gradient used by the last step (for `nag`: taken at the look-ahead point). All optimizers. */
  readonly grad: Float64Array;
  /**
   * `momentum`, `nag`: v, the step just taken (w_t = w_{t-1} - v_t).
   * `adam`: m, the running mean of the gradient (the momentum half of Adam), not bias-corrected.
   */
  readonly velocity?: Float64Array;
  /**
   * `nag` only: w_t - mu v_t, the point where the NEXT gradient will be taken. This is the
   * sequence PyTorch's `SGD(nesterov=True)` stores as its parameters. (The point where the last
   * gradient was taken is the previous step's `lookahead`, or w_0 at the first step.)
   */
  readonly lookahead?: Float64Array;
  /**
   * `adagrad`: c, the sum of squared gradients. `rmsprop`: c, their running mean.
   * `adam`: s, the running mean of squared gradients (RMSProp's cache), not bias-corrected.
   */
  readonly cache?: Float64Array;
  /**
   * The per-parameter factor the last step multiplied its direction by:
   * `sgd`: alpha; `adagrad`, `rmsprop`: alpha / (sqrt(c) + eps); `adam`: alpha / (sqrt(s_hat) + eps).
   */
  readonly effectiveStep?: Float64Array;
  /** `adam`: m_hat = m / (1 - beta1^t) (equal to m when bias correction is off). */
  readonly mHat?: Float64Array;
  /** `adam`: s_hat = s / (1 - beta2^t) (equal to s when bias correction is off). */
  readonly sHat?: Float64Array;
  /**
   * The learning rate in force: the one the last step used (alpha_t, from the schedule), or at
   * t = 0 the one the first step will use. A number, not a view, and not enumerable, so that
   * `Object.values(state)` lists only the views.
   */
  readonly lr: number;
}

/** What an optimizer file hands to `defineOptimizer`: its buffers (the state without `lr`). */
export type OptimizerViews = Omit<OptimizerState, 'lr'>;

/** What `createOptimizer` returns: the `Optimizer` contract plus read access to its state. */
export interface InspectableOptimizer extends Optimizer {
  /** Steps taken since creation or the last `reset()`. */
  readonly t: number;
  /**
   * The state after the last step; the same object (views of the optimizer's buffers) on every
   * call. Call it again after each step: fields derived from others (Adam's `mHat`, `sHat`,
   * `effectiveStep`) are brought up to date by the call, not by `step()`.
   */
  inspect(): OptimizerState;
}

/** The names of the state views, in a fixed order (for recording them step by step). */
export const stateKeys = ['grad', 'velocity', 'lookahead', 'cache', 'effectiveStep', 'mHat', 'sHat'] as const;
export type StateKey = (typeof stateKeys)[number];

/**
 * The bookkeeping every optimizer shares, so that each optimizer's file is only its buffers and
 * its update: the step counter t, the learning rate from the schedule, the length check,
 * `reset()` (t = 0, every buffer of `views` zeroed) and `inspect()`. `update(params, gradFn, lr, t)`
 * performs step number t (counted from 1) with learning rate lr = eta(t - 1) (see `schedule.ts`).
 * `refresh`, if given, brings derived state views up to date when `inspect()` is called.
 */
export function defineOptimizer(
  spec: ResolvedSpec,
  size: number,
  views: OptimizerViews,
  update: (params: Float64Array, gradFn: GradFn, lr: number, t: number) => void,
  refresh?: (t: number, lr: number) => void,
): InspectableOptimizer {
  const buffers = Object.values<Float64Array>(views as Record<string, Float64Array>);
  const schedule = compileSchedule(spec.schedule, spec.lr);
  // Without a schedule no call at all: the rate is the spec's.
  const constant = spec.schedule.name === 'constant';
  let t = 0;
  let lr = constant ? spec.lr : scheduleValue(schedule, 0);
  // `lr` is a getter that is not enumerable: `Object.values(state)` stays the list of views.
  const state: OptimizerState = Object.freeze(
    Object.defineProperty<OptimizerViews & { lr?: number }>({ ...views }, 'lr', { get: () => lr, enumerable: false }),
  ) as OptimizerState;
  return {
    spec,
    get t() {
      return t;
    },
    step(params, gradFn) {
      checkLength(params, size);
      if (!constant) lr = scheduleValue(schedule, t);
      update(params, gradFn, lr, t + 1);
      t++;
    },
    reset() {
      t = 0;
      lr = constant ? spec.lr : scheduleValue(schedule, 0);
      for (const buffer of buffers) buffer.fill(0);
    },
    inspect() {
      refresh?.(t, lr);
      return state;
    },
  };
}

/** g <- g + lambda w: PyTorch's `weight_decay` (the gradient of lambda/2 |w|^2), in place. */
export function addWeightDecay(grad: Float64Array, at: Float64Array, weightDecay: number): void {
  if (weightDecay === 0) return;
  for (let i = 0; i < grad.length; i++) grad[i] = grad[i]! + weightDecay * at[i]!;
}

/** Throws unless `params` has the length the optimizer was created for. */
export function checkLength(params: Float64Array, size: number): void {
  if (params.length !== size) {
    throw new RangeError(`params has length ${params.length}, but the optimizer was created for size ${size}`);
  }
}
