/**
 * Per-optimizer settings (which optimizers run, and each one's hyperparameters) and their compact
 * form in a link: `sgd:lr=0.002;adam:lr=0.05,b1=0.9,b2=0.999,eps=1e-8,bc=1`. Reading a link
 * never trusts it: unknown names or fields are dropped, numbers are clamped to the slider ranges,
 * and each fix produces a sentence for the reader.
 */
import { isOptimizerName, optimizerDefaults, optimizerNames } from '../../../src/optim/index.ts';
import type { OptimizerName, OptimizerSpec } from '../../../src/optim/index.ts';

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

export type Settings = Record<OptimizerName, OptimizerSetting>;

/** Slider ranges (also the clamps applied to links and authors' props). */
export const hyperRanges: Readonly<Record<HyperKey, { min: number; max: number; log: boolean; label: string; short: string }>> = Object.freeze({
  lr: { min: 1e-4, max: 10, log: true, label: 'Learning rate α', short: 'lr' },
  momentum: { min: 0, max: 0.99, log: false, label: 'Momentum μ', short: 'mu' },
  decay: { min: 0, max: 0.999, log: false, label: 'Decay γ', short: 'g' },
  beta1: { min: 0, max: 0.99, log: false, label: 'β₁', short: 'b1' },
  beta2: { min: 0.5, max: 0.9999, log: false, label: 'β₂', short: 'b2' },
  eps: { min: 1e-10, max: 1, log: true, label: 'ε', short: 'eps' },
});

/** The hyperparameters each optimizer reads (bias correction is Adam's extra switch). */
export const hyperOf: Readonly<Record<OptimizerName, readonly HyperKey[]>> = Object.freeze({
  sgd: ['lr'],
  momentum: ['lr', 'momentum'],
  nag: ['lr', 'momentum'],
  adagrad: ['lr', 'eps'],
  rmsprop: ['lr', 'decay', 'eps'],
  adam: ['lr', 'beta1', 'beta2', 'eps'],
});

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
    };
  }
  return out;
}

/** The engine spec for one optimizer's setting. */
export function specOf(name: OptimizerName, s: OptimizerSetting): OptimizerSpec {
  return { name, lr: s.lr, momentum: s.momentum, decay: s.decay, beta1: s.beta1, beta2: s.beta2, eps: s.eps, biasCorrection: s.biasCorrection };
}

const clampTo = (key: HyperKey, v: number) => Math.min(hyperRanges[key].max, Math.max(hyperRanges[key].min, v));

/** Writes the selected optimizers and their relevant settings, in the course's order. */
export function encodeOptimizers(selected: readonly OptimizerName[], settings: Settings): string {
  return optimizerNames
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
 * usable: the base selection), the settings, and messages about what was fixed or ignored.
 */
export function decodeOptimizers(
  raw: string,
  base: { selected: readonly OptimizerName[]; settings: Settings },
): { selected: OptimizerName[]; settings: Settings; messages: string[] } {
  const settings = structuredClone(base.settings);
  const messages: string[] = [];
  const selected: OptimizerName[] = [];
  if (raw.length > 600) {
    return { selected: [...base.selected], settings, messages: ['Link parameter opt is too long; using the default optimizers.'] };
  }
  for (const part of raw.split(';')) {
    if (part.trim() === '') continue;
    const [name = '', fieldText = ''] = part.split(':', 2);
    if (!isOptimizerName(name)) {
      messages.push(`Link parameter opt: ${show(name)} is not an optimizer (use ${optimizerNames.join(', ')}); ignored.`);
      continue;
    }
    if (selected.includes(name)) {
      messages.push(`Link parameter opt lists ${name} twice; the first one is used.`);
      continue;
    }
    selected.push(name);
    for (const field of fieldText.split(',')) {
      if (field.trim() === '') continue;
      const [short = '', value = ''] = field.split('=', 2);
      if (name === 'adam' && short === 'bc') {
        if (value === '1' || value === '0') settings.adam.biasCorrection = value === '1';
        else messages.push(`Link parameter opt: adam bc=${show(value)} is not 1 or 0; using ${settings.adam.biasCorrection ? 1 : 0}.`);
        continue;
      }
      const key = shortToKey.get(short);
      if (key === undefined || !hyperOf[name].includes(key)) {
        messages.push(`Link parameter opt: ${name} has no setting ${show(short)}; ignored.`);
        continue;
      }
      const number = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(number)) {
        messages.push(`Link parameter opt: ${name} ${short}=${show(value)} is not a usable number; using ${settings[name][key]}.`);
        continue;
      }
      const fixed = clampTo(key, number);
      if (fixed !== number) {
        const r = hyperRanges[key];
        messages.push(`Link parameter opt: ${name} ${short}=${show(value)} is outside ${r.min} to ${r.max}; using ${fixed}.`);
      }
      settings[name][key] = fixed;
    }
  }
  if (selected.length === 0) {
    if (raw.trim() !== '') messages.push('Link parameter opt names no usable optimizer; using the default ones.');
    return { selected: [...base.selected], settings, messages };
  }
  return { selected, settings, messages };
}

/** Authors' `hyper` prop on top of defaults, clamped to the slider ranges. */
export function applyHyper(settings: Settings, hyper: Partial<Record<OptimizerName, { [K in keyof OptimizerSetting]?: OptimizerSetting[K] | undefined } | undefined>>): Settings {
  const out = structuredClone(settings);
  for (const name of optimizerNames) {
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
