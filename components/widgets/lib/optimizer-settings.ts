/**
 * Per-optimizer settings (which optimizers run, and each one's hyperparameters) and their compact
 * form in a link: `sgd:lr=0.002;adam:lr=0.05,b1=0.9,b2=0.999,eps=1e-8,bc=1`. Reading a link
 * never trusts it: unknown names or fields are dropped, numbers are clamped to the slider ranges,
 * and each fix produces a sentence for the reader.
 */
import { isClassicOptimizerName, optimizerDefaults, classicOptimizerNames } from '../../../src/engine/optim/index.ts';
import type { ClassicOptimizerName, OptimizerSpec } from '../../../src/engine/optim/index.ts';
import type { Locale } from '../../../src/i18n/locales.ts';

export type HyperKey = 'lr' | 'momentum' | 'decay' | 'beta1' | 'beta2' | 'eps';

export interface OptimizerSetting {
  lr: number;
  momentum: number;
  decay: number;
  beta1: number;
  beta2: number;
  eps: number;
  biasCorrection: boolean;
}

export type Settings = Record<ClassicOptimizerName, OptimizerSetting>;

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
  badBc: (raw: string, using: number) => `Link parameter opt: adam bc=${raw} is not 1 or 0; using ${using}.`,
  noSetting: (name: string, raw: string) => `Link parameter opt: ${name} has no setting ${raw}; ignored.`,
  notNumber: (name: string, short: string, raw: string, using: number) => `Link parameter opt: ${name} ${short}=${raw} is not a usable number; using ${using}.`,
  outside: (name: string, short: string, raw: string, min: number, max: number, using: number) =>
    `Link parameter opt: ${name} ${short}=${raw} is outside ${min} to ${max}; using ${using}.`,
  none: 'Link parameter opt names no usable optimizer; using the default ones.',
};

/** What `decodeOptimizers` says about a link's `opt` parameter, per language. */
const optMessages: Readonly<Record<Locale, typeof optMessagesEn>> = {
  en: optMessagesEn,
  'zh-cn': {
    tooLong: '链接参数 opt 太长，改用默认的优化器。',
    notOptimizer: (raw, names) => `链接参数 opt：${raw} 不是优化器（可用的有 ${names.join('、')}），已忽略。`,
    twice: (name) => `链接参数 opt 把 ${name} 列了两次，只采用第一次。`,
    badBc: (raw, using) => `链接参数 opt：adam bc=${raw} 不是 1 或 0，改用 ${using}。`,
    noSetting: (name, raw) => `链接参数 opt：${name} 没有名为 ${raw} 的设置，已忽略。`,
    notNumber: (name, short, raw, using) => `链接参数 opt：${name} ${short}=${raw} 不是可用的数，改用 ${using}。`,
    outside: (name, short, raw, min, max, using) => `链接参数 opt：${name} ${short}=${raw} 超出了 ${min} 到 ${max} 的范围，改用 ${using}。`,
    none: '链接参数 opt 没有给出任何可用的优化器，改用默认的优化器。',
  },
};

/** The hyperparameters each optimizer reads (bias correction is Adam's extra switch). */
export const hyperOf: Readonly<Record<ClassicOptimizerName, readonly HyperKey[]>> = Object.freeze({
  sgd: ['lr'],
  momentum: ['lr', 'momentum'],
  nag: ['lr', 'momentum'],
  adagrad: ['lr', 'eps'],
  rmsprop: ['lr', 'decay', 'eps'],
  adam: ['lr', 'beta1', 'beta2', 'eps'],
});

/** Engine defaults for every optimizer, with learning rates replaced by `lrs`. */
export function defaultSettings(lrs: Partial<Record<ClassicOptimizerName, number>> = {}): Settings {
  const out = {} as Settings;
  for (const name of classicOptimizerNames) {
    const d = optimizerDefaults[name];
    out[name] = {
      lr: lrs[name] ?? d.lr,
      momentum: d.momentum,
      decay: d.decay,
      beta1: d.beta1,
      beta2: d.beta2,
      eps: d.eps,
      biasCorrection: d.biasCorrection,
    };
  }
  return out;
}

/** The engine spec for one optimizer's setting. */
export function specOf(name: ClassicOptimizerName, s: OptimizerSetting): OptimizerSpec {
  return { name, lr: s.lr, momentum: s.momentum, decay: s.decay, beta1: s.beta1, beta2: s.beta2, eps: s.eps, biasCorrection: s.biasCorrection };
}

const clampTo = (key: HyperKey, v: number) => Math.min(hyperRanges[key].max, Math.max(hyperRanges[key].min, v));

/** Writes the selected optimizers and their relevant settings, in the course's order. */
export function encodeOptimizers(selected: readonly ClassicOptimizerName[], settings: Settings): string {
  return classicOptimizerNames
    .filter((name) => selected.includes(name))
    .map((name) => {
      const s = settings[name];
      const fields = hyperOf[name].map((key) => `${hyperRanges[key].short}=${Number(s[key].toPrecision(6))}`);
      if (name === 'adam') fields.push(`bc=${s.biasCorrection ? 1 : 0}`);
      return `${name}:${fields.join(',')}`;
    })
    .join(';');
}

const shortToKey = new Map<string, HyperKey>(Object.entries(hyperRanges).map(([key, r]) => [r.short, key as HyperKey]));

const show = (raw: string) => JSON.stringify(raw.length > 30 ? `${raw.slice(0, 30)}…` : raw);

/**
 * Reads `encodeOptimizers` text on top of `base`. Returns the selection (empty text or nothing
 * usable: the base selection), the settings, and messages about what was fixed or ignored, in
 * `locale` (English by default).
 */
export function decodeOptimizers(
  raw: string,
  base: { selected: readonly ClassicOptimizerName[]; settings: Settings },
  locale: Locale = 'en',
): { selected: ClassicOptimizerName[]; settings: Settings; messages: string[] } {
  const t = optMessages[locale];
  const settings = structuredClone(base.settings);
  const messages: string[] = [];
  const selected: ClassicOptimizerName[] = [];
  if (raw.length > 600) {
    return { selected: [...base.selected], settings, messages: [t.tooLong] };
  }
  for (const part of raw.split(';')) {
    if (part.trim() === '') continue;
    const [name = '', fieldText = ''] = part.split(':', 2);
    if (!isClassicOptimizerName(name)) {
      messages.push(t.notOptimizer(show(name), classicOptimizerNames));
      continue;
    }
    if (selected.includes(name)) {
      messages.push(t.twice(name));
      continue;
    }
    selected.push(name);
    for (const field of fieldText.split(',')) {
      if (field.trim() === '') continue;
      const [short = '', value = ''] = field.split('=', 2);
      if (name === 'adam' && short === 'bc') {
        if (value === '1' || value === '0') settings.adam.biasCorrection = value === '1';
        else messages.push(t.badBc(show(value), settings.adam.biasCorrection ? 1 : 0));
        continue;
      }
      const key = shortToKey.get(short);
      if (key === undefined || !hyperOf[name].includes(key)) {
        messages.push(t.noSetting(name, show(short)));
        continue;
      }
      const number = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(number)) {
        messages.push(t.notNumber(name, short, show(value), settings[name][key]));
        continue;
      }
      const fixed = clampTo(key, number);
      if (fixed !== number) {
        const r = hyperRanges[key];
        messages.push(t.outside(name, short, show(value), r.min, r.max, fixed));
      }
      settings[name][key] = fixed;
    }
  }
  if (selected.length === 0) {
    if (raw.trim() !== '') messages.push(t.none);
    return { selected: [...base.selected], settings, messages };
  }
  return { selected, settings, messages };
}

/** Authors' `hyper` prop on top of defaults, clamped to the slider ranges. */
export function applyHyper(settings: Settings, hyper: Partial<Record<ClassicOptimizerName, { [K in keyof OptimizerSetting]?: OptimizerSetting[K] | undefined } | undefined>>): Settings {
  const out = structuredClone(settings);
  for (const name of classicOptimizerNames) {
    const given = hyper[name];
    if (!given) continue;
    for (const key of Object.keys(hyperRanges) as HyperKey[]) {
      const v = given[key];
      if (v !== undefined) out[name][key] = clampTo(key, v);
    }
    if (given.biasCorrection !== undefined) out[name].biasCorrection = given.biasCorrection;
  }
  return out;
}
