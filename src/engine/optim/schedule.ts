/**
 * Learning-rate schedules: the learning rate alpha_k that step k (k = 1, 2, ...) uses is
 * eta(k - 1), with i = k - 1 counted from 0 and alpha the spec's `lr`:
 *
 * $$
 * \begin{aligned}
 * \text{constant:}\quad & \eta(i) = \alpha \\
 * \text{step:}\quad & \eta(i) = \alpha\, \gamma^{\lfloor i / s \rfloor} \\
 * \text{exponential:}\quad & \eta(i) = \alpha\, \gamma^{i} \\
 * \text{cosine:}\quad & \eta(i) = \eta_{\min} + (\alpha - \eta_{\min})\, \tfrac{1}{2}\bigl(1 + \cos(\pi i / T)\bigr) \\
 * \text{warmup:}\quad & \eta(i) = \alpha \bigl(f + (1 - f) \min(i, W) / W\bigr) \\
 * \text{warmup-cosine:}\quad & \eta(i) = \begin{cases}
 *   \alpha \bigl(f + (1 - f)\, i / W\bigr) & i < W \\
 *   \eta_{\min} + (\alpha - \eta_{\min})\, \tfrac{1}{2}\bigl(1 + \cos(\pi (i - W) / (T - W))\bigr) & i \ge W
 * \end{cases}
 * \end{aligned}
 * $$
 *
 * PyTorch. "Step k uses eta(k - 1)" is what `scheduler.step()` called after each
 * `optimizer.step()` gives. These are the closed forms (PyTorch's `_get_closed_form_lr`); the
 * schedulers' own `get_lr()` multiply the previous rate by a factor each step, which agrees to
 * rounding (tests/golden: within 1e-12 over 200 steps). `step` is `StepLR(step_size=s, gamma)`,
 * `exponential` is `ExponentialLR(gamma)`, `cosine` is `CosineAnnealingLR(T_max=T, eta_min)`,
 * `warmup` is `LinearLR(start_factor=f, end_factor=1, total_iters=W)`, and `warmup-cosine` is
 * `SequentialLR([LinearLR(f, 1, W), CosineAnnealingLR(T - W, eta_min)], milestones=[W])`.
 * Like `CosineAnnealingLR`, the cosine does not stop at T: past T it climbs back towards alpha
 * (period 2T, or 2(T - W)); run at most T steps for a single decay.
 *
 * Fields and defaults (PyTorch's where it has one): `step`: `stepSize` = s (an integer >= 1,
 * required), `gamma` = 0.1. `exponential`: `gamma` (> 0, required). `cosine`: `tMax` = T (an
 * integer >= 1, required), `minLr` = eta_min = 0. `warmup`: `warmupSteps` = W = 5 (an integer
 * >= 1), `startFactor` = f = 1/3 (in (0, 1]). `warmup-cosine`: `warmupSteps` (required), `tMax`
 * (required, > W), `startFactor` = 1/3, `minLr` = 0. An unknown name or a bad field throws a
 * `RangeError` naming the field (`schedule.gamma must ...`).
 */
import { cos } from '../math/index.ts';

export type ScheduleSpec =
  | { name: 'constant' }
  | { name: 'step'; stepSize: number; gamma?: number }
  | { name: 'exponential'; gamma: number }
  | { name: 'cosine'; tMax: number; minLr?: number }
  | { name: 'warmup'; warmupSteps?: number; startFactor?: number }
  | { name: 'warmup-cosine'; warmupSteps: number; tMax: number; startFactor?: number; minLr?: number };

export type ScheduleName = ScheduleSpec['name'];

/** A schedule with every field filled in and validated. */
export type ResolvedSchedule = Readonly<
  ScheduleSpec extends infer S ? (S extends ScheduleSpec ? Required<S> : never) : never
>;

/** The schedule names, in order of appearance above. */
export const scheduleNames: readonly ScheduleName[] = Object.freeze([
  'constant',
  'step',
  'exponential',
  'cosine',
  'warmup',
  'warmup-cosine',
]);

/** The default of each optional field (PyTorch's, where it has one). */
export const scheduleDefaults = Object.freeze({ gamma: 0.1, minLr: 0, warmupSteps: 5, startFactor: 1 / 3 });

/** The schedule a spec without one gets. */
export const constantSchedule: ResolvedSchedule = Object.freeze({ name: 'constant' });

/** The LaTeX of the formulas above, one `aligned` row per schedule (for a chapter to render). */
export const scheduleLatex = String.raw`\begin{aligned}
\text{constant:}\quad & \eta(i) = \alpha \\
\text{step:}\quad & \eta(i) = \alpha\, \gamma^{\lfloor i / s \rfloor} \\
\text{exponential:}\quad & \eta(i) = \alpha\, \gamma^{i} \\
\text{cosine:}\quad & \eta(i) = \eta_{\min} + (\alpha - \eta_{\min})\, \tfrac{1}{2}\bigl(1 + \cos(\pi i / T)\bigr) \\
\text{warmup:}\quad & \eta(i) = \alpha \bigl(f + (1 - f) \min(i, W) / W\bigr) \\
\text{warmup-cosine:}\quad & \eta(i) = \begin{cases}
  \alpha \bigl(f + (1 - f)\, i / W\bigr) & i < W \\
  \eta_{\min} + (\alpha - \eta_{\min})\, \tfrac{1}{2}\bigl(1 + \cos(\pi (i - W) / (T - W))\bigr) & i \ge W
\end{cases}
\end{aligned}`;

function fail(field: string, rule: string, value: unknown): never {
  throw new RangeError(`schedule.${field} must be ${rule}, got ${String(value)}`);
}

function positiveInteger(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) fail(field, 'an integer >= 1', value);
  return value;
}

function positive(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(field, 'a finite number > 0', value);
  return value;
}

function nonNegative(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(field, 'a finite number >= 0', value);
  return value;
}

function factor(field: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) fail(field, 'a number in (0, 1]', value);
  return value;
}

/** Validates `schedule` and fills in its optional fields; `undefined` is the constant schedule. */
export function resolveSchedule(schedule: ScheduleSpec | undefined): ResolvedSchedule {
  if (schedule === undefined) return constantSchedule;
  if (typeof schedule !== 'object' || schedule === null) fail('name', `one of ${scheduleNames.join(', ')}`, schedule);
  // Absent and explicitly undefined fields both take the default.
  const s = schedule as Partial<Record<string, unknown>>;
  const or = <T>(value: unknown, fallback: T) => (value === undefined ? fallback : value);
  const d = scheduleDefaults;
  switch (s.name) {
    case 'constant':
      return constantSchedule;
    case 'step':
      return Object.freeze({
        name: 'step',
        stepSize: positiveInteger('stepSize', s.stepSize),
        gamma: positive('gamma', or(s.gamma, d.gamma)),
      });
    case 'exponential':
      return Object.freeze({ name: 'exponential', gamma: positive('gamma', s.gamma) });
    case 'cosine':
      return Object.freeze({
        name: 'cosine',
        tMax: positiveInteger('tMax', s.tMax),
        minLr: nonNegative('minLr', or(s.minLr, d.minLr)),
      });
    case 'warmup':
      return Object.freeze({
        name: 'warmup',
        warmupSteps: positiveInteger('warmupSteps', or(s.warmupSteps, d.warmupSteps)),
        startFactor: factor('startFactor', or(s.startFactor, d.startFactor)),
      });
    case 'warmup-cosine': {
      const warmupSteps = positiveInteger('warmupSteps', s.warmupSteps);
      const tMax = positiveInteger('tMax', s.tMax);
      if (tMax <= warmupSteps) fail('tMax', `greater than warmupSteps (${warmupSteps})`, tMax);
      return Object.freeze({
        name: 'warmup-cosine',
        warmupSteps,
        tMax,
        startFactor: factor('startFactor', or(s.startFactor, d.startFactor)),
        minLr: nonNegative('minLr', or(s.minLr, d.minLr)),
      });
    }
    default:
      return fail('name', `one of ${scheduleNames.join(', ')}`, s.name);
  }
}

/** eta_min + (alpha - eta_min) (1 + cos(pi i / T)) / 2. */
function cosine(lr: number, minLr: number, i: number, tMax: number): number {
  return minLr + ((lr - minLr) * (1 + cos((Math.PI * i) / tMax))) / 2;
}

const kinds = { constant: 0, step: 1, exponential: 2, cosine: 3, warmup: 4, 'warmup-cosine': 5 } as const;

/**
 * A schedule as plain numbers, one shape for every kind, so that `scheduleValue` is a single
 * monomorphic function (a closure per kind made each optimizer's step call site polymorphic,
 * which cost more than the arithmetic).
 */
export interface CompiledSchedule {
  readonly kind: number;
  readonly lr: number;
  readonly gamma: number;
  readonly stepSize: number;
  readonly tMax: number;
  readonly minLr: number;
  readonly warmupSteps: number;
  readonly startFactor: number;
}

/** The numbers `scheduleValue` needs for a resolved schedule and base learning rate `lr`. */
export function compileSchedule(schedule: ResolvedSchedule, lr: number): CompiledSchedule {
  const s = schedule as unknown as Partial<Record<string, number>>;
  return Object.freeze({
    kind: kinds[schedule.name],
    lr,
    gamma: s.gamma ?? 1,
    stepSize: s.stepSize ?? 1,
    tMax: s.tMax ?? 1,
    minLr: s.minLr ?? 0,
    warmupSteps: s.warmupSteps ?? 1,
    startFactor: s.startFactor ?? 1,
  });
}

/** eta(i), the rate step i + 1 uses (see the top of this file). Called once per step, allocation-free. */
export function scheduleValue(c: CompiledSchedule, i: number): number {
  switch (c.kind) {
    case 1:
      return c.lr * Math.pow(c.gamma, Math.floor(i / c.stepSize));
    case 2:
      return c.lr * Math.pow(c.gamma, i);
    case 3:
      return cosine(c.lr, c.minLr, i, c.tMax);
    case 4:
      return c.lr * (c.startFactor + ((1 - c.startFactor) * Math.min(i, c.warmupSteps)) / c.warmupSteps);
    case 5:
      return i < c.warmupSteps
        ? c.lr * (c.startFactor + ((1 - c.startFactor) * i) / c.warmupSteps)
        : cosine(c.lr, c.minLr, i - c.warmupSteps, c.tMax - c.warmupSteps);
    default:
      return c.lr;
  }
}
