/**
 * Per-optimizer settings (which optimizers run, and each one's hyperparameters, weight decay and
 * learning-rate schedule) and their compact form in a link:
 * `sgd:lr=0.002;adam:lr=0.05,b1=0.9,b2=0.999,eps=1e-8,bc=1,wd=0.01,sch=cosine,T=300,min=0`.
 * Reading a link never trusts it: unknown names or fields are dropped, numbers are clamped to the
 * slider ranges, and each fix produces a sentence for the reader. Weight decay and the schedule
 * are written only when they differ from the widget's base, so the links written before they
 * existed are the links written now for the same view, and they keep their meaning.
 */
import { isOptimizerName, optimizerDefaults, optimizerNames, scheduleNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName, OptimizerSpec, ScheduleName } from '../../../src/engine/optim/index.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import {
  clampField,
  decodeSchedule,
  defaultSchedule,
  encodeSchedule,
  patchSchedule,
  scheduleShorts,
  weightDecayRange,
} from './schedule-settings.ts';
import type { ScheduleField, ScheduleProblem, ScheduleSetting } from './schedule-settings.ts';

export type HyperKey = 'lr' | 'momentum' | 'decay' | 'beta1' | 'beta2' | 'eps';

export interface OptimizerSetting {
  lr: number;
  momentum: number;
  decay: number;
  beta1: number;
  beta2: number;
  eps: number;
  biasCorrection: boolean;
  /** λ, PyTorch's `weight_decay` (decoupled for AdamW). */
  weightDecay: number;
  schedule: ScheduleSetting;
}

export type Settings = Record<OptimizerName, OptimizerSetting>;

/** How long a run of the widget is, about (the Race's steps): the lengths a schedule starts from. */
export const defaultHorizon = 300;

/** The sliders' labels per language (`hyperLabels[locale][key]`); English equals `hyperRanges[key].label`. */
export const hyperLabels: Readonly<Record<Locale, Readonly<Record<HyperKey, string>>>> = Object.freeze({
  en: Object.freeze({ lr: 'Learning rate α', momentum: 'Momentum μ', decay: 'Decay γ', beta1: 'β₁', beta2: 'β₂', eps: 'ε' }),
  'zh-cn': Object.freeze({ lr: '学习率 α', momentum: '动量系数 μ', decay: '衰减率 γ', beta1: 'β₁', beta2: 'β₂', eps: 'ε' }),
});

/** Slider ranges (also the clamps applied to links and authors' props). `label` is English: see `hyperLabels`. */
export const hyperRanges: Readonly<Record<HyperKey, { min: number; max: number; log: boolean; label: string; short: string }>> = Object.freeze({
  lr: { min: 1e-4, max: 10, log: true, label: hyperLabels.en.lr, short: 'lr' },
  momentum: { min: 0, max: 0.99, log: false, label: hyperLabels.en.momentum, short: 'mu' },
  decay: { min: 0, max: 0.999, log: false, label: hyperLabels.en.decay, short: 'g' },
  beta1: { min: 0, max: 0.99, log: false, label: hyperLabels.en.beta1, short: 'b1' },
  beta2: { min: 0.5, max: 0.9999, log: false, label: hyperLabels.en.beta2, short: 'b2' },
  eps: { min: 1e-10, max: 1, log: true, label: hyperLabels.en.eps, short: 'eps' },
});

const optMessagesEn = {
  tooLong: 'Link parameter opt is too long; using the default optimizers.',
  notOptimizer: (raw: string, names: readonly string[]) => `Link parameter opt: ${raw} is not an optimizer (use ${names.join(', ')}); ignored.`,
  twice: (name: string) => `Link parameter opt lists ${name} twice; the first one is used.`,
  badBc: (name: string, raw: string, using: number) =>
    `Link parameter opt: ${name} bc=${raw} is not 1 or 0; using ${using}.`,
  noSetting: (name: string, raw: string) => `Link parameter opt: ${name} has no setting ${raw}; ignored.`,
  notNumber: (name: string, short: string, raw: string, using: number) => `Link parameter opt: ${name} ${short}=${raw} is not a usable number; using ${using}.`,
  outside: (name: string, short: string, raw: string, min: number, max: number, using: number) =>
    `Link parameter opt: ${name} ${short}=${raw} is outside ${min} to ${max}; using ${using}.`,
  none: 'Link parameter opt names no usable optimizer; using the default ones.',
  badSchedule: (name: string, raw: string, names: readonly string[], using: string) =>
    `Link parameter opt: ${name} sch=${raw} is not a schedule (use ${names.join(', ')}); using ${using}.`,
};

/** What `decodeOptimizers` says about a link's `opt` parameter, per language. */
const optMessages: Readonly<Record<Locale, typeof optMessagesEn>> = {
  en: optMessagesEn,
  'zh-cn': {
    tooLong: '链接参数 opt 太长，改用默认的优化器。',
    notOptimizer: (raw, names) => `链接参数 opt：${raw} 不是优化器（可用的有 ${names.join('、')}），已忽略。`,
    twice: (name) => `链接参数 opt 把 ${name} 列了两次，只采用第一次。`,
    badBc: (name, raw, using) => `链接参数 opt：${name} bc=${raw} 不是 1 或 0，改用 ${using}。`,
    noSetting: (name, raw) => `链接参数 opt：${name} 没有名为 ${raw} 的设置，已忽略。`,
    notNumber: (name, short, raw, using) => `链接参数 opt：${name} ${short}=${raw} 不是可用的数，改用 ${using}。`,
    outside: (name, short, raw, min, max, using) => `链接参数 opt：${name} ${short}=${raw} 超出了 ${min} 到 ${max} 的范围，改用 ${using}。`,
    none: '链接参数 opt 没有给出任何可用的优化器，改用默认的优化器。',
    badSchedule: (name, raw, names, using) =>
      `链接参数 opt：${name} sch=${raw} 不是学习率调度（可用的有 ${names.join('、')}），改用 ${using}。`,
  },
};

/** The hyperparameters each optimizer reads (bias correction is Adam's extra switch). */
export const hyperOf: Readonly<Record<OptimizerName, readonly HyperKey[]>> = Object.freeze({
  sgd: ['lr'],
  momentum: ['lr', 'momentum'],
  nag: ['lr', 'momentum'],
  adagrad: ['lr', 'eps'],
  rmsprop: ['lr', 'decay', 'eps'],
  adam: ['lr', 'beta1', 'beta2', 'eps'],
  adamw: ['lr', 'beta1', 'beta2', 'eps'],
});

/** Adam and AdamW have the bias-correction switch (`bc` in a link). */
export const hasBiasCorrection = (name: OptimizerName): boolean => name === 'adam' || name === 'adamw';

/** Engine defaults for every optimizer, with learning rates replaced by `lrs`. */
export function defaultSettings(lrs: Partial<Record<OptimizerName, number>> = {}): Settings {
  const out = {} as Settings;
  for (const name of optimizerNames) {
    const d = optimizerDefaults[name];
    out[name] = {
      lr: lrs[name] ?? d.lr,
      momentum: d.momentum,
      decay: d.decay,
      beta1: d.beta1,
      beta2: d.beta2,
      eps: d.eps,
      biasCorrection: d.biasCorrection,
      weightDecay: d.weightDecay,
      schedule: { name: 'constant' },
    };
  }
  return out;
}

/** The engine spec for one optimizer's setting. */
export function specOf(name: OptimizerName, s: OptimizerSetting): OptimizerSpec {
  return {
    name,
    lr: s.lr,
    momentum: s.momentum,
    decay: s.decay,
    beta1: s.beta1,
    beta2: s.beta2,
    eps: s.eps,
    biasCorrection: s.biasCorrection,
    weightDecay: s.weightDecay,
    schedule: s.schedule,
  };
}

const sameSchedule = (a: ScheduleSetting, b: ScheduleSetting) => JSON.stringify(a) === JSON.stringify(b);

const clampTo = (key: HyperKey, v: number) => Math.min(hyperRanges[key].max, Math.max(hyperRanges[key].min, v));

/**
 * Writes the selected optimizers and their relevant settings, in the course's order. Weight decay
 * and the schedule are written when they differ from `base` (the settings a link is read on top
 * of; without it, the engine's defaults).
 */
export function encodeOptimizers(
  selected: readonly OptimizerName[],
  settings: Settings,
  base: Settings = defaultSettings(),
): string {
  return optimizerNames
    .filter((name) => selected.includes(name))
    .map((name) => {
      const s = settings[name];
      const fields = hyperOf[name].map((key) => `${hyperRanges[key].short}=${Number(s[key].toPrecision(6))}`);
      if (hasBiasCorrection(name)) fields.push(`bc=${s.biasCorrection ? 1 : 0}`);
      if (s.weightDecay !== base[name].weightDecay) fields.push(`wd=${Number(s.weightDecay.toPrecision(6))}`);
      if (!sameSchedule(s.schedule, base[name].schedule)) fields.push(...encodeSchedule(s.schedule));
      return `${name}:${fields.join(',')}`;
    })
    .join(';');
}

const shortToKey = new Map<string, HyperKey>(Object.entries(hyperRanges).map(([key, r]) => [r.short, key as HyperKey]));

const scheduleNamesList: readonly string[] = scheduleNames;

const show = (raw: string) => JSON.stringify(raw.length > 30 ? `${raw.slice(0, 30)}…` : raw);

/**
 * Reads `encodeOptimizers` text on top of `base`. Returns the selection (empty text or nothing
 * usable: the base selection), the settings, and messages about what was fixed or ignored, in
 * `locale` (English by default). A schedule named in the link starts from
 * `defaultSchedule(name, base.horizon)`.
 */
export function decodeOptimizers(
  raw: string,
  base: { selected: readonly OptimizerName[]; settings: Settings; horizon?: number },
  locale: Locale = 'en',
): { selected: OptimizerName[]; settings: Settings; messages: string[] } {
  const t = optMessages[locale];
  const settings = structuredClone(base.settings);
  const messages: string[] = [];
  const selected: OptimizerName[] = [];
  if (raw.length > 600) {
    return { selected: [...base.selected], settings, messages: [t.tooLong] };
  }
  for (const part of raw.split(';')) {
    if (part.trim() === '') continue;
    const [name = '', fieldText = ''] = part.split(':', 2);
    if (!isOptimizerName(name)) {
      messages.push(t.notOptimizer(show(name), optimizerNames));
      continue;
    }
    if (selected.includes(name)) {
      messages.push(t.twice(name));
      continue;
    }
    selected.push(name);
    const scheduleParts: [string, string][] = [];
    for (const field of fieldText.split(',')) {
      if (field.trim() === '') continue;
      const [short = '', value = ''] = field.split('=', 2);
      if (scheduleShorts.has(short)) {
        scheduleParts.push([short, value]);
        continue;
      }
      if (hasBiasCorrection(name) && short === 'bc') {
        if (value === '1' || value === '0') settings[name].biasCorrection = value === '1';
        else messages.push(t.badBc(name, show(value), settings[name].biasCorrection ? 1 : 0));
        continue;
      }
      const key = short === 'wd' ? 'weightDecay' : shortToKey.get(short);
      if (key === undefined || (key !== 'weightDecay' && !hyperOf[name].includes(key))) {
        messages.push(t.noSetting(name, show(short)));
        continue;
      }
      const number = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(number)) {
        messages.push(t.notNumber(name, short, show(value), settings[name][key]));
        continue;
      }
      const fixed = key === 'weightDecay' ? clampField('weightDecay', number) : clampTo(key, number);
      if (fixed !== number) {
        const r = key === 'weightDecay' ? weightDecayRange : hyperRanges[key];
        messages.push(t.outside(name, short, show(value), r.min, r.max, fixed));
      }
      settings[name][key] = fixed;
    }
    if (scheduleParts.length > 0) {
      const read = decodeSchedule(scheduleParts, settings[name].schedule, base.horizon ?? defaultHorizon);
      settings[name].schedule = read.schedule;
      for (const p of read.problems) messages.push(scheduleMessage(t, name, p));
    }
  }
  if (selected.length === 0) {
    if (raw.trim() !== '') messages.push(t.none);
    return { selected: [...base.selected], settings, messages };
  }
  return { selected, settings, messages };
}

function scheduleMessage(t: typeof optMessagesEn, name: string, p: ScheduleProblem): string {
  switch (p.kind) {
    case 'badName':
      return t.badSchedule(name, show(p.raw), scheduleNamesList, p.using);
    case 'noField':
      return t.noSetting(name, show(p.raw));
    case 'notNumber':
      return t.notNumber(name, p.short, show(p.raw), p.using);
    case 'outside':
      return t.outside(name, p.short, show(p.raw), p.min, p.max, p.using);
  }
}

/** One optimizer's schedule as an author writes it: the engine's shape, every field optional. */
export type HyperSchedule = { name: ScheduleName } & Partial<Record<ScheduleField, number | undefined>>;

/** One optimizer's `hyper` prop. */
export type HyperSetting = { [K in Exclude<keyof OptimizerSetting, 'schedule'>]?: OptimizerSetting[K] | undefined } & {
  schedule?: HyperSchedule | undefined;
};

/**
 * Authors' `hyper` prop on top of defaults, clamped to the slider ranges; a schedule's missing
 * fields come from `defaultSchedule(name, horizon)`.
 */
export function applyHyper(
  settings: Settings,
  hyper: Partial<Record<OptimizerName, HyperSetting | undefined>>,
  horizon = defaultHorizon,
): Settings {
  const out = structuredClone(settings);
  for (const name of optimizerNames) {
    const given = hyper[name];
    if (!given) continue;
    for (const key of Object.keys(hyperRanges) as HyperKey[]) {
      const v = given[key];
      if (v !== undefined) out[name][key] = clampTo(key, v);
    }
    if (given.biasCorrection !== undefined) out[name].biasCorrection = given.biasCorrection;
    if (given.weightDecay !== undefined) out[name].weightDecay = clampField('weightDecay', given.weightDecay);
    if (given.schedule !== undefined) {
      const { name: scheduleName, ...fields } = given.schedule;
      out[name].schedule = patchSchedule(defaultSchedule(scheduleName, horizon), fields);
    }
  }
  return out;
}
