/**
 * The optimizer table. Widgets and chapters name an optimizer by string (`'adam'`), and
 * `createOptimizer` turns a spec into a running optimizer:
 *
 * ```ts
 * const opt = createOptimizer({ name: 'adam', lr: 0.01 }, 2);
 * const w = Float64Array.of(-1.2, 1);
 * for (let i = 0; i < 100; i++) opt.step(w, rosenbrock.grad);
 * opt.inspect().mHat; // Adam's bias-corrected first moment after step 100
 * ```
 *
 * Filling the spec. `spec` on the returned optimizer has every field: what the caller gave, else
 * the named optimizer's default (its file's `defaults`), else, for a field the optimizer does not
 * use, the registry-wide value in `unusedFieldDefaults` (so an SGD's `spec.beta2` is 0.999 and
 * means nothing). `optimizerDefaults[name]` is that filled spec for each name.
 *
 * Validation (`RangeError`, message starting with the field's name), for every field given, used
 * or not: `name` unknown; `lr` not finite or <= 0; `momentum`, `decay`, `beta1`, `beta2` not a
 * number in [0, 1) (NaN fails); `eps` not finite or <= 0; `biasCorrection` not a boolean;
 * `weightDecay` not finite or < 0; `schedule` unknown or with a bad field (`schedule.<field>`, see
 * `schedule.ts`); `size` not a positive integer.
 *
 * `optimizerNames` lists every optimizer, AdamW included; `classicOptimizerNames` the six the
 * course's widgets offer (AdamW joins them when a chapter introduces it).
 */
import * as adagrad from './adagrad.ts';
import * as adam from './adam.ts';
import * as adamw from './adamw.ts';
import * as momentum from './momentum.ts';
import * as nag from './nag.ts';
import * as rmsprop from './rmsprop.ts';
import { compileSchedule, constantSchedule, resolveSchedule, scheduleValue } from './schedule.ts';
import * as sgd from './sgd.ts';
import type {
  ClassicOptimizerName,
  InspectableOptimizer,
  OptimizerName,
  OptimizerSpec,
  ResolvedSpec,
} from './types.ts';
// Types only: erased from the build, so the table of built-ins does not load the rule language.
import type { PreparedRule, RuleOptimizer } from '../rule/index.ts';

export type {
  ClassicOptimizerName,
  GradFn,
  InspectableOptimizer,
  Optimizer,
  OptimizerName,
  OptimizerSpec,
  OptimizerState,
  ResolvedSpec,
  StateKey,
} from './types.ts';
export { stateKeys } from './types.ts';
export type { ResolvedSchedule, ScheduleName, ScheduleSpec } from './schedule.ts';
export { scheduleDefaults, scheduleLatex, scheduleNames } from './schedule.ts';
export { latexWithoutBiasCorrection as adamLatexWithoutBiasCorrection } from './adam.ts';

const factories: Readonly<Record<OptimizerName, (spec: ResolvedSpec, size: number) => InspectableOptimizer>> = {
  sgd: sgd.createSgd,
  momentum: momentum.createMomentum,
  nag: nag.createNag,
  adagrad: adagrad.createAdagrad,
  rmsprop: rmsprop.createRmsprop,
  adam: adam.createAdam,
  adamw: adamw.createAdamw,
};

/** The six optimizers the widgets offer, in the order the course introduces them. */
export const classicOptimizerNames: readonly ClassicOptimizerName[] = Object.freeze([
  'sgd',
  'momentum',
  'nag',
  'adagrad',
  'rmsprop',
  'adam',
]);

/** All optimizer names: the six, then AdamW. */
export const optimizerNames: readonly OptimizerName[] = Object.freeze([...classicOptimizerNames, 'adamw']);

export function isClassicOptimizerName(name: unknown): name is ClassicOptimizerName {
  return isOptimizerName(name) && name !== 'adamw';
}

/** Display names. */
export const optimizerTitles: Readonly<Record<OptimizerName, string>> = Object.freeze({
  sgd: 'Gradient descent',
  momentum: 'Momentum',
  nag: 'Nesterov (NAG)',
  adagrad: 'Adagrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
  adamw: 'AdamW',
});

/** Each update rule as KaTeX source (an `aligned` block): exactly what the code runs. */
export const optimizerLatex: Readonly<Record<OptimizerName, string>> = Object.freeze({
  sgd: sgd.latex,
  momentum: momentum.latex,
  nag: nag.latex,
  adagrad: adagrad.latex,
  rmsprop: rmsprop.latex,
  adam: adam.latex,
  adamw: adamw.latex,
});

/**
 * Values for the fields an optimizer does not use, so that every filled spec is complete. They
 * are the common defaults of the optimizers that do use them; no optimizer reads them.
 */
export const unusedFieldDefaults = Object.freeze({
  lr: 0.01,
  momentum: 0.9,
  decay: 0.99,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  biasCorrection: true,
});

/** The full default spec of each optimizer (its file's `defaults`, the rest filled as above). */
export const optimizerDefaults: Readonly<Record<OptimizerName, ResolvedSpec>> = Object.freeze({
  sgd: filled('sgd', sgd.defaults),
  momentum: filled('momentum', momentum.defaults),
  nag: filled('nag', nag.defaults),
  adagrad: filled('adagrad', adagrad.defaults),
  rmsprop: filled('rmsprop', rmsprop.defaults),
  adam: filled('adam', adam.defaults),
  adamw: filled('adamw', adamw.defaults),
});

function filled(
  name: OptimizerName,
  defaults: Partial<OptimizerSpec> & { lr: number; weightDecay: number },
): ResolvedSpec {
  return Object.freeze({ ...unusedFieldDefaults, ...defaults, schedule: constantSchedule, name });
}

export function isOptimizerName(name: unknown): name is OptimizerName {
  return typeof name === 'string' && Object.hasOwn(factories, name);
}

function checkPositive(field: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${field} must be a finite number > 0, got ${String(value)}`);
  }
}

function checkUnitInterval(field: string, value: unknown): void {
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) {
    throw new RangeError(`${field} must be a number in [0, 1), got ${String(value)}`);
  }
}

/**
 * Validates `spec` and fills in its missing fields (see the top of this file). Throws a
 * `RangeError` naming the first invalid field.
 */
export function resolveSpec(spec: OptimizerSpec): ResolvedSpec {
  const { name } = spec;
  if (!isOptimizerName(name)) {
    throw new RangeError(`name must be one of ${optimizerNames.join(', ')}; got ${String(name)}`);
  }
  // A field explicitly set to undefined counts as absent.
  const given = Object.fromEntries(Object.entries(spec).filter(([, value]) => value !== undefined));
  const filled = { ...optimizerDefaults[name], ...given } as Required<OptimizerSpec>;
  checkPositive('lr', spec.lr);
  for (const field of ['momentum', 'decay', 'beta1', 'beta2'] as const) checkUnitInterval(field, filled[field]);
  checkPositive('eps', filled.eps);
  if (typeof filled.biasCorrection !== 'boolean') {
    throw new RangeError(`biasCorrection must be true or false, got ${String(filled.biasCorrection)}`);
  }
  const { weightDecay } = filled;
  if (typeof weightDecay !== 'number' || !Number.isFinite(weightDecay) || weightDecay < 0) {
    throw new RangeError(`weightDecay must be a finite number >= 0, got ${String(weightDecay)}`);
  }
  return Object.freeze({ ...filled, schedule: resolveSchedule(spec.schedule) });
}

/**
 * The learning rate step k (k = 1, 2, ...) of `spec` uses: its schedule at k - 1 (see
 * `schedule.ts`). For drawing a schedule; an optimizer computes the same values as it steps.
 */
export function scheduledLr(spec: OptimizerSpec, k: number): number {
  const { lr, schedule } = resolveSpec(spec);
  return scheduleValue(compileSchedule(schedule, lr), k - 1);
}

/**
 * A fresh optimizer for `size` parameters (t = 0, all buffers zero). `spec` is validated and
 * filled (see the top of this file); the result also exposes its state through `inspect()`.
 * An update rule the reader wrote (src/engine/rule) comes prepared: `prepareRule({ name: 'rule',
 * source, params })` from the rule package has parsed it and checked its params (a bad source
 * throws its `RuleError` there), and this entry point only makes the optimizer. The caller that
 * runs a rule imports the rule language; this file does not, so a page that runs only built-ins
 * does not load the rule's parser and compiler (about 9 KB gzipped).
 */
export function createOptimizer(spec: PreparedRule, size: number): RuleOptimizer;
export function createOptimizer(spec: OptimizerSpec, size: number): InspectableOptimizer;
export function createOptimizer(spec: OptimizerSpec | PreparedRule, size: number): InspectableOptimizer | RuleOptimizer;
export function createOptimizer(
  spec: OptimizerSpec | PreparedRule,
  size: number,
): InspectableOptimizer | RuleOptimizer {
  if (spec.name === 'rule') {
    // A bare `{ name: 'rule', source }` (no `create`) was the old form: say what to do instead.
    if (typeof (spec as Partial<PreparedRule>).create !== 'function') {
      throw new TypeError(`a rule must be prepared first: pass prepareRule(spec) from src/engine/rule`);
    }
    return spec.create(size);
  }
  const resolved = resolveSpec(spec);
  if (!Number.isSafeInteger(size) || size <= 0) {
    throw new RangeError(`size must be a positive integer, got ${String(size)}`);
  }
  return factories[resolved.name](resolved, size);
}
