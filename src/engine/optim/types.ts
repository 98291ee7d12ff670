/**
 * The types every optimizer shares. They live apart from `index.ts` so that the optimizer files
 * and the registry can both import them without an import cycle; `index.ts` re-exports them all.
 */

export type OptimizerName = 'sgd' | 'momentum' | 'nag' | 'adagrad' | 'rmsprop' | 'adam';

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
  /** Adam only: divide m and s by (1 - beta^t). Default true. */
  biasCorrection?: boolean;
}

/** A spec with every field filled in and validated, as an optimizer holds it. */
export type ResolvedSpec = Readonly<Required<OptimizerSpec>>;

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
}

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

/** Throws unless `params` has the length the optimizer was created for. */
/**
 * The bookkeeping every optimizer shares, so that each optimizer's file is only its buffers and
 * its update: the step counter t, the length check, `reset()` (t = 0, every buffer of `state`
 * zeroed) and `inspect()`. `update(params, gradFn, t)` performs step number t (counted from 1).
 * `refresh`, if given, brings derived state views up to date when `inspect()` is called.
 */
export function defineOptimizer(
  spec: ResolvedSpec,
  size: number,
  state: OptimizerState,
  update: (params: Float64Array, gradFn: GradFn, t: number) => void,
  refresh?: (t: number) => void,
): InspectableOptimizer {
  const buffers = Object.values(state) as Float64Array[];
  let t = 0;
  return {
    spec,
    get t() {
      return t;
    },
    step(params, gradFn) {
      checkLength(params, size);
      update(params, gradFn, t + 1);
      t++;
    },
    reset() {
      t = 0;
      for (const buffer of buffers) buffer.fill(0);
    },
    inspect() {
      refresh?.(t);
      return state;
    },
  };
}

export function checkLength(params: Float64Array, size: number): void {
  if (params.length !== size) {
    throw new RangeError(`params has length ${params.length}, but the optimizer was created for size ${size}`);
  }
}
