/**
 * Weight decay and the learning-rate schedule as per-optimizer settings (beside the other
 * hyperparameters of `optimizer-settings.ts`): their ranges (the controls' and the clamps applied
 * to links and authors' props), the values a schedule starts from when the reader picks it, and
 * their compact form in a link: `wd=0.01,sch=cosine,T=300,min=0`.
 *
 * A setting holds the chosen schedule with every field it uses filled in (the engine's
 * `ResolvedSchedule` shape), so the controls always show numbers and the engine gets a valid spec.
 */
import { scheduleDefaults, scheduleNames } from '../../../src/engine/optim/index.ts';
import type { ResolvedSchedule, ScheduleName } from '../../../src/engine/optim/index.ts';
import type { Locale } from '../../../src/i18n/locales.ts';

export type ScheduleSetting = ResolvedSchedule;
export type ScheduleField = 'stepSize' | 'gamma' | 'tMax' | 'minLr' | 'warmupSteps' | 'startFactor';

/** The fields each schedule reads, in the order the controls show them. */
export const scheduleFields: Readonly<Record<ScheduleName, readonly ScheduleField[]>> = Object.freeze({
  constant: [],
  step: ['stepSize', 'gamma'],
  exponential: ['gamma'],
  cosine: ['tMax', 'minLr'],
  warmup: ['warmupSteps', 'startFactor'],
  'warmup-cosine': ['warmupSteps', 'tMax', 'startFactor', 'minLr'],
});

interface Range {
  min: number;
  max: number;
  /** The slider's step (1 for a whole number of steps). */
  step: number;
  /** The field's name in a link. */
  short: string;
}

/**
 * Ranges of the controls. Step counts reach the Trainer's longest run (20,000 steps); `gamma` stays
 * at most 1 (a schedule that grows the rate is not one the course teaches), `minLr` at most 1.
 */
export const scheduleRanges: Readonly<Record<ScheduleField, Range>> = Object.freeze({
  stepSize: { min: 1, max: 5000, step: 1, short: 'ss' },
  gamma: { min: 0.01, max: 1, step: 0.001, short: 'sg' },
  tMax: { min: 2, max: 20000, step: 1, short: 'T' },
  minLr: { min: 0, max: 1, step: 0.0001, short: 'min' },
  warmupSteps: { min: 1, max: 5000, step: 1, short: 'W' },
  startFactor: { min: 0.01, max: 1, step: 0.01, short: 'f' },
});

/** Weight decay λ (PyTorch's `weight_decay`): 0 to 1 in steps of 0.001; `wd` in a link. */
export const weightDecayRange: Range = Object.freeze({ min: 0, max: 1, step: 0.001, short: 'wd' });

/** The controls' words per language. */
export const scheduleLabels = Object.freeze({
  en: Object.freeze({
    weightDecay: 'weight decay λ',
    schedule: 'schedule',
    names: {
      constant: 'constant',
      step: 'step',
      exponential: 'exponential',
      cosine: 'cosine',
      warmup: 'warm-up',
      'warmup-cosine': 'warm-up + cosine',
    },
    fields: {
      stepSize: 'step size s',
      gamma: 'factor γ',
      tMax: 'length T',
      minLr: 'final rate η_min',
      warmupSteps: 'warm-up W',
      startFactor: 'start factor f',
    },
  }),
  'zh-cn': Object.freeze({
    weightDecay: '权重衰减 λ',
    schedule: '学习率调度',
    names: {
      constant: '恒定',
      step: '阶梯',
      exponential: '指数',
      cosine: '余弦',
      warmup: '预热',
      'warmup-cosine': '预热 + 余弦',
    },
    fields: {
      stepSize: '步长 s',
      gamma: '衰减因子 γ',
      tMax: '长度 T',
      minLr: '最终学习率 η_min',
      warmupSteps: '预热步数 W',
      startFactor: '起始因子 f',
    },
  }),
} satisfies Record<
  Locale,
  { weightDecay: string; schedule: string; names: Record<ScheduleName, string>; fields: Record<ScheduleField, string> }
>);

const clamp = (range: Range, v: number) => {
  const inside = Math.min(range.max, Math.max(range.min, v));
  return range.step === 1 ? Math.round(inside) : inside;
};

/** `value` clamped (and, for step counts, rounded) into the range of `field`. */
export const clampField = (field: ScheduleField | 'weightDecay', v: number): number =>
  clamp(field === 'weightDecay' ? weightDecayRange : scheduleRanges[field], v);

/**
 * The schedule `name` as the reader first sees it, for a widget whose runs are about `horizon`
 * steps long: PyTorch's defaults where it has them (`gamma` 0.1 for step, `startFactor` 1/3,
 * `minLr` 0), and lengths that fit the run (a cosine over the whole run, a warm-up over 1/20 of it).
 */
export function defaultSchedule(name: ScheduleName, horizon: number): ScheduleSetting {
  const length = clampField('tMax', horizon);
  const warmupSteps = clampField('warmupSteps', Math.min(length - 1, Math.max(1, Math.round(horizon / 20))));
  const { startFactor, minLr } = scheduleDefaults;
  switch (name) {
    case 'constant':
      return { name };
    case 'step':
      return {
        name,
        stepSize: clampField('stepSize', Math.max(1, Math.round(horizon / 3))),
        gamma: scheduleDefaults.gamma,
      };
    case 'exponential':
      return { name, gamma: 0.99 };
    case 'cosine':
      return { name, tMax: length, minLr };
    case 'warmup':
      return { name, warmupSteps, startFactor };
    case 'warmup-cosine':
      return { name, warmupSteps, tMax: length, startFactor, minLr };
  }
}

/** Reads one field of a schedule (0 when the schedule has no such field). */
export const fieldOf = (schedule: ScheduleSetting, field: ScheduleField): number =>
  (schedule as unknown as Partial<Record<ScheduleField, number>>)[field] ?? 0;

/**
 * `schedule` with `patch` applied, clamped; for warm-up + cosine, T is kept above W (the engine
 * needs T > W) by moving the field that was not changed.
 */
export function patchSchedule(
  schedule: ScheduleSetting,
  patch: Partial<Record<ScheduleField, number | undefined>>,
): ScheduleSetting {
  const out = { ...schedule } as Record<string, unknown>;
  for (const field of scheduleFields[schedule.name]) {
    const v = patch[field];
    if (v !== undefined) out[field] = clampField(field, v);
  }
  if (schedule.name === 'warmup-cosine') {
    const w = out['warmupSteps'] as number;
    const t = out['tMax'] as number;
    if (t <= w) {
      if (patch.tMax !== undefined) out['warmupSteps'] = Math.max(1, t - 1);
      else out['tMax'] = clampField('tMax', w + 1);
    }
  }
  return out as unknown as ScheduleSetting;
}

/** The schedule's link fields: `sch=cosine,T=300,min=0` (`sch=constant` for none). */
export function encodeSchedule(schedule: ScheduleSetting): string[] {
  return [
    `sch=${schedule.name}`,
    ...scheduleFields[schedule.name].map(
      (f) => `${scheduleRanges[f].short}=${Number(fieldOf(schedule, f).toPrecision(6))}`,
    ),
  ];
}

/** The link field names that belong to the schedule (`sch` and each field's short name). */
export const scheduleShorts: ReadonlySet<string> = new Set([
  'sch',
  ...Object.values(scheduleRanges).map((r) => r.short),
]);
const shortToField = new Map<string, ScheduleField>(
  Object.entries(scheduleRanges).map(([field, r]) => [r.short, field as ScheduleField]),
);

export const isScheduleName = (name: string): name is ScheduleName =>
  (scheduleNames as readonly string[]).includes(name);

/** What went wrong in a link's schedule fields, for `decodeSchedule`'s caller to word. */
export type ScheduleProblem =
  | { kind: 'badName'; raw: string; using: ScheduleName }
  | { kind: 'noField'; raw: string }
  | { kind: 'notNumber'; short: string; raw: string; using: number }
  | { kind: 'outside'; short: string; raw: string; min: number; max: number; using: number };

/**
 * Reads a link's schedule fields (`[short, value]` pairs in link order) on top of `current`:
 * `sch` picks the schedule (from `defaultSchedule(name, horizon)`, whatever its place among the
 * fields), then each field is read and clamped. A field the chosen schedule does not read, a bad
 * name or a bad number is reported and ignored.
 */
export function decodeSchedule(
  pairs: readonly (readonly [string, string])[],
  current: ScheduleSetting,
  horizon: number,
): { schedule: ScheduleSetting; problems: ScheduleProblem[] } {
  const problems: ScheduleProblem[] = [];
  let schedule = current;
  const named = pairs.find(([short]) => short === 'sch');
  if (named) {
    if (isScheduleName(named[1])) schedule = named[1] === current.name ? current : defaultSchedule(named[1], horizon);
    else problems.push({ kind: 'badName', raw: named[1], using: current.name });
  }
  for (const [short, raw] of pairs) {
    if (short === 'sch') continue;
    const field = shortToField.get(short);
    if (field === undefined || !scheduleFields[schedule.name].includes(field)) {
      problems.push({ kind: 'noField', raw: short });
      continue;
    }
    const number = raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(number)) {
      problems.push({ kind: 'notNumber', short, raw, using: fieldOf(schedule, field) });
      continue;
    }
    const fixed = clampField(field, number);
    if (fixed !== number) {
      const r = scheduleRanges[field];
      problems.push({ kind: 'outside', short, raw, min: r.min, max: r.max, using: fixed });
    }
    schedule = patchSchedule(schedule, { [field]: fixed });
  }
  return { schedule, problems };
}
