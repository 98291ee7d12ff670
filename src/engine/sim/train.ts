/**
 * Mini-batch training of an MLP with any optimizer from `src/engine/optim`, in steps a widget can take a
 * few at a time per animation frame.
 *
 * One step: take the next mini-batch, let the optimizer update the weights with the gradient of
 * the mean loss on that batch. An epoch is one pass over the training set in an order shuffled
 * afresh (Fisher–Yates, seeded) at the start of each epoch; the last batch of an epoch is smaller
 * when the batch size does not divide n (PyTorch's `DataLoader(shuffle=True, drop_last=False)`).
 * With `batchSize >= n` every step is full batch (plain gradient descent), and no shuffling occurs.
 *
 * What is recorded (`history`):
 * - `batchLoss[i]`: the loss on the mini-batch of step i + 1, taken where the optimizer
 *   evaluated the gradient, i.e. before its update (the `loss.item()` of a PyTorch loop). For
 *   `nag` that point is the look-ahead w − μv, not the weights themselves.
 * - `trainLoss[k]`, `testLoss[k]`: the loss on the whole training and test sets after
 *   `epochStep[k]` steps: entry 0 is the initial weights (step 0), then one entry at the end of
 *   every `evaluateEvery`-th epoch (default: every epoch; with full batch an epoch is one step).
 *   `testLoss` stays empty without a test set.
 *
 * A rule (src/engine/rule) trains like a built-in, given prepared (`spec: prepareRule({ name:
 * 'rule', source, params })`: this file does not load the rule language). When
 * the rule's own check stops it (a line gave a non-finite value), the step is undone as below and
 * `diverged.rule` says which line; `kind` is then 'non-finite weight'.
 *
 * Divergence: a step whose batch loss is NaN, infinite or above 1e12 in size, that leaves a
 * weight NaN, infinite or above 1e8 in size, or after which a whole-set loss due for recording is
 * NaN, infinite or above 1e12, stops the trainer: the step is undone (weights, counters and
 * history are those of the step before), and `diverged` says which step and why, in a sentence (`reason`) and as a `kind`.
 * So every number the trainer hands out is finite.
 *
 * Same seed, same options -> the same run, number for number. `side-by-side.ts` trains several
 * optimizers side by side from the same initial weights on the same sequence of mini-batches.
 */
import type { Data } from '../data/index.ts';
import type { MLP } from '../nn/index.ts';
import { createOptimizer } from '../optim/index.ts';
import type { GradFn, InspectableOptimizer, OptimizerSpec } from '../optim/index.ts';
import { createRng } from '../rng/index.ts';
import type { PreparedRule, RuleDivergence, RuleOptimizer } from '../rule/index.ts';

export interface TrainerOptions {
  mlp: MLP;
  /** Training set; its dimensions must match the network's input and output sizes. */
  train: Data;
  /** Held-out set for `testLoss`. Default: none. */
  test?: Data;
  /** A built-in's spec, or a rule prepared by src/engine/rule's `prepareRule`. */
  spec: OptimizerSpec | PreparedRule;
  /** Rows per step. Default `Infinity` (full batch); any value >= `train.n` is full batch. */
  batchSize?: number;
  /** Seed of the initial weights (when `initialParams` is not given) and of the shuffling. Default 0. */
  seed?: number;
  /** Start from these weights (copied) instead of `mlp.init(createRng(seed))`. */
  initialParams?: Float64Array;
  /**
   * Record `trainLoss`/`testLoss` every this many epochs. Default 1. 0: only at step 0 (use
   * `evaluate()` on demand); saves a forward pass over both sets per full-batch step.
   */
  evaluateEvery?: number;
}

export const trainerDefaults = Object.freeze({
  batchSize: Infinity,
  seed: 0,
  evaluateEvery: 1,
  /** Divergence thresholds. */
  maxLoss: 1e12,
  maxWeight: 1e8,
});

export type TrainDivergenceKind = 'non-finite loss' | 'loss too large' | 'non-finite weight' | 'weight too large';

/** Same shape as `RunDivergence` in `run.ts`, plus a machine-readable `kind`. */
export interface TrainDivergence {
  /** 1-based number of the step that blew up (it was undone, so `steps` is `step − 1`); 0 for bad initial weights. */
  readonly step: number;
  /** A sentence for a status line. */
  readonly reason: string;
  readonly kind: TrainDivergenceKind;
  /** For a rule stopped by its own check: the step, line and name that gave a non-finite value. */
  readonly rule?: RuleDivergence;
}

export interface TrainHistory {
  readonly batchLoss: number[];
  readonly epochStep: number[];
  readonly trainLoss: number[];
  readonly testLoss: number[];
}

export interface Trainer {
  readonly mlp: MLP;
  /** Its state is readable (`inspect()`), e.g. the per-weight step a widget shows. */
  readonly optimizer: InspectableOptimizer | RuleOptimizer;
  /** The live weights. Read them (e.g. `mlp.predict(trainer.params, grid, out)`); do not write. */
  readonly params: Float64Array;
  /** Effective batch size: `min(batchSize, train.n)`. */
  readonly batchSize: number;
  readonly stepsPerEpoch: number;
  /** Steps taken so far. */
  readonly steps: number;
  /** Completed epochs. */
  readonly epochs: number;
  /** Null while training is healthy. */
  readonly diverged: TrainDivergence | null;
  /** The record so far (arrays grow in place; `reset()` replaces the object). */
  readonly history: TrainHistory;
  /** One optimizer step. Returns false (and does nothing) once diverged. */
  step(): boolean;
  /** Steps until the current epoch ends (a whole epoch from a fresh start). Returns steps taken. */
  epoch(): number;
  /** Up to `nSteps` steps, fewer if training diverges. Returns steps taken. */
  run(nSteps: number): number;
  /** Mean loss on the whole training and test sets at the current weights. */
  evaluate(): { train: number; test: number | null };
  /** Back to the initial weights, fresh optimizer state, empty history, the same shuffles. */
  reset(): void;
}

function checkData(mlp: MLP, data: Data, name: string): void {
  if (data.inputDim !== mlp.inputDim || data.outputDim !== mlp.outputDim) {
    throw new RangeError(
      `${name} has ${data.inputDim} inputs and ${data.outputDim} outputs but the network ` +
        `has ${mlp.inputDim} and ${mlp.outputDim}`,
    );
  }
}

function explain(kind: TrainDivergenceKind, step: number): string {
  const what = {
    'non-finite loss': 'The loss became infinite or undefined',
    'loss too large': `The loss exceeded ${trainerDefaults.maxLoss.toExponential().replace('+', '')}`,
    'non-finite weight': 'A weight became infinite or undefined',
    'weight too large': `A weight exceeded ${trainerDefaults.maxWeight.toExponential().replace('+', '')} in size`,
  }[kind];
  if (step === 0) return `${what} at the initial weights, before any step.`;
  return `${what} at step ${step}: the learning rate is too large for this network.`;
}

export function createTrainer(options: TrainerOptions): Trainer {
  const { mlp, train, test, spec } = options;
  const seed = options.seed ?? trainerDefaults.seed;
  const requestedBatch = options.batchSize ?? trainerDefaults.batchSize;
  if (!(requestedBatch >= 1) || (Number.isFinite(requestedBatch) && !Number.isInteger(requestedBatch))) {
    throw new RangeError(`batchSize must be a positive integer or Infinity, got ${requestedBatch}`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const evaluateEvery = options.evaluateEvery ?? trainerDefaults.evaluateEvery;
  if (!Number.isInteger(evaluateEvery) || evaluateEvery < 0) {
    throw new RangeError(`evaluateEvery must be an integer >= 0, got ${evaluateEvery}`);
  }
  checkData(mlp, train, 'train');
  if (train.n < 1) throw new RangeError('train must hold at least one row');
  if (test !== undefined) checkData(mlp, test, 'test');
  const hasTest = test !== undefined && test.n > 0;

  const n = train.n;
  const batchSize = Math.min(requestedBatch, n);
  const fullBatch = batchSize === n;
  const stepsPerEpoch = Math.ceil(n / batchSize);
  const inDim = mlp.inputDim;
  const outDim = mlp.outputDim;

  const initial = new Float64Array(mlp.size);
  if (options.initialParams !== undefined) {
    if (options.initialParams.length !== mlp.size) {
      throw new RangeError(`initialParams must have length ${mlp.size}, got ${options.initialParams.length}`);
    }
    initial.set(options.initialParams);
  } else {
    mlp.init(createRng(seed), initial);
  }

  const params = Float64Array.from(initial);
  const backup = new Float64Array(mlp.size);
  const optimizer = createOptimizer(spec, mlp.size);

  // Mini-batch buffers: one for full batches, one for the smaller last batch of an epoch.
  const tail = n % batchSize;
  const batchX = fullBatch ? train.X : new Float64Array(batchSize * inDim);
  const batchY = fullBatch ? train.Y : new Float64Array(batchSize * outDim);
  const tailX = tail > 0 ? new Float64Array(tail * inDim) : batchX;
  const tailY = tail > 0 ? new Float64Array(tail * outDim) : batchY;
  const order = new Int32Array(n);

  let shuffleRng = createRng(seed);
  let cursor = 0;
  let steps = 0;
  let epochs = 0;
  let diverged: TrainDivergence | null = null;
  let history: TrainHistory = { batchLoss: [], epochStep: [], trainLoss: [], testLoss: [] };

  // The gradient callback is created once; it reads the current batch from these variables.
  let currentX = batchX;
  let currentY = batchY;
  let gradCalls = 0;
  let firstLoss = 0;
  const grad: GradFn = (at, out) => {
    const loss = mlp.lossAndGrad(at, currentX, currentY, out);
    if (gradCalls === 0) firstLoss = loss;
    gradCalls++;
  };

  function shuffle(): void {
    for (let i = n - 1; i > 0; i--) {
      const j = shuffleRng.int(i + 1);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
  }

  function fillBatch(rows: number): void {
    currentX = rows === batchSize ? batchX : tailX;
    currentY = rows === batchSize ? batchY : tailY;
    for (let r = 0; r < rows; r++) {
      const src = order[cursor + r]!;
      for (let j = 0; j < inDim; j++) currentX[r * inDim + j] = train.X[src * inDim + j]!;
      for (let j = 0; j < outDim; j++) currentY[r * outDim + j] = train.Y[src * outDim + j]!;
    }
  }

  function lossReason(loss: number): TrainDivergenceKind | null {
    if (!Number.isFinite(loss)) return 'non-finite loss';
    if (Math.abs(loss) > trainerDefaults.maxLoss) return 'loss too large';
    return null;
  }

  function weightReason(): TrainDivergenceKind | null {
    let max = 0;
    for (let i = 0; i < params.length; i++) {
      const a = Math.abs(params[i]!);
      if (!(a <= max)) {
        // NaN also lands here; it ends the scan, or a later weight would replace it as the max.
        max = a;
        if (Number.isNaN(a)) break;
      }
    }
    if (!Number.isFinite(max)) return 'non-finite weight';
    if (max > trainerDefaults.maxWeight) return 'weight too large';
    return null;
  }

  function evaluate(): { train: number; test: number | null } {
    return { train: mlp.loss(params, train.X, train.Y), test: hasTest ? mlp.loss(params, test.X, test.Y) : null };
  }

  /** Whole-set losses at the current weights, or the reason they are unusable. */
  function evaluateChecked(): { train: number; test: number | null } | TrainDivergenceKind {
    const losses = evaluate();
    return lossReason(losses.train) ?? (losses.test === null ? null : lossReason(losses.test)) ?? losses;
  }

  function record(losses: { train: number; test: number | null }): void {
    history.epochStep.push(steps);
    history.trainLoss.push(losses.train);
    if (losses.test !== null) history.testLoss.push(losses.test);
  }

  function stop(kind: TrainDivergenceKind, step: number): false {
    diverged = { step, reason: explain(kind, step), kind };
    return false;
  }

  function start(): void {
    params.set(initial);
    optimizer.reset();
    shuffleRng = createRng(seed ^ 0x5bd1e995);
    for (let i = 0; i < n; i++) order[i] = i;
    cursor = 0;
    steps = 0;
    epochs = 0;
    diverged = null;
    history = { batchLoss: [], epochStep: [], trainLoss: [], testLoss: [] };
    const reason = weightReason();
    if (reason !== null) {
      stop(reason, 0);
      return;
    }
    const losses = evaluateChecked();
    if (typeof losses === 'string') stop(losses, 0);
    else record(losses);
  }

  function step(): boolean {
    if (diverged !== null) return false;
    const rows = Math.min(batchSize, n - cursor);
    if (!fullBatch) {
      if (cursor === 0) shuffle();
      fillBatch(rows);
    }
    backup.set(params);
    gradCalls = 0;
    // A built-in returns nothing; a rule returns false when its own check stopped it.
    const ruleStop = optimizer.step(params, grad) === false && 'diverged' in optimizer ? optimizer.diverged : null;
    if (ruleStop !== null) {
      params.set(backup);
      diverged = { step: steps + 1, reason: ruleStop.reason, kind: 'non-finite weight', rule: ruleStop };
      return false;
    }
    const endOfEpoch = cursor + rows >= n;
    const evaluateNow = endOfEpoch && evaluateEvery > 0 && (epochs + 1) % evaluateEvery === 0;
    let reason = lossReason(firstLoss) ?? weightReason();
    let losses: { train: number; test: number | null } | null = null;
    if (reason === null && evaluateNow) {
      const checked = evaluateChecked();
      if (typeof checked === 'string') reason = checked;
      else losses = checked;
    }
    if (reason !== null) {
      // Undo the step: everything handed out stays finite and describes step `steps`.
      params.set(backup);
      return stop(reason, steps + 1);
    }
    steps++;
    history.batchLoss.push(firstLoss);
    cursor = endOfEpoch ? 0 : cursor + rows;
    if (endOfEpoch) epochs++;
    if (losses !== null) record(losses);
    return true;
  }

  function run(nSteps: number): number {
    let taken = 0;
    while (taken < nSteps && step()) taken++;
    return taken;
  }

  start();

  return {
    mlp,
    optimizer,
    params,
    batchSize,
    stepsPerEpoch,
    get steps() {
      return steps;
    },
    get epochs() {
      return epochs;
    },
    get diverged() {
      return diverged;
    },
    get history() {
      return history;
    },
    step,
    run,
    epoch() {
      const start = steps;
      const target = epochs + 1;
      while (epochs < target && step());
      return steps - start;
    },
    evaluate,
    reset: start,
  };
}
